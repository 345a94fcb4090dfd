"""The misses of the one hundred and seventieth to the one hundred and seventy-third hand-written
files (60 complaints each, written blind after migration 0101): two missed emergencies, three
false ones and seven wrong desks, every one taught here by family, never by sentence (the tables
below, our own wordings in Simplified and Traditional Chinese and in English, and look-alikes).

First run (commit 4879d7a): 228 of 240 at top-1, 78 of 80 emergencies, 3 of 160 false; with this
module's change (migration 0102) 240 of 240, 80 of 80, 0 of 160.

Emergencies:
- A seizure told in a learner's English: foam *in* the mouth, the whole body shaking and not
  stopping for minutes (the seizure rule knew only "foam at the mouth" and "fitting").
- Pre-eclampsia told in dialect: a headache said 脑壳痛 and blurred sight said 看东西花花的 by a
  woman months pregnant (the pregnancy-with-a-headache and danger-sign concepts lacked them).

False emergencies, each the cause of a family that did not generalise:
- Panic spells that pass: the exceptions kept on two breathlessness red flags were keyed on the
  word panic (惊恐, 恐慌, panic attack) alone; an anxious (焦虑, 紧张, nervous, stressed) person
  whose night spells of racing heart and breathlessness pass after minutes is the same family.
  Every rule holding the panic exception now holds the anxious ones too (one with blue lips, a
  faint or a chest pain, or happening right now, still fires).
- A deposit for a patient admitted through the emergency department: the named-department rule
  excused 急诊 before 住院/押金 only; said the other way round (押金…急诊收进去) or as 急诊收进,
  经急诊, 从急诊, it is now excused too.
- A heat stroke days ago (前两天中暑, "heatstroke two days ago"), now only languid with a heavy
  head (头昏沉): tonic medicine's or general practice's; one confused, collapsed, not sweating or
  burning hot stays the red flag's.

Desks:
- A child's height (长个子, 矮一个头, shorter than his classmates): child health (a girl whose
  periods have not come stays hormones' or gynaecology's).
- Light-headed on standing, settling on sitting, and asking whether it is anaemia: not the blood
  clinic's guess (a pale face, iron tablets or a blood test keep it haematology's).
- A stiff back from a hard bed or a mattress: the back's, not the rheumatism of morning stiffness.
- Trying for a baby for years in learners' English ("try to get pregnant"): reproductive medicine.
- A sore lump that hurts too much to sleep (痛…瞓唔到): the lump's, not the sleep clinic's.
- A stomach that burns (胃里一直烧, 烧心): heartburn, not a fever.
- Spots all over once a baby's fever has gone (roseola): paediatrics'.
"""

from tests.triage.taught_batches import (
    alarm_family_tests,
    desk_tests,
    file_tests,
)

