"""The one hundred and seventy-fourth to the one hundred and seventy-seventh hand-written files
(60 complaints each, written blind; the 175th a children's corner, the 176th a maternity desk):
each is of its make-up and new, passes the issue's gate on the rules the migrations load, and
raises no false alarm; and their wrong desks, taught by family. Every first-run miss that was no
emergency and whose engine answer was not ER at I or II is taught here; the emergencies and the
false emergencies are the emergencies teachers', and the gates pass once their work is in too.

First run (commit 4879d7a): 2, 4, 5 and 3 wrong desks of this kind (14); twelve taught here. The
other two ask for direct billing with an international insurer (one beside a visit to the
paediatrician, one beside antenatal care) and the files accept the insurance office or patient
services: they are left at the cashier, where the 150th and 154th batches teach direct billing
with an insurer, whatever insurer it is (their tables hold it).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- a diabetic fasting (Ramadan, a religious fast) whose sugars run low, or who asks how to take the
  tablets or the insulin: the endocrine clinic, not neurology for the dizziness and the shaking;
- told to come back and stay for an operation, the papers for a bed: admissions;
- a baby's scheduled vaccine (measles at eight months, the book brought), here or at the community
  clinic: child health (or the vaccination clinic), not the paediatric clinic for the disease the
  vaccine names;
- a tooth broken or knocked out by a fall or a blow: the dentist, not the children's surgeons;
- a rash some days after starting an antibiotic, breathing well: the allergy clinic (a child's,
  paediatrics), not the ear or chest infection it treats;
- insurance from abroad (an international plan, a named foreign insurer, a Hong Kong policy),
  whether it can be used here: the insurance office, not the records office for the certificate
  (direct billing stays the cashier's);
- a check before trying for a baby, for one or both partners: the health-check centre (or
  fertility, or gynaecology), not the antenatal clinic;
- about fifty, hot flushes in waves with sweating, irregular periods, poor sleep: the menopause,
  gynaecology (or endocrinology, or TCM), not the fever clinic;
- after the morning-after pill, a little spotting or a late period: gynaecology;
- just after the birth, the baby will not latch, the breasts full, too little milk, someone to
  teach it: the obstetric (lactation) clinic;
- a piece taken during a gastroscopy or colonoscopy sent for testing, where the result is:
  pathology, not the blood laboratory;
- a visitor without local insurance asking whether they may register for a cold or a toothache:
  the complaint's clinic, not "are any appointments left".
"""

from tests.triage.taught_batches import desk_tests, file_tests

TestFiles = file_tests("one_hundred_seventy_fourth_to_seventh")

