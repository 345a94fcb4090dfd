"""The fifth emergency sweep written blind (150 complaints: 100 emergencies in eleven families of
babies, children and births — a baby not breathing or blue, a fever under three months, a
dehydrated baby, a button battery or magnets swallowed, a child into medicines or chemicals, a
toddler's head injury, severe asthma or croup, bleeding after birth, fits or a severe headache
after birth or late in pregnancy, the cord or the baby coming, a very yellow sleepy newborn — and
50 look-alikes), its missed emergencies and false ones taught by family (concept, composition,
context), never by a file's sentence.

First run (the base commit): 74 of 100 emergencies, 7 of 50 false (top-1 107 of 150, 6
fallbacks); with this module's change (migration 0119) 100 of 100, 0 of 50 (top-1 140 of 150, 4
fallbacks). No false alarm is kept and no emergency is judged mislabelled.

Why the emergencies missed:

- The cord or the baby coming (six): something "like the cord" dropped out, told in the clause
  after the waters broke (the rule wanted 脐带 before 出来 in one clause); the head seen (能看到
  头) or out (個頭出咗嚟) and contractions a minute apart with the baby "coming now" had no rule;
  a baby born in a taxi with the cord still attached had none either.
- A fever under three months (three): the weeks told by the confinement centre (月子中心) or as
  二十几天 (几 was no number), and a fever after a vaccine (the rule's exception) in a baby too
  weak to cry (哭都哭不动, 哭声跟小猫似的) or whose eyes will not open: the sepsis rule knew no
  such cry and no daughter (闺女) or temperature read (体温, 肛温).
- A baby not breathing or blue (three): choked on milk and holding the breath (憋起) with a face
  gone dark (乌, Sichuan), the breath gone (冇咗呼吸) with a face 變晒紫色, the apnoea monitor's
  alarm with a grey ring round the mouth: no rule joined a baby's stopped breath to its colour.
- A newborn's jaundice (three): no rule joined the jaundice to sleeping all day, stillness, a
  shrill cry, arching or yellow down to the belly and legs (the light therapy, 照蓝光, tells a
  newborn).
- Bleeding after birth (two): several pads an hour, more than the heaviest day of a period,
  clots the size of an egg; the birth told in Cantonese (生咗十日).
- Fits or a severe headache (two): after birth no rule read a headache with a blood pressure of
  165/105 or blurred sight (睇嘢朦朦哋); late in pregnancy the flashes (眼睛老是闪光) were held
  back as a habit — now the headache painkillers do not touch and the ring that will not come
  off are read beside them.
- A child into chemicals (two): the dishwasher block named 洗涤块 and bitten open (the pod before
  the bite), a blistered mouth; the drain cleaner by its brand (通樂) and lips burnt.
- A battery or magnet (two): 磁石 (Cantonese), a hearing aid's small battery swallowed as 咽了.
- Croup heard at rest (呼呼响 breathing in) and epiglottitis with the stridor heard "every time
  she breathes in": "every time" was read as a habit (a context reading: each breath is now).
- A toddler's fall from the kitchen counter, then vomiting and nodding off.

Why the false ones fired:

- A newborn's reading of 36.9 asked "这算发烧吗", and how to take a newborn's temperature.
- Breath-holding spells diagnosed, the lips blue only while crying.
- Bleeding after birth asked of before a sister's birth (什么情况会发生, 想先了解), and a big
  bleed after a first baby told by a woman pregnant again.
- A pregnancy school to tell true contractions from false.
- A lick of hand soap spat out (让他吐了) and well an hour on: the spitting read as vomiting.

Also taught in the code (triage/routing/context.py): a state going on after a past time ("gave
birth a week ago and I'm soaking a pad an hour") is now. Left as they are: the sweep's ten top-1
misses are no emergency question (a bump's follow-up, an infant CPR class, a vitamin gummy, a
jaundice report for an insurer, a sister's fit after a birth last year, a bead passed, a drip's
follow-up, magnetic toys, thirst in summer, a bottle's disinfectant) and go to a calm desk other
than the one the writer chose. Every wording in the tables is
our own, in Simplified and Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-fifth.jsonl"

EMERGENCIES = {
    "a fever in a baby under three months: the weeks told by the confinement, the cry weak": [
        ("宝宝刚出月子，今天量体温38.5，哭声像小猫一样", 0),
        ("儿子六周大，烧到38度8，哭都哭不动", 0),
        ("十几天的宝宝发热，肛温38.3", 0),
        ("個仔啱出月，發燒38度半，喊聲好弱", 0),
        ("my 5 week old has a temperature of 38.4 and a weak cry", 0),
    ],
    "a baby who stops breathing or turns blue, grey or dark": [
        ("宝宝吃奶的时候呛奶了，脸憋得发紫", 0),
        ("BB飲奶嗆親，塊面變晒紫色", 0),
        ("娃儿呛奶以后脸都乌了，哭不出来", 0),
        ("早产宝宝回家用监护仪，刚才报警，嘴巴一圈发灰", 0),
        ("the baby choked on her milk and went blue around the lips", 0),
        ("寶寶突然沒了呼吸，臉發青", 0),
    ],
    "bleeding after birth: pads an hour, more than a period, clots like eggs": [
        "产后第五天，恶露突然增多，一小时就换一片",
        "生咗BB一個禮拜，血多過月經好多，有啲血塊好似雞蛋咁大",
        "生完孩子十天，出血比月经多好几倍，头晕",
        "I gave birth a week ago and I'm soaking a pad in an hour with clots like eggs",
    ],
    "a newborn's jaundice with danger": [
        ("宝宝出生五天，黄得厉害，一天到晚睡，不吃奶", 0),
        ("新生兒黃疸，照過藍光，而家黃到腳，成日瞓", 0),
        ("孩子生下来四天，全身发黄，哭声尖尖的", 0),
        ("my newborn is very yellow and so sleepy she won't feed", 0),
    ],
    "a child into a dishwasher block or a drain cleaner": [
        ("孩子把洗涤块咬了，嘴巴起泡", 3),
        ("小孩偷喝了通乐，嘴唇烧伤了", 3),
        ("細路食咗洗碗機嘅洗滌塊，喉嚨痛，口水都吞唔落", 3),
        ("my toddler drank some drano, his lips are burnt", 2),
    ],
    "a button battery or magnets swallowed": [
        ("孩子把手表的小电池咽了", 2),
        ("細路吞咗粒磁石", 4),
        ("小朋友把冰箱贴的磁铁拆下来吞了", 3),
        ("my son swallowed a hearing aid battery", 2),
    ],
    "fits or a severe headache after birth": [
        "生完孩子第四天，头痛得厉害，血压170/110",
        "產後一週，頭痛到爆，睇嘢朦朦哋",
        "剖腹产后第三天，头痛，看东西模糊，眼前冒金星",
        "I gave birth five days ago and now have a splitting headache and blurred vision",
    ],
    "a headache in late pregnancy that painkillers do not touch, a ring that will not come off": [
        "怀孕八个月，头疼吃了止痛药也不管用，手肿得戒指摘不下来",
        "孕晚期，眼睛老是闪光，头痛吃药没用",
    ],
    "the baby coming: the head seen, the cord out, born in a car": [
        "老婆要生了，羊水破了，已经看到头了",
        "大肚婆喺度，BB個頭出咗嚟",
        "破水以后下面掉出来一截东西，像脐带",
        "孩子在车上生了，脐带还连着",
        "my wife's contractions are a minute apart and she says the baby is coming now",
        "she's in labour and I can see the head",
    ],
    "croup heard at rest, epiglottitis sitting bolt upright": [
        ("孩子咳嗽像狗叫，吸气的时候喉咙呼呼响", 3),
        ("my daughter has a fever, she's drooling and sitting bolt upright", 4),
        ("he has a barking cough and a squeaky noise every time he breathes in", 2),
    ],
    "a toddler's fall from a counter or a table": [
        ("my son fell off the table onto the floor and has vomited twice", 1),
        ("he fell off the kitchen counter and keeps nodding off", 1),
        ("孩子从桌子上摔下来，吐了两次", 1),
    ],
}

NOT_EMERGENCIES = {
    "a temperature asked of, or a reading that is no fever": [
        ("新生儿量了36.8，这算发烧吗", 0),
        ("宝宝刚满月，几度算发烧", 0),
        ("how do I take a newborn's temperature and what counts as a fever", 0),
        ("宝宝发烧手脚冰凉是怎么回事", 1),
    ],
    "breath-holding spells, diagnosed and over": [
        ("孩子一哭就屏气，嘴唇发紫，医生说是屏气发作", 2),
        ("do you have infant CPR classes, in case the baby ever stops breathing", None),
    ],
    "bleeding after birth asked of, or told of an earlier birth": [
        "产后大出血在什么情况下会发生",
        "上一胎产后大出血，现在又怀孕了，想咨询一下",
        "I had a big bleed with my first baby and I'm pregnant again",
    ],
    "a pregnancy class, contractions to learn": [
        "想报名孕妇课堂，学怎么分真假宫缩",
        "do you run antenatal classes on braxton hicks",
    ],
    "a jaundice report, or a jaundice going away": [
        ("想复印孩子的黄疸化验单", 0),
        ("宝宝三个月，黄疸还没退干净，大便有点白", 0),
    ],
    "a lick of soap, spat out and well": [
        ("孩子舔了一口肥皂，马上让他吐了，一点事都没有", 2),
    ],
    "a battery or a magnet, not swallowed": [
        "助听器电池没电了，去哪里换",
        "冰箱贴的磁铁掉了",
    ],
    "after a birth, headaches and blood pressure of old": [
        "生完孩子以后偶尔头痛，想调理一下",
        "上一胎产后血压高到170，这次想提前咨询",
    ],
    "a home birth's certificate, the cord's stump": [
        "孩子在路上生的，想办出生证明",
        "宝宝的脐带掉了，肚脐有点湿",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    ("三周大的宝宝发烧38度", 0),
    ("宝宝呛奶后不呼吸了，脸发紫", 0),
    "产后大出血，血止不住",
    "怀孕36周，羊水破了，摸到脐带掉出来了",
    ("孩子吞了纽扣电池", 2),
    ("孩子喝了洁厕灵，嘴里烧", 3),
    ("孩子咳嗽像狗叫，吸气有声音，喘不上气", 2),
    ("孩子从楼上摔下来，一直想睡", 3),
    "怀孕30周，头痛眼花，血压180",
    "he is having an asthma attack and his lips are blue",
]

# Calm stories, each to its clinic.
CALM = [
    ("I had a big bleed with my first baby and I'm pregnant again", "OB"),
    ("想报名孕妇课堂，学怎么分真假宫缩", ("OB", "CS")),
    ("宝宝三个月，黄疸还没退干净，大便有点白", "PED"),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
