"""Emergencies said in words no rule held, found by the 162nd to 165th hand-written files and
fixed by family (concept, composition, context), never by a file's sentence.

- A stroke in everyday words: one side of the face sagging, slipping, hanging or fallen (垮下来,
  塌下来, 冧咗落嚟, sagging, slid down); chopsticks, a spoon or a cup dropping from the hand with
  speech that makes no sense (牛头不对马嘴, 答非所问, 讲嘢唔知讲乜, gibberish) or a face
  sagging; such speech with a face drooping.
- A baby floppy, listless or hardly responding, with vomiting, diarrhoea, dry nappies, sunken
  eyes or a sunken soft spot, each said in its own clause ("vomit" and a sunken soft spot are
  read by the dehydration rule too).
- A baby with a fever, the baby named in another clause, who is floppy, will not feed (won't take
  the bottle, 不吃奶, 唔肯食奶) or is not looking at you (不看人, 唔望人, staring into space).
- Calm: a hand numb from sleeping on it, a toddler dropping his spoon in play, a face sagging
  with age asked about for a lift, a numb face after the dentist, a face that "fell" at bad news,
  a sleepy baby after a feed, a baby with a fever still feeding and smiling, a tummy bug with a
  lively baby, and a child floppy yesterday and back to normal now.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0096: on 62b6a22 they read 221 of 240, 77 of
80 emergencies, 0 of 160 false. With this module's change (migration 0097) 224, 80, 0. This
module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_sixty_second_to_fifth")

EMERGENCIES = {
    "one side of the face sagging, slipping or fallen (a stroke)": [
        "the left side of my dad's face has slipped down",
        "my grandma's right side of her face dropped suddenly",
        "half her face is sagging all of a sudden",
        "婆婆右边脸突然往下垮，嘴角也耷拉下来",
        "奶奶半边脸突然塌下来了",
        "阿爸左邊臉好像塌下來了",
        "阿婆半邊面冧咗落嚟",
    ],
    "something held dropping from the hand with speech that makes no sense (a stroke)": [
        "my nan keeps dropping her fork and her answers make no sense",
        "grandad's cup slipped out of his hand and he's talking gibberish",
        "my wife's words are coming out as word salad and she dropped her cup twice",
        "外婆吃早饭的时候勺子一直掉，问她话答非所问",
        "老伴刚刚吃饭筷子夹不住，跟他说话驴头不对马嘴",
        "爷爷刚才喝茶，杯子拿不住掉地上了，说话颠三倒四",
        "我阿公剛剛筷子一直掉，回答問題驢唇不對馬嘴",
        "阿公食飯嗰陣對筷子成日跌，講嘢唔知講乜",
        "外公飲緊茶，隻杯跌咗落地，講嘢亂晒",
    ],
    "speech that makes no sense with a face sagging or drooping (a stroke)": [
        "mum is not making sense and her face is drooping",
        "dad's answers don't make sense and half his face has gone down",
        "the right side of his face is hanging down and he keeps dropping his spoon",
        "阿嬤左邊臉垮了，講話前言不搭後語",
        "阿嬤右臉歪掉了，講話語無倫次",
    ],
    "a baby floppy or listless with vomiting, diarrhoea, dry nappies or a sunken soft spot": [
        "my 7 month old has had diarrhoea all day. now she's floppy",
        "our baby is 10 months, threw up six times today, he's listless and hardly responds",
        "baby is 4 months old, runny poo since morning, very lethargic, nappy dry since breakfast",
        "my baby's soft spot looks sunken and she keeps vomiting",
        "宝宝9个月，拉了一天水样便，现在软趴趴的",
        "宝宝7个月大，吐了好几次，尿布半天都是干的",
        "BB十個月，屙咗成日，而家成個軟晒",
        "寶寶8個月，上吐下瀉，哭都沒力氣",
        "寶寶的囟門凹下去，一直拉肚子",
    ],
    "a baby with a fever who is floppy, not feeding or not looking at you (sepsis)": [
        "my son is 9 months, he's had a temperature since last night, today he's floppy and "
        "won't feed",
        "baby 5 months, fever since this morning, she won't look at me and just stares into space",
        "my baby's 11 months. high temperature. refusing her bottle and lethargic",
        "宝宝10个月，发烧一天了，现在不吃奶，眼神呆呆的",
        "BB八個月，發燒，唔肯食奶，唔望人",
        "寶寶7個月，昨天開始發燒，今天軟趴趴的，都不看我",
    ],
}

NOT_EMERGENCIES = {
    "a numb hand from sleeping on it, a spoon dropped in play, a cup dropped and a cut": [
        "I slept on my arm and now my hand is numb",
        "我左手麻了，昨晚压着睡的",
        "孩子两岁，吃饭的时候老把勺子扔地上玩",
        "my toddler keeps dropping his spoon and laughing",
        "昨晚打翻了杯子，割到手了",
        "the cup fell out of my hand and smashed, I cut my finger",
        "my left hand feels weak after carrying shopping bags",
        "奶奶有老年痴呆，吃饭筷子拿不稳，说话颠三倒四好几年了",
    ],
    "a face sagging with age, after the dentist, a face that fell at bad news, a scab": [
        "年纪大了右边脸有点下垂，想做个提拉",
        "I'm 55 and my jowls are sagging on one side, want fillers",
        "拔完牙打了麻药，半边脸垮垮的",
        "老板一听，脸就垮下来了",
        "左边脸的痂掉下来了",
    ],
    "a baby sleepy after a feed, a fever with a baby feeding and smiling, a lively tummy bug": [
        "my baby is sleepy after her feed, she had a bit of a cold",
        "宝宝吃完奶就睡着了，软软的很乖",
        "baby 6 months had a fever yesterday, today she's feeding well and smiling at me",
        "宝宝8个月，有点发烧，吃奶还可以，精神也好",
        "my 9 month old has a runny poo today but he's playing and feeding fine",
        "宝宝拉肚子两天了，精神还可以，尿也正常",
        "BB今日屙咗兩次，食奶正常，好精神",
        "my baby spat up a bit of milk after the feed, otherwise happy",
        "my toddler's got a fever and is a bit clingy but drinking fine",
        "宝宝前两天发烧，现在退烧了，吃奶好",
        "my daughter had diarrhoea and was a bit floppy yesterday, she's back to normal now",
        "宝宝昨天拉肚子软软的没力，现在好了",
        ("my daughter is 7, she had diarrhoea and felt a bit floppy yesterday", 7),
    ],
}

STILL_EMERGENCIES = [
    # The face drooping or the speech slurred alone stays, however it is said.
    "her face is drooping on one side",
    "突然说话不清，嘴歪了",
    # A baby with a fever said in one clause with floppy stays.
    "baby fever and floppy",
    # A baby with dry nappies after vomiting stays.
    "baby vomiting, no wet nappy",
    # A baby under three months with a fever stays.
    ("宝宝两个月大，发烧38度5", 0),
]

AT_THEIR_DESK = [
    ("年纪大了右边脸有点下垂，想做个提拉", "AEST"),
    ("I'm 55 and my jowls are sagging on one side, want fillers", "AEST"),
    ("拔完牙打了麻药，半边脸垮垮的", "DENT"),
    ("宝宝8个月，有点发烧，吃奶还可以，精神也好", "PED", 0),
    ("my 9 month old has a runny poo today but he's playing and feeding fine", "PED", 0),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