TestFiles = file_tests("one_hundred_seventieth_to_seventy_third")

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a child's height (child health)": [
        ("儿子九岁了，想查查长个子的问题，总比同龄的小朋友矮", ("CHILD", "ENDO"), 9),
        ("女兒八歲，比同班同學矮了半個頭，想來看看長高的事", ("CHILD", "ENDO"), 8),
        (
            "my son is 10 and shorter than all his classmates, can you check his height",
            ("CHILD", "ENDO"),
            10,
        ),
    ],
    "light-headed on standing, asking about anaemia (not the blood clinic)": [
        ("最近老是一站起来眼前就发黑，坐一下就没事了，是不是贫血", ("GP", "CARD", "NEURO"), 30),
        ("成日蹲低再企起身就眼前黑，坐低一阵就冇事，會唔會係貧血", ("GP", "CARD", "NEURO"), 28),
    ],
    "a stiff back from a hard bed (the back)": [
        ("换了张硬板床以后腰一直酸，早上起来特别僵，没有扭到", ("ORTHO", "PAIN", "REHAB"), 35),
        (
            "my lower back is stiff every morning since the new mattress, no injury",
            ("ORTHO", "PAIN", "REHAB"),
            40,
        ),
        ("酒店張床太硬，瞓完之後腰骨好痛，朝早起身特別硬", ("ORTHO", "PAIN", "REHAB"), 45),
    ],
    "trying for a baby for years (reproductive medicine)": [
        ("we try to get pregnant three years, still no baby, who can help", ("REPRO",), 32),
        ("me and husband try for baby long time, nothing, where to go", ("REPRO",), 30),
    ],
    "a sore lump that keeps one awake (the lump)": [
        ("屁股上长了个包，又红又肿，痛得晚上睡不着", ("GS", "DERM"), 30),
        ("頸後面生咗粒嘢，紅腫，好痛，成晚瞓唔到", ("GS", "DERM"), 40),
    ],
    "a burning stomach (heartburn, not a fever)": [
        ("这几天吃火锅吃多了，胃里一直烧，老是反酸", ("GI", "GP"), 35),
        ("最近成日烧心，胃好似火烧咁，仲反酸", ("GI", "GP"), 45),
        ("吃完辣的胃就一直燒，反酸水，快一個禮拜了", ("GI", "GP"), 30),
    ],
    "spots once a baby's fever has gone (paediatrics)": [
        ("宝宝十个月，烧了三天，退烧以后身上出了好多红点，精神还挺好", ("PED",), 1),
        ("個BB退咗燒之後成身出疹，食奶正常", ("PED",), 1),
        ("my baby had a fever for three days, the fever went and now a rash all over", ("PED",), 1),
    ],
}
# The same words where another desk is right.
LOOK_ALIKES = [
    # A diagnosed anaemia with a pale face and iron tablets stays haematology's.
    ("站起来眼前发黑，脸色苍白，医生说我贫血，吃铁剂也没好", ("HEME",), 35),
    # A girl whose periods have not come and who is short: not child health.
    ("女儿十四岁了还没来月经，个子也比同学矮", ("ENDO", "GYN", "PED"), 14),
    # Morning stiffness of the fingers stays rheumatology's.
    ("手指关节早上起来很僵，要活动半个钟才好", ("RHEUM",), 50),
    # A fever that is a fever.
    ("孩子发烧三天了，一直烧到39度", ("PED", "FEVER"), 5),
    # Insomnia with nothing sore.
    ("最近压力大，成晚瞓唔着", ("PSY",), 35),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("退烧以后出疹，现在叫不醒，抽搐", 1),
    ("胃里烧得厉害，吐了很多血", 50),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)

TestAlarmFamilies = alarm_family_tests(
    {
        "a seizure in a learner's English": [
            "help, my brother fell and his whole body is shaking, foam in his mouth, 3 minutes now",
            "she is shaking all over and not stopping, foam coming out her mouth",
            "my dad body shaking not stop for five min, froth at the mouth",
        ],
        "pre-eclampsia in dialect": [
            ("老婆怀起八个月了，今天脑壳痛得很，眼睛看东西花花的", 30),
            ("懷孕七個月，頭痛得好犀利，睇嘢矇矇哋", 28),
            ("my wife is 32 weeks pregnant, terrible headache and blurry vision since morning", 31),
        ],
    },
    {
        "anxious spells that pass": [
            "I've been very anxious lately, at night my heart pounds and I can't breathe, then it passes",
            "最近很焦虑，晚上心跳很快，喘不过气，过十几分钟就好了",
            "最近好緊張，夜晚心跳好快透唔到氣，過一陣就冇事",
        ],
        "a deposit for an admission through the emergency department": [
            "来交押金，我爸前天急诊收进去住院了，在哪里交",
            "住院按金喺邊度交？我阿媽琴日由急診收咗入院",
            "where do I pay the deposit, my husband was admitted through emergency last night",
        ],
        "a heat stroke days ago, now languid": [
            "前几天中暑了，现在还是没力气，吃不下饭，头有点昏，想调理一下",
            "昨天中暑，今日仲係冇力，頭有啲昏沉，想睇中醫",
            "I had heatstroke two days ago, still tired and no appetite, head a bit heavy",
        ],
    },
    [
        "panic attack right now, I can't breathe, my lips are blue",
        "很焦虑，现在喘不过气，嘴唇发紫",
        "中暑了，叫不醒，全身滚烫",
        "heatstroke yesterday and now he is confused and not sweating",
        ("怀孕八个月，抽搐了，叫不醒", 30),
    ],
    [
        ("前两天中暑，现在没力气没胃口，想看中医", ("TCM", "GP")),
        ("交住院押金，我妈昨天急诊收进去的", ("ADMIT", "BILL")),
        ("最近很焦虑，晚上心跳很快喘不过气，过二十分钟就好了", ("PSY",)),
    ],
)
