"""The wrong desks of the one hundred and seventy-eighth to the one hundred and eighty-first
hand-written files (a paediatric desk, a maternity desk, a highway county hospital, a poor rural
town), taught by family. Every first-run miss that was no emergency and whose engine answer was
not ER is taught here; the emergencies and the false emergencies are the emergencies teacher's,
whose module holds the files' gates.

First run (commit a606b5e): 5, 5, 3 and 2 wrong desks of this kind (15); fourteen taught here.
The fifteenth asks who to talk to for direct billing with an international insurer; it is left at
the cashier, where the 150th and 154th batches teach direct billing, whatever insurer it is.

Taught by family, never by sentence (our own wordings, and look-alikes that keep their desk):
- a boy's penis tip or foreskin red and swollen, crying when he pees: the children's surgeons;
- a child with a fever and red eyes, the parents fearing Kawasaki disease: paediatrics, not eyes;
- a nappy rash (the bottom red, the skin broken) that the cream did not clear: paediatrics;
- a child scratching the bottom at night, tiny white threads (threadworms): paediatrics;
- a coil (IUD) wished for, put in or taken out: gynaecology;
- pregnant, a toothache or gums that bleed on brushing, may she see the dentist: the dentist;
- late in pregnancy, the back, the hips or the pelvis aching: the antenatal clinic;
- the check forty-two days (six weeks) after the birth, mother and baby: the obstetric clinic;
- a few weeks pregnant and nervous after a miscarriage (hers or a sister's), a check wanted:
  the antenatal clinic, not the health-check centre (recurrent miscarriages stay reproductive
  medicine's);
- a lump under the skin of a limb feared to be a tumour: general surgery, not orthopaedics;
- a graze (road rash) gone red and oozing, to be cleaned and dressed: general surgery;
- a medical for a driving licence (an eye test, the blood pressure): the health-check centre (a
  form for a licence after a seizure stays neurology's);
- sprayed pesticide without a mask, the dizziness slept off, asking about the effects: the GP;
- loose stools and cramps for a week since arriving: gastroenterology (a child's, paediatrics).
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted, age).
DESKS = {
    "a boy's penis tip or foreskin red and swollen, crying on peeing (children's surgeons)": [
        ("我儿子四岁，小鸡鸡前面红红的肿起来了，尿尿的时候一直哭", ("PEDSURG", "URO"), 4),
        ("我兒子的包皮紅腫兩天了，小便時喊痛", ("PEDSURG", "URO"), 5),
        (
            "my little boy's foreskin is red and swollen and he cries when he wees",
            ("PEDSURG", "URO"),
            3,
        ),
    ],
    "a child's fever and red eyes, Kawasaki disease feared (paediatrics)": [
        ("孩子发烧三天了，眼睛也红，会不会是川崎病", ("PED",), 3),
        ("小朋友發燒眼睛紅紅的，嘴唇也很紅，我怕是川崎病", ("PED",), 2),
        ("my daughter has had a fever for 3 days and red eyes, could it be Kawasaki", ("PED",), 4),
    ],
    "a nappy rash the cream did not clear (paediatrics)": [
        ("宝宝屁屁红了一片，还有点破皮，擦了药膏也不见好", ("PED", "DERM"), 0),
        ("寶寶包尿布的地方紅紅的，好幾天了", ("PED", "DERM"), 1),
        ("my baby's nappy rash isn't getting better with the cream", ("PED", "DERM"), 1),
    ],
    "a child's bottom itching at night, tiny white worms (paediatrics)": [
        ("孩子晚上老抓屁股，说屁股痒，大便上好像有白色小虫", ("PED", "GI"), 5),
        ("女兒晚上一直喊屁股癢，睡不好", ("PED", "GI"), 6),
        (
            "I think my son has threadworms, he keeps scratching his bottom at night",
            ("PED", "GI"),
            6,
        ),
    ],
    "a coil (IUD) put in or taken out (gynaecology)": [
        ("生完孩子一年多了，想去放个环", ("GYN",), 30),
        ("我想去取環，放了快十年了", ("GYN",), 45),
    ],
    "pregnant, a toothache or bleeding gums: may she see the dentist (dentist)": [
        ("怀孕四个月，有颗牙一直隐隐作痛，孕妇能补牙吗", ("DENT",), 28),
        ("懷孕中牙齦刷牙會流血，可以去看牙嗎", ("DENT",), 30),
        ("I'm 20 weeks pregnant and have a toothache, can I see a dentist", ("DENT",), 31),
    ],
    "late pregnancy, back, hip or pelvic pain (antenatal clinic)": [
        ("怀孕七个月了，腰疼得晚上睡不着，正常吗", ("OB",), 29),
        ("懷孕八個月，晚上屁股跟胯下都好痛", ("OB",), 32),
        ("I'm 34 weeks pregnant and my hips and lower back ache every night", ("OB",), 27),
    ],
    "the 42-day check after the birth, mother and baby (obstetrics)": [
        ("生完孩子快六周了，产后42天复查挂哪里", ("OB", "CHILD"), 29),
        ("產後四十二天檢查要去哪裡掛號", ("OB", "CHILD"), 31),
        (
            "where do we go for the six week postnatal check for me and the baby",
            ("OB", "CHILD"),
            30,
        ),
    ],
    "early pregnancy, nervous after a miscarriage, a check wanted (antenatal clinic)": [
        ("之前流产过一次，现在怀孕六周了，没有不舒服，就是想来检查看看", ("OB",), 30),
        (
            "I'm about 6 weeks pregnant, I had a miscarriage last year so I'd like to be checked",
            ("OB",),
            33,
        ),
    ],
    "a lump under the skin of a limb feared to be a tumour (general surgery)": [
        ("大腿上摸到一个硬块，不痛不痒，怕是肿瘤", ("GS", "DERM"), 45),
        ("手臂有個硬硬的疙瘩，擔心是腫瘤", ("GS", "DERM"), 40),
        (
            "found a lump on my forearm, doesn't hurt but I'm worried it's a tumour",
            ("GS", "DERM"),
            38,
        ),
    ],
    "a graze gone red and oozing, to be cleaned (general surgery)": [
        ("前天摔了一跤膝盖擦伤了，今天红肿流黄水，想处理一下", ("GS", "DERM"), 25),
        ("騎車跌倒手肘擦破皮，現在化膿了", ("GS", "DERM"), 20),
        (
            "grazed my knee on the pavement two days ago and it's oozing pus now, can someone dress it",
            ("GS", "DERM"),
            22,
        ),
    ],
    "a medical for a driving licence (health-check centre)": [
        ("考驾照要体检，查视力和血压，去哪里", ("PREV",), 19),
        ("換駕照要體檢證明，在哪裡辦", ("PREV",), 60),
        ("where do I get the medical for my driving licence", ("PREV",), 65),
    ],
    "sprayed pesticide, well again, asking about the effects (GP)": [
        ("昨天喷农药没戴手套，当时有点头晕，现在好了，想问问对身体有没有影响", ("GP",), 50),
        (
            "I sprayed pesticide without a mask last week, I feel fine now, could it have any long term effects",
            ("GP",),
            44,
        ),
    ],
    "loose stools and cramps for a week since arriving (gastroenterology)": [
        ("拉肚子一个礼拜了，肚子一阵阵绞痛，没有血", ("GI", "INFECT"), 30),
        (
            "loose stools and stomach cramps since we arrived five days ago, no blood",
            ("GI", "INFECT"),
            28,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("成年男性，包皮过长想做手术", ("URO",), 30),
    ("眼睛红，有眼屎，痒", ("OPH",), 30),
    ("I came off my Kawasaki on the bend and my wrist is swollen", ("ORTHO",), 35),
    ("身上起了好多红疹，很痒", ("DERM",), 30),
    ("最近痔疮犯了，大便的时候出血", ("ANO", "GI", "GS"), 50),
    ("月经推迟十天了，验孕是阴性", ("GYN",), 27),
    ("牙疼了好几天，晚上疼得睡不着", ("DENT",), 30),
    ("怀孕二十周，来做产检", ("OB",), 28),
    ("腰疼了一个月，弯腰就疼", ("ORTHO", "REHAB", "PAIN"), 45),
    ("孩子六个月了，来做儿童体检", ("CHILD",), 0),
    ("前两次怀孕都胎停了，想查查原因", ("REPRO", "GYN"), 32),
    ("单位体检，想做个套餐", ("PREV",), 40),
    ("乳房摸到一个硬块", ("BREAST", "GS"), 40),
    ("膝盖摔了一跤，肿得很厉害走不了路", ("ORTHO", "ER"), 40),
    (
        "I had a seizure two years ago and need a form for my driving licence",
        ("NEURO", "RECORDS"),
        30,
    ),
    ("想复印病历", ("RECORDS",), 40),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子蛋蛋突然肿了，疼得直哭，还吐了", 8),
    ("孩子发烧五天了，叫不醒，抽了一次", 3),
    ("怀孕七个月，肚子疼得厉害，下面大出血", 30),
    ("喷农药以后一直流口水，出大汗，喘不上气", 50),
    ("拉肚子一天二十多次，人都站不起来了，叫不太醒", 70),
    ("生完孩子两周，发高烧，说胡话", 30),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
