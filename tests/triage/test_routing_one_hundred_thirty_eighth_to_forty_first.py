"""The misses of the one hundred and thirty-eighth to the one hundred and forty-first hand-written
files (60 complaints each, written blind after migration 0085): sixteen wrong desks and one false
emergency, every one taught here by family, never by sentence (the tables below, our own
wordings in Simplified and Traditional Chinese and in English, and look-alikes that keep their
desk or stay an emergency).

First run (commit d3f6af6): 223 of 240 at top-1, 80 of 80 emergencies, 1 of 160 false; with this
module's change (migration 0088) 240 of 240, 80 of 80, 0 of 160.

- A bite by a centipede or a leech, only local (a leech's wound oozing): the skin clinic's, as an
  insect bite is (one with dizziness or breathing trouble stays the red flag's; a centipede
  steeped in a folk remedy's wine is no bite).
- An insect flown or crawled into the ear: the ear clinic's, whatever fright (心慌) its buzzing
  gives.
- A check-up asked where to register (Cantonese 边度登记), or a check-up package with a
  gastroscopy added: the check-up centre's, not the registration desk's or the stomach's.
- Passing water painful, often, not emptied or dribbling, said in Cantonese (好频, 屙极都唔清,
  唔畅顺, 滴滴答答), with a backache beside it: urology's.
- Panic attacks that come and pass, or had before (惊恐发作…就过去了, "then it passes", "I get
  panic attacks"): psychiatry's, not the breathlessness red flag's (one with blue lips, a faint
  or a chest pain, or happening right now, still fires).
- A lung nodule with an operation asked about (要不要开刀), a CT brought along: thoracic
  surgery's, not the scan desk's.
- An older person on a dozen medicines whom one doctor should go through (统一捋一捋药): the
  geriatric clinic's, not the illnesses' the medicines are for.
- An admission slip written (住院条) and a deposit asked about: admissions', not the way to the
  ward.
- Chest tightness on stairs in English ("tightness in my chest"): cardiology's.
- A pathology report after a biopsy at a gastroscopy, asked where to fetch (在那里拿, 那 for 哪):
  pathology's (a service asked for: rank.py reads 在那里拿 as where).
- A small boy's scrotum (春袋) bigger on one side, bigger standing and smaller lying: paediatric
  surgery's (a hernia or a hydrocele); an adult's groin lump stays general surgery's.
- Medicine paid for, where to collect it, a card that cannot be used here beside it: the
  pharmacy's.
- Loin pain to the front with blood in the pee and a stone before, in English: urology's.
- A lower belly pain with a smelly discharge, not pregnant, in English: gynaecology's.
"""

from tests.triage.taught_batches import (
    alarm_family_tests,
    desk_tests,
    file_tests,
)