# Each family's wordings: (text, the departments accepted, age).
DESKS = {
    "a diabetic fasting (Ramadan, a religious fast): low sugars, how to take the medicine (endocrinology)": [
        ("糖尿病十几年了，这个月要封斋，白天不吃东西，二甲双胍和胰岛素该怎么调", ("ENDO",), 62),
        ("我有糖尿病，最近齋戒的時候血糖常常偏低，手會抖，降血糖的藥要怎麼吃", ("ENDO",), 55),
        (
            "I'm diabetic and fasting for Ramadan, my sugars keep going low in the afternoon and I feel shaky, how should I take my metformin",
            ("ENDO",),
            49,
        ),
    ],
    "told to come back and stay for an operation, the papers for a bed (admissions)": [
        (
            "the surgeon said my mum has to come back and stay for her operation next week, where do we sort out the papers for a bed",
            ("ADMIT",),
            70,
        ),
        (
            "doctor told him he must stay in for surgery, where do we do the forms for the bed",
            ("ADMIT",),
            45,
        ),
    ],
    "a baby's scheduled vaccine, here or at the community clinic (child health)": [
        ("宝宝六个月了，该打流脑疫苗了，能在你们医院打吗，接种本带着", ("CHILD", "PREV"), 0),
        ("BB十八個月要打麻腮風，係咪喺呢度打定係返社區", ("CHILD", "PREV"), 1),
        (
            "my baby is four months old and her jabs are due, do you do them here or at the community clinic",
            ("CHILD", "PREV"),
            0,
        ),
    ],
    "a tooth broken or knocked out by a fall or a blow (the dentist)": [
        ("儿子打篮球被人撞了一下，门牙磕掉一块，嘴里有点血已经止住了", ("DENT",), 12),
        ("女兒騎腳踏車摔倒，前面一顆牙齒撞斷了，斷的那半顆我們有撿回來", ("DENT",), 8),
        (
            "he fell off the climbing frame and chipped his front tooth, the bleeding has stopped",
            ("DENT",),
            7,
        ),
    ],
    "a rash after starting an antibiotic, breathing well (allergy, or the child's clinic)": [
        ("吃了三天头孢，今天身上冒出好多小红疹，有点痒，呼吸没问题", ("ALLERGY", "DERM"), 34),
        ("孩子吃阿莫西林第四天，肚子上起了一片疹子，精神胃口都还好", ("PED", "ALLERGY", "DERM"), 3),
        (
            "she's on antibiotics for a chest infection and since yesterday she has an itchy spotty rash, no trouble breathing",
            ("ALLERGY", "DERM"),
            40,
        ),
    ],
    "insurance from abroad: accepted here, billed directly (the insurance office)": [
        ("我有国际保险，在你们这看病能直接结算吗", ("INSUR", "CS"), 35),
        ("我用嘅係香港嘅保險，喺度睇醫生可唔可以用", ("INSUR", "CS"), 40),
        (
            "do you accept my overseas insurance, I have Bupa, or do I pay first",
            ("INSUR", "CS", "BILL"),
            33,
        ),
    ],
    "a check before trying for a baby (the health-check centre, fertility or gynaecology)": [
        ("我和老公准备要宝宝了，想先做个孕前检查，两个人都要查哪些", ("PREV", "REPRO", "GYN"), 29),
        ("打算備孕，想先來做檢查，男生也要一起檢查嗎", ("PREV", "REPRO", "GYN"), 31),
        (
            "we're planning to try for a baby next year and want a preconception check for both of us",
            ("PREV", "REPRO", "GYN"),
            30,
        ),
    ],
    "around the menopause: hot flushes in waves, sweats, irregular periods (gynaecology)": [
        (
            "快五十了，最近一阵阵地燥热出汗，月经两三个月才来一次，晚上老醒",
            ("GYN", "ENDO", "TCM"),
            49,
        ),
        ("這半年常常突然潮熱，臉紅出汗，月經也不規律了，是不是更年期", ("GYN", "ENDO", "TCM"), 50),
        (
            "I'm 52 and keep getting hot flushes and night sweats, my periods are all over the place",
            ("GYN", "ENDO", "TCM"),
            52,
        ),
    ],
    "after the morning-after pill: spotting or a late period (gynaecology)": [
        ("上周吃了紧急避孕药，这两天内裤上有一点褐色的东西，正常吗", ("GYN",), 24),
        ("吃咗事後藥，個M遲咗五日都未嚟，使唔使驗下", ("GYN",), 22),
        (
            "I took the morning after pill last week and now I have some light brown spotting",
            ("GYN",),
            23,
        ),
    ],
    "breastfeeding after the birth: a poor latch, full breasts, little milk (the obstetric clinic)": [
        ("生完孩子一个礼拜，奶水不够，宝宝老是含不住，有没有人能教教", ("OB", "CHILD"), 30),
        ("剛生完寶寶，漲奶漲得很難受，寶寶又一直含不上，想找人教怎麼餵", ("OB", "CHILD"), 29),
        (
            "I had my baby last week and she won't latch, my breasts are engorged, is there a lactation consultant",
            ("OB", "CHILD"),
            31,
        ),
    ],
    "a piece taken at an endoscopy sent for testing, where the result is (pathology)": [
        ("前天做肠镜夹了点肉去化验，结果出来了去哪拿", ("PATH", "GI", "CS"), 55),
        ("做胃鏡的時候醫生切了一小塊去檢驗，報告要去哪裡拿", ("PATH", "GI", "CS"), 60),
    ],
    "a visitor without local insurance asking to be seen for a complaint (the complaint's clinic)": [
        (
            "我从外地出差过来，没有这边的医保，发烧咳嗽两天了，可以挂号看吗",
            ("RESP", "GP", "FEVER", "INFECT"),
            38,
        ),
        ("來這邊出差沒有健保，牙齒痛了三天，可以掛號嗎", ("DENT",), 44),
    ],
    "low and tearful weeks after the birth, a poor mother in her own eyes (psychiatry)": [
        ("我媳妇生完孩子两个月了，整天闷闷的，动不动就哭", ("PSY", "OB"), 29),
        ("生咗BB之後，佢日日喊，話自己做唔好阿媽", ("PSY", "OB"), 31),
        ("since she had the baby she keeps crying and says she's a bad mum", ("PSY", "OB"), 33),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("糖尿病复查，想开点二甲双胍", ("ENDO",), 60),
    ("最近老是头晕，站起来眼前发黑", ("NEURO", "CARD", "GP"), 40),
    ("明天要做手术，今天来办住院手续", ("ADMIT",), 50),
    ("成人想打流感疫苗在哪里打", ("PREV",), 40),
    ("孩子出麻疹了，烧了三天", ("PED", "INFECT", "FEVER"), 4),
    ("牙疼了好几天，晚上疼得睡不着", ("DENT",), 30),
    ("小孩走路扭到脚踝，有点肿，能走", ("PEDSURG", "ORTHO"), 8),
    ("身上起了好多红疹，很痒", ("DERM",), 30),
    ("想复印病历寄给香港的保险公司理赔", ("RECORDS",), 45),
    ("医保卡怎么用", ("INSUR",), 40),
    ("怀孕二十周，来做产检", ("OB",), 28),
    ("月经推迟十天了，验孕是阴性", ("GYN",), 27),
    ("产后五个月一直掉头发，还在喂奶", ("DERM",), 30),
    ("喂奶的时候乳房有个硬块，又红又痛", ("GS", "BREAST", "OB"), 29),
    ("上周抽的血，来取化验报告", ("LAB",), 40),
    ("我是外国留学生，没有这里的医保，自费看病在哪里交钱", ("BILL", "CS"), 22),
    ("专家号还有吗", ("CS",), 40),
    # The baby who cries is the baby's.
    ("生完孩子两个月，宝宝天天哭闹，是不是肠绞痛", ("PED",), 0),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("糖尿病人叫不醒了，血糖测不出来", 70),
    ("孩子从楼上摔下来，一直吐，叫不太醒", 4),
    ("吃了阿莫西林以后嘴唇和喉咙都肿了，喘不上气", 30),
    ("怀孕八个月，头痛得厉害，看东西模糊，血压一百七", 30),
    ("吃了事后药以后一边肚子剧痛，头晕想晕倒", 24),
    ("my baby is 6 weeks old and has a fever of 38.5 and won't feed", 0),
    ("生完孩子一直哭，说想带着孩子一起去死", 30),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
