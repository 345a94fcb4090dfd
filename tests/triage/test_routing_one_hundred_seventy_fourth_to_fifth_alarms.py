"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 174th and 175th hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- A corrosive drunk: bleach, a toilet or drain cleaner, an oven cleaner or a car-wash liquid kept
  in a drink bottle, or drunk and found out in the next clause to be one ("it turned out to be"),
  then vomiting or a burning throat; by a child, at all.
- A child who got into someone's medicine: the bottle or box twisted, prised or bitten open, taken
  off to eat, the number gone unknown; "may have swallowed" some, even when the child looks well.
- A fall from a height (a balcony, a window, an upper floor, a tree, a bunk bed), then sleepy or
  vomiting, even after crying at once.
- A baby of one or two months with a fever, called by a dialect word (毛毛, 伢儿, 娃).
- Calm: a cleaner used and water drunk after; a pill bottle opened with every tablet counted; a
  fall nearly had; an old stone with a pain "not the rolling kind"; cracked lips that bleed;
  panic attacks before exams, settled now.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

On 4879d7a the two files read 106 of 120, 35 of 40 emergencies, 3 of 80 false; with this
module's change (migration 0104) 114, 40, 0. Another module holds the files' gates.
"""

from tests.triage.taught_batches import alarm_family_tests

EMERGENCIES = {
    "a corrosive kept in a drink bottle or found out after, then vomiting or burning": [
        "my nephew took a gulp from a juice bottle, turns out it was oven cleaner, he keeps "
        "throwing up",
        "she drank from the water jug, it was actually the car wash liquid, her throat burns",
        "爸爸以为是矿泉水，喝了两口，原来是洗车液，现在一直吐",
        "洁厕灵倒在饮料瓶里忘了，老公拿起来喝了一口，喉咙火辣辣的",
        "通渠水放喺樽度，佢飲咗一啖，一路嘔",
        "洗車精裝在茶杯裡，爺爺喝了一口，一直吐",
    ],
    "a child who drank a corrosive, said over two clauses": [
        "we kept the drain cleaner in an old lemonade bottle and my son drank some",
        "84消毒液放在水杯里，孩子喝了一口",
        "漂白水裝在寶特瓶裡，女兒喝了兩口",
    ],
    "a child who got into someone's medicine, the number unknown": [
        "my 2 year old got the lid off grandpa's heart pills, not sure how many are missing",
        "I think my toddler may have swallowed some of my blood pressure tablets, he seems fine",
        "孩子把奶奶的降压药瓶子打开了，不知道吃了几颗",
        "爷爷的药盒被孙子撬开了，撒了一地",
        "三岁的女儿拿外公的降糖药去吃，不知道吞了几颗，现在看着还好",
        "兩歲的兒子把阿嬤的藥罐打開了，少了幾顆不知道",
    ],
    "a fall from a height, then sleepy or vomiting": [
        "my 6 year old fell from the balcony onto the lawn, cried, now he keeps being sick and "
        "wants to sleep",
        "she fell out of the tree house, now she is very sleepy",
        "孩子从三楼窗户掉下来，现在一直想睡觉",
        "儿子从阳台摔下去，当时哭了，后来吐了三次",
        "女兒從二樓陽台掉下去，剛剛吐了兩次，一直想睡",
        "個仔由碌架床上格跌落嚟，之後嘔咗兩次",
    ],
    "a baby of one or two months with a fever": [
        "一个多月的娃发烧38度",
        "两个月的毛毛发烧了",
        "my 6 week old is hot to touch, 38.1",
        "兩個月大的女兒發燒38度2",
        "bb兩個月大，發燒到三十八度",
    ],
}

NOT_EMERGENCIES = {
    "a cleaner used and a drink taken apart": [
        "用漂白水拖完地，喝了杯水，有点头晕想吐",
        "喝了杯水，之后用漂白水拖地，想吐",
        "I drank some water after washing the car and now I feel sick",
        "I washed the car, then drank a cold beer and threw up",
    ],
    "a medicine opened with nothing missing, a bottle that won't open, a keeping question": [
        "my toddler opened the medicine cabinet but didn't take anything, we counted every pill",
        "孙子把奶奶的药瓶打开了，数过了，一颗没少",
        "宝宝的药瓶盖拧不开，怎么办",
        "孩子的退烧药打开以后能放多久",
    ],
    "a slide, a bed, a car sickness": [
        "孩子从滑梯上滑下来，玩得很开心，晚上睡得早",
        "儿子昨天从床上掉下来，哭了一下，今天好好的",
        "我晕车，从二楼下来就想吐",
    ],
    "an older baby's fever, a low one after a jab": [
        "十二个月的宝宝发烧38度5",
        "两个月的宝宝打完疫苗低烧37.6",
        "宝宝两个月了，想问什么时候打疫苗",
    ],
    "a pain not the rolling kind; cracked lips that bleed; panic attacks settled now": [
        "以前有过胆结石，不是疼得打滚那种，就是隐隐的胀",
        "冬天嘴唇乾裂流血，想買護唇膏",
        "my lips are so chapped they bleed, need a cream",
        "my daughter gets panic attacks before exams, she cant breathe and cries, shes ok right now",
        "孩子考試前恐慌發作，喘不過氣，現在還好，想看心理科",
    ],
}

STILL_EMERGENCIES = [
    "my son drank bleach and is vomiting",
    "孩子喝了漂白水",
    "孩子误吃了奶奶的降压药",
    "孩子从二楼摔下来，一直想睡，吐了",
    "两个月宝宝发烧38度5",
    "he drank drain cleaner, throat burning",
    "肚子疼得打滚，一直吐",
    "伤口一直流血，止不住",
    "I can't breathe, my lips are turning blue",
]

AT_THEIR_DESK = [
    ("以前有过胆结石，不是疼得打滚那种，就是隐隐的胀", ("GS", "GI")),
    ("冬天嘴唇乾裂流血，想買護唇膏", ("DERM", "DENT", "GP")),
    ("孩子考試前恐慌發作，喘不過氣，現在還好，想看心理科", ("PSY",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
