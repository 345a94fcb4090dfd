"""The wrong desks of the eighty-sixth to the eighty-ninth hand-written files (60 complaints each,
written blind): every first-run miss that was no emergency and whose engine answer was not ER (a
wrong department, or a service point mixed up with a clinic). Their emergencies and the misses
answered ER are the emergencies teacher's.

First run (after the eighty-second to eighty-fifth were taught), the wrong desks of each file:
eighty-sixth 3, eighty-seventh 2, eighty-eighth 1, eighty-ninth 1 (7, all taught here). The
eighty-sixth's "cat scratched me … do i need shots" (answered ER, a false alarm) is the
emergencies teacher's; the scratch-and-a-shot family below also gives it its desk (PREV) behind
the red flag. Files at first run: 55, 57, 54, 58 of 60; after this part (with the emergencies
teacher's work as it stood): 60, 60, 60, 60, every emergency, none of 160 false.

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): diarrhoea said in Cantonese with the days or times between the verb and the belly
(屙咗兩日肚, 屙咗成晚肚) and watery stools (屙水), in Mandarin as a night of it (拉了一晚上); a
fever denied with 冇得 / 没得 (Hubei, Sichuan: "冇得发烧" is "没有发烧"), with 冇乜 (hardly any)
or 没见, or after the word ("发烧倒是没有", "烧是冇得"), and the English "fever free", "not had a
fever", "don't have a temperature" (a fever said stays the fever clinic's for adults, a burning
urine with a fever too); night-time urination said 解手 / 解小手 / 小解 (northern) and getting up
(起来) at night to pass water, and urine that will not come out cleanly (尿又屙不干净); a bee,
wasp or hornet sting with only a local swelling, whole-body signs denied, is the skin clinic's (as
an insect bite is); time spent "on the loo" or "on the toilet" with no word of urine is diarrhoea
(the loo with pee or wee stays the urinary clinic's); a fall or a slip (滑了个腚墩儿, 摔了个屁股墩,
跣亲, "slipped on the ice") in one clause and a swollen wrist or ankle (手腕子, 手脖子, 脚脖子) in
the next is orthopaedics'; an animal's claws (爪子抓了一道) with the animal named in another clause,
or a scratch and the question whether a shot is needed, is the rabies question, prevention's.

A step changed (context.py, the negation before a mention): 没得 / 冇得 now deny as 没有 does
(only after 没 and 冇: "恨不得" is no denial), and 冇乜 / 冇咩 / 没见 / 未见 too; tested in
tests/triage/test_routing_steps.py.

Beside them: the red flags of diarrhoea with signs of shock or drying out now also read "been on
the loo all day" as the diarrhoea they require.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "diarrhoea said in Cantonese: 屙咗幾日肚, 屙水; a night of it in Mandarin": [
        ("屙咗成晚肚，冇發燒，肚仔少少痛", ("GI",), 30),
        ("琴晚食完火锅屙咗三次肚", ("GI",), 28),
        ("尋日開始屙水，一日去七八次廁所", ("GI", "GP"), 35),
        ("屙咗幾日肚，好攰", ("GI",), 40),
        ("昨天吃了路边摊，拉了一晚上", ("GI",), 26),
        ("吃坏东西了，拉的都是水", ("GI",), 30),
    ],
    "a fever denied: 冇得发烧, 没得发烧, 冇乜发烧, 发烧倒是没有, fever free": [
        ("咳嗽一个多月了，冇得发烧，就是喉咙痒", ("RESP",), 45),
        ("咳了好久，也没得发烧，痰多", ("RESP",), 50),
        ("咳咗好耐，冇乜發燒，有啲痰", ("RESP",), 45),
        ("咳了快一个月，发烧倒是没有", ("RESP",), 45),
        ("咳了半个月，烧是冇得", ("RESP",), 40),
        ("咳了很久，没见发烧", ("RESP",), 55),
        ("been coughing for weeks, fever free, bit of phlegm", ("RESP",), 45),
        ("coughing for a month now, I don't have a temperature", ("RESP",), 40),
        ("coughing for weeks, not had a fever at all", ("RESP",), 45),
        ("鼻塞流涕一个礼拜，冇得发烧", ("ENT", "RESP", "GP"), 35),
    ],
    "night-time urination said 解手 / 起来屙尿, urine that will not come out cleanly": [
        ("我爸晚上要起来解手好几回", ("URO",), 72),
        ("夜里老起来解小手，一晚上三四趟", ("URO",), 68),
        ("半夜起來解手三四次，尿得很慢", ("URO",), 75),
        ("尿总是屙不干净，滴滴答答的", ("URO",), 66),
        ("晚上起身屙尿三四次", ("URO",), 70),
    ],
    "a bee or wasp sting with only a local swelling": [
        ("手被蜜蜂蜇了一下，红肿，不喘也不晕", ("DERM", "ALLERGY", "GP"), 30),
        ("俾黃蜂叮咗一下，腫咗一舊，冇氣喘", ("DERM", "ALLERGY", "GP"), 30),
        ("被马蜂蛰了，手肿得老高，有点痒", ("DERM", "ALLERGY", "GP"), 40),
        (
            "got stung by a wasp on my arm, just swollen and itchy, breathing fine",
            ("DERM", "ALLERGY", "GP"),
            30,
        ),
        ("bee sting on my foot yesterday, it's red and puffy", ("DERM", "ALLERGY", "GP"), 30),
        ("宝宝被蜜蜂蛰了一下，肿了", ("PED",), 4),
    ],
    "on the loo (or the toilet) all day, no word of urine: diarrhoea": [
        ("stuck on the toilet all night after a dodgy kebab", ("GI", "GP"), 30),
        ("I've been living on the loo since that curry", ("GI", "GP"), 30),
        ("been glued to the toilet since yesterday, all watery", ("GI", "GP"), 30),
        ("spent all night on the loo after the buffet", ("GI", "GP"), 30),
    ],
    "a fall or a slip, then a swollen wrist or ankle": [
        ("在冰上滑倒了，手撑地，手腕肿了", ("ORTHO",), 55),
        ("地滑摔了个大跟头，手脖子肿得老高", ("ORTHO",), 58),
        ("跣親跌咗一跤，手腕腫咗", ("ORTHO",), 50),
        ("在路上滑了一跤，腳踝腫起來", ("ORTHO",), 45),
        ("fell on my bum on the ice, my wrist is puffy", ("ORTHO",), 60),
        ("孩子摔了一跤，手腕肿了", ("PEDSURG", "ORTHO"), 8),
    ],
    "an animal's claws, or a scratch and whether a shot is needed: the rabies question": [
        ("邻居家的猫扑过来，手背被爪子挠了一下，破了点皮", ("PREV",), 30),
        ("路边的狗扑上来，小腿被抓了一道印子，需要打针吗", ("PREV",), 40),
        ("隔籬屋隻貓撲埋嚟，手臂俾佢抓咗一條痕，使唔使打針", ("PREV",), 30),
        (
            "a stray dog jumped at me and its claws caught my leg, do I need a jab",
            ("PREV",),
            30,
        ),
        ("my neighbour's cat clawed my hand, barely broke the skin", ("PREV",), 30),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A fever said (or asked about) stays the fever clinic's for adults, a burning urine with it too.
    ("咳了三天，今天发烧三十八度五", ("FEVER",)),
    ("冇得胃口，发高烧两天了", ("FEVER",)),
    ("发烧没有退，咳嗽", ("FEVER",)),
    ("咳咗幾日，今日開始發燒", ("FEVER",)),
    ("咳了好几天，会不会发烧烧坏", ("FEVER",)),
    ("coughing and now I have a fever", ("FEVER",)),
    ("尿尿的时候烧得慌，还发烧三十九度", ("FEVER",)),
    ("解手的时候痛，还发烧，腰也痛", ("FEVER",)),
    ("屙尿好痛，仲發燒", ("FEVER",)),
    # The loo with pee or wee, 屙尿, the night's other reasons to get up.
    ("I'm on the loo every hour peeing", ("URO",)),
    ("on the loo all night weeing, it burns", ("URO",)),
    ("going to the loo all the time to pee", ("URO",)),
    ("屙尿好痛", ("URO",)),
    ("屙尿好密，屙完又想屙", ("URO",)),
    ("夜里起来咳嗽，睡不好", ("RESP",)),
    ("夜里起来吐了三次", ("GI",)),
    ("晚上起来上厕所摔了一跤，手腕肿了", ("ORTHO",)),
    # Swelling with no fall; honey; one's own scratching; a fall with a graze.
    ("脚肿了好几天，按下去一个坑", ("NEPH", "CARD")),
    ("我对蜂蜜过敏吗", ("ALLERGY", "DERM", "GP")),
    ("背上痒，抓了一道道的印子", ("DERM",)),
    ("自己用指甲抓破了皮，痒", ("DERM",)),
    ("猫砂盆没换，手上起了红疹子", ("DERM",)),
    ("被狗追，摔了一跤，膝盖擦破了", ("ORTHO", "GS", "DERM")),
]
LOOK_ALIKES_AGED = [
    ("小孩屙咗成日肚，冇發燒", ("PED",), 3),
    ("手腕子肿了好几天，没摔过", ("ORTHO", "RHEUM", "GP"), 50),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("被虎頭蜂叮一下，現在喘不過來", 35),
    ("被蜜蜂蜇了，头晕想吐", 40),
    ("被马蜂蜇了好几下，全身起包", 40),
    ("got stung by a bee, feel faint and dizzy", 30),
    ("stung by a wasp and now my lips are swelling and I'm wheezy", 30),
    ("摔了一跤，手腕变形了，疼得厉害", 60),
    ("滑了一跤，手腕歪了，骨头戳出来了", 60),
    ("屙咗兩日肚，手腳冰冷，企都企唔穩", 40),
    ("been on the loo all day, now dizzy and cold hands, can barely stand", 30),
    ("bubba been on the loo all day, no wet nappies", 2),
    ("拉了一晚上，现在一点尿都没有，眼窝凹下去了", 3),
    ("冇得发烧，但是喘不上气，嘴唇发紫", 50),
    ("被狗追，爪子抓了一道，血一直流止不住", 30),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