TestFiles = file_tests("one_hundred_thirty_eighth_to_forty_first")

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a centipede or leech bite, only local (the skin clinic)": [
        ("在院子里干活被蜈蚣咬了一口，脚背红肿，有点烧着痛", ("DERM", "GS"), 45),
        ("半夜被蜈蚣咬到腳趾，腫起來很痛，其他都還好", ("DERM", "GS"), 38),
        ("爬山回来发现腿上有只蚂蝗在吸血，扯下来后一直渗血", ("DERM", "GS"), 30),
        ("去溪邊玩被水蛭咬了，傷口一直流一點血", ("DERM", "GS"), 25),
        (
            "I was bitten by a centipede on my hand while gardening, it's swollen and sore",
            ("DERM", "GS"),
            50,
        ),
        ("a leech bite on my ankle after a jungle walk keeps oozing blood", ("DERM", "GS"), 28),
    ],
    "an insect in the ear (the ear clinic)": [
        ("睡觉的时候有只虫爬进耳朵，一直在里面动，心里好慌", ("ENT",), 40),
        ("有隻蟑螂鑽進耳朵裡面，拿不出來，一直在響", ("ENT",), 35),
        ("a bug flew into my ear and I can hear it buzzing, I can't get it out", ("ENT",), 30),
        (
            "I think an insect crawled into my son's ear last night, he keeps crying",
            ("ENT", "PED"),
            6,
        ),
    ],
    "a check-up asked where to register, or a package (the check-up centre)": [
        ("公司要我交一份体检报告，想做个全身检查，在哪里登记", ("PREV",), 30),
        ("我想做個全身健康檢查，要喺邊度登記", ("PREV",), 40),
        ("你们有没有体检的套餐，想顺便做个肠镜", ("PREV",), 50),
        ("請問有沒有健康檢查套餐？想加做胃鏡", ("PREV",), 45),
        ("do you have a health check package, I'd like a gastroscopy added", ("PREV",), 55),
    ],
    "passing water painful, often or dribbling in Cantonese (urology)": [
        ("屙尿好痛，又好频，屙完又想屙，腰有少少酸", ("URO", "NEPH"), 35),
        ("呢排屙尿好頻，屙極都唔清，有少少腰痛", ("URO", "NEPH"), 40),
        ("屙尿唔畅顺，滴滴答答，夜晚起身三四次", ("URO",), 70),
        ("屙尿好频，一晚起身五六次", ("URO",), 68),
        ("my pee dribbles and I have to go many times at night", ("URO",), 72),
    ],
    "panic attacks that pass (psychiatry)": [
        ("最近老是惊恐发作，心跳很快，喘不过气，十几分钟就过去了", ("PSY",), 30),
        ("我有恐慌症，發作的時候透不過氣，過一陣子就好了", ("PSY",), 28),
        (
            "I get panic attacks where I can't breathe and my heart pounds, then it passes",
            ("PSY",),
            25,
        ),
        (
            "I keep having panic attacks at work, I can't breathe for a few minutes, then they pass",
            ("PSY",),
            33,
        ),
    ],
    "a lung nodule with an operation asked about (thoracic surgery)": [
        ("体检CT查到肺上有个磨玻璃结节，六毫米，要不要做手术", ("THOR", "RESP"), 50),
        ("帶了外院的CT片，肺部有個結節，想問需不需要開刀", ("THOR", "RESP"), 55),
        (
            "my CT showed a nodule on my lung, I want to ask if it needs surgery",
            ("THOR", "RESP"),
            60,
        ),
    ],
    "an older person's many medicines to be gone through (geriatrics)": [
        ("我爸八十二了，药一大把，十几种，想请医生统一理一理", ("GERI", "GP"), 82),
        ("阿媽七十八歲，每天吃十幾種藥，想找醫生幫她整理一下藥", ("GERI", "GP"), 78),
        (
            "my mum is 80 and takes about a dozen different tablets, can a doctor sort them out",
            ("GERI", "GP"),
            80,
        ),
    ],
    "an admission slip and a deposit (admissions)": [
        ("医生开了住院条，押金要交多少，在哪里交", ("ADMIT",), 50),
        ("拿到住院單了，病房叫我先去辦手續，押金要多少", ("ADMIT",), 60),
        ("I have the admission slip, how much is the deposit", ("ADMIT",), 45),
    ],
    "chest tightness on effort in English (cardiology)": [
        ("tightness in my chest when I walk uphill, it eases when I rest", ("CARD",), 62),
        ("I feel a tightness across my chest climbing stairs for a few weeks now", ("CARD",), 58),
    ],
    "a pathology report after a biopsy (pathology)": [
        ("前几天做肠镜夹了一块去化验，病理报告在那里拿", ("PATH", "CS"), 50),
        ("上週照胃鏡取了一小塊化驗，病理報告去哪裡拿", ("PATH", "CS"), 45),
    ],
    "a small boy's scrotum bigger on one side (paediatric surgery)": [
        ("儿子三岁，阴囊一边大一边小，站着的时候更大，躺下就小了", ("PEDSURG",), 3),
        ("個仔一歲半，春袋右邊腫咗，喊嘅時候仲大", ("PEDSURG",), 1),
        ("my little boy's scrotum is bigger on one side, bigger when he stands", ("PEDSURG",), 2),
    ],
    "medicine paid for, where to collect it (the pharmacy)": [
        ("药费已经交好了，去哪里拿药？医保卡这边用不了", ("PHARM",), 50),
        ("藥費繳好了，請問去哪裡領藥，健保卡不能用", ("PHARM",), 40),
        (
            "I've paid for my medicine already, where do I pick it up? my insurance card doesn't work here",
            ("PHARM",),
            35,
        ),
    ],
    "loin pain to the front with blood in the pee, a stone before (urology)": [
        (
            "pain in my side going round to the front, some blood in my pee, I had a stone before",
            ("URO",),
            45,
        ),
        ("my urine has blood and my flank hurts, maybe another stone", ("URO",), 50),
    ],
    "a lower belly pain with a smelly discharge (gynaecology)": [
        ("she has lower belly pain and a discharge with a bad smell, not pregnant", ("GYN",), 30),
        ("lower belly ache and yellow discharge that smells", ("GYN",), 35),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A centipede steeped in a folk remedy's wine is no bite; a dog's bite stays preventive care's.
    ("喝了蜈蚣泡的药酒，胃还是痛", ("GI",), 60),
    ("被狗咬了一口，要打狂犬疫苗", ("PREV",), 30),
    # Ringing in the ears with no insect; a bead in a child's ear stays the ear clinic's.
    ("耳朵嗡嗡响，像有虫子在叫，一个多月了", ("ENT",), 60),
    ("心慌，心跳很快，一阵一阵的", ("CARD",), 60),
    # Registering with no check-up; a check-up's finding is its own department's.
    ("第一次来，在哪里挂号", ("CS",), 40),
    ("胃痛想做个胃镜", ("GI",), 45),
    # A backache with no urine trouble.
    ("腰骨痛，弯腰都痛", ("ORTHO",), 45),
    # Anxiety with no attack; a lung disease with no nodule.
    ("最近很焦虑，晚上睡不着", ("PSY",), 30),
    ("肺上有个结节，咳嗽两周了", ("RESP", "THOR"), 50),
    # A younger person's blood pressure; a way to the ward to visit.
    ("高血压，吃了药血压还是高", ("CARD",), 50),
    ("探视病人，病房在几楼", ("CS",), 40),
    # A report of blood tests stays the lab's.
    ("抽血的报告在哪里拿", ("LAB",), 40),
    # An adult's groin lump that comes out standing is general surgery's.
    ("右边大腿根有个包，站着鼓出来，躺下就没了", ("GS",), 50),
    # Insurance asked with no medicine to collect.
    ("医保能报销吗，做核磁共振", ("INSUR",), 50),
    # A discharge from an ear is the ear's; a baby's dribbling is no urine's.
    ("smelly discharge from my ear", ("ENT",), 40),
    ("yellow discharge from my ear and it hurts", ("ENT",), 40),
    ("my baby is dribbling a lot and chewing everything", ("PED",), 1),
    # A back strain with no urine or blood.
    ("pain in my lower back after lifting boxes", ("ORTHO",), 40),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("被蜈蚣咬了，头晕想吐，喘不过气", 40),
    ("a leech bite, now my lips are swelling and I can't breathe", 30),
    ("被蚂蝗咬了一直渗血，现在头晕眼花快晕倒了", 35),
    ("leech bite oozing blood, now I feel dizzy and faint", 35),
    ("惊恐发作，喘不过气，嘴唇发紫", 30),
    ("I'm having a panic attack right now, I can't breathe and my chest hurts", 30),
    ("胸口发紧，出冷汗，痛到左手臂", 60),
    ("孩子阴囊突然剧痛，又红又肿", 10),
    (
        "my boy's scrotum is swollen and there's a lump in the groin that won't go back, he's vomiting",
        3,
    ),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)


# The one false emergency: panic attacks that pass, read as the breathlessness red flag.
TestAlarmFamilies = alarm_family_tests(
    {
        "breathlessness with panic, now or dangerous": [
            "惊恐发作，现在喘不过气，嘴唇发青",
            "恐慌發作，透不過氣，暈倒了",
            "panic attack, I can't breathe and I passed out",
        ],
    },
    {
        "panic attacks that pass": [
            "惊恐发作的时候喘不过气，几分钟就过去了",
            "恐慌發作，透不過氣，十分鐘就好了",
            "panic attacks, I can't breathe properly, then it passes after ten minutes",
            "I often get panic attacks, can't breathe for a bit",
        ],
    },
    ["喘不过气，嘴唇发紫", "I can't breathe, my lips are blue"],
    [
        ("惊恐发作的时候喘不过气，几分钟就过去了", ("PSY",)),
        ("panic attacks, I can't breathe properly, then it passes after ten minutes", ("PSY",)),
    ],
)
