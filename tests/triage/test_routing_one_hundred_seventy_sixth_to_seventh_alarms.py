"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 176th and 177th hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- Pre-eclampsia: a pregnancy with sparkles, flashing lights or things seen blurred and spotted.
- A fit in late pregnancy told by its months ("她快九个月了"): a woman nearly five to nine months
  along is a pregnancy's term, not a long story whose fits are habits (context.py).
- Trauma in pregnancy: a fall onto the belly, a blow to it, a road crash.
- A child into an adult's sleeping pills, however many.
- Spinal injury after a road crash: the earlier teachings knew a dive, a fall or a throw as the
  mechanism and needed it in the neck's clause; a crash (hit on the road, rear-ended, hit by a
  car) told in its own clause, then numb or dead limbs, is one too.
- Pulmonary oedema: pinkish, pink-tinged or bloody froth coughed up.
- Ovarian torsion or an ectopic: sudden, severe pain low on one side of the belly.
- Calm: a pregnant woman's gums bleeding on brushing (the dentist's); a low mood after a birth
  with the wish to die denied ("没说过不想活"); a neighbour's or colleague's heart attack told
  with one's own chest quiet.

Every wording here is our own, in Simplified and Traditional Chinese and in English. The files'
gates are held by another module.
"""

from tests.triage.taught_batches import alarm_family_tests

EMERGENCIES = {
    "a pregnancy's visual warning signs": [
        "怀孕八个月了，今天头疼，眼前有亮点在闪",
        "我老婆怀孕三十二周，说看东西花花的，脚也肿",
        "懷孕七個月，剛剛開始眼前一閃一閃的，頭很痛",
        "she's 34 weeks pregnant and keeps seeing sparkles, her head is pounding",
        "I'm 30 weeks pregnant and I'm seeing flashing lights with a bad headache",
    ],
    "a fit in late pregnancy told by its months": [
        "老婆快八个月了，刚才突然抽起来，眼睛往上翻",
        "她快七個月了，剛才抽起來，叫都叫不應",
        "我媳妇快九个月了，刚刚抽搐了一下，现在叫不醒",
    ],
    "a fall or a blow onto the belly in pregnancy": [
        "怀孕六个月，下楼梯摔了一跤，肚子先着地",
        "我太太懷孕二十八週，被機車撞到肚子",
        "孕三十周，刚才在超市肚子撞到推车上，现在一阵阵疼",
        "I'm 31 weeks pregnant and I fell on my belly getting off the bus",
        "she's pregnant and was in a car crash this morning",
    ],
    "a child into an adult's sleeping pills": [
        "孩子把奶奶的安眠药吃了，不知道吃了几片",
        "小孩偷吃了我的安眠藥，現在有點昏昏的",
        "个仔食咗我啲安眠药，唔知食咗几粒",
        "my toddler got into my sleeping pills, not sure how many he swallowed",
        "my daughter swallowed some of her grandad's sleeping tablets",
    ],
    "a road crash, then numb or dead limbs": [
        "出车祸了，他说脖子很痛，腿没知觉",
        "我們的車被追尾，她說脖子好痛，手腳都麻了",
        "we were rear-ended on the motorway and now he can't move his legs",
        "she was hit by a car crossing the road, her neck hurts and she can't feel her feet",
        "car crash, my brother says his legs feel numb and his back is killing him",
    ],
    "pinkish or bloody froth coughed up": [
        "my mum is coughing up pinkish foam and can't catch her breath",
        "he's coughing pink-tinged froth and can't lie down",
        "老人家咳出粉色的泡沫痰，喘不上气",
        "她咳嗽咳出粉紅色的泡，呼吸很急",
    ],
    "sudden severe pain low on one side": [
        "sudden agony low down on the right, I've been sick twice and can't stand straight",
        "I suddenly got excruciating pain in my lower left tummy and threw up",
        "左下腹突然剧痛，吐了两次，直不起腰",
        "右下腹突然痛到不行，冒冷汗",
    ],
}

NOT_EMERGENCIES = {
    "a pregnancy's checks and questions": [
        "怀孕五个月，牙龈刷牙出血，能洗牙吗",
        "懷孕六個月，刷牙的時候牙齦流血",
        "pregnant and my gums bleed when I brush, can I see a dentist",
        "怀孕七个多月了，想问产检在几楼",
        "我太太快八个月了，想约下一次产检",
    ],
    "a low mood after a birth, the wish to die denied": [
        "生完孩子两个月，总是想哭，没说过不想活，就是没精神",
        "老婆產後一直悶悶不樂，沒講過想死，想帶她看看",
    ],
    "a heart attack told of someone else": [
        "同事上个月心梗走了，我想做个心脏检查",
        "my neighbour had a heart attack last week, I'd like my heart checked",
        "朋友胸口痛结果是心梗，我现在不痛，想查查",
    ],
    "a crash long past or a claim": [
        "去年出过车祸，现在腿还是有点麻，想复查",
        "I was in a car crash two years ago and my legs still tingle sometimes",
    ],
    "a child's sleep asked about": [
        "孩子晚上睡不着，可以吃安眠药吗",
        "能不能给小孩吃褪黑素帮助睡觉",
    ],
    "a one-sided ache without sickness or a tooth": [
        "孩子突然右下腹疼，还能跑能跳",
        "牙痛到睡不着，右下面那颗",
        "sudden twinge low on my right side when I cough, no sickness",
        "左下腹隐隐作痛好几天了",
        "I get a dull ache on my lower left side around my period",
    ],
}

STILL_EMERGENCIES = [
    "怀孕三十周，突然流了好多血",
    "拔牙以后血流不止",
    "吃着抗凝药，牙龈出血止不住",
    "发烧几天，牙肉流血唔停，大便好黑",
    "我爸胸口痛得厉害，出冷汗，怕是心梗",
    "她说不想活了，把药都吃了",
    "he fell off the ladder onto his back and can't feel his legs",
]

AT_THEIR_DESK = [
    ("怀孕五个月，刷牙牙龈出血", ("DENT", "OB")),
    ("同事上个月心梗了，我想查查心脏", ("CARD",)),
    ("快八个月了，想问产检时间", ("OB",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
