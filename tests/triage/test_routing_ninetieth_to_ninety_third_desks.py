"""The wrong desks of the ninetieth to the ninety-third hand-written files (60 complaints each,
written blind): every first-run miss that was no emergency and whose engine answer was not ER (a
wrong department, or a service point mixed up with a clinic). Their emergencies and the misses
answered ER are the emergencies teacher's.

First run (on 5e340e9, the 86th to 89th taught), the wrong desks of each file: ninetieth 1,
ninety-first 5, ninety-second 5, ninety-third 2 (13, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): a wheelchair, crutches or a walking frame asked for (to borrow, to hire, "is there
one", 有冇轮椅) is patient services', whatever ache needs it (a leg broken stays the emergency's);
bleeding gums, nosebleeds, bruising or a lower dose asked on a blood thinner (薄血药, warfarin,
apixaban) is the heart clinic's that follows the thinner, not the dentist's or the ENT's; "mental"
said of a symptom as a figure of speech ("it's driving me mental", "sending me mental") is no
psychiatry; creatinine misspelt (肌肝) or in the Taiwan and Hong Kong word (肌酸酐), with a value
of three digits or a recheck ordered, is the kidney clinic's; palpitations or a racing heart with
dread, worry or sleeplessness when the heart was checked and found well is anxiety (psychiatry);
medicine to prevent another stroke after an old one (中过风, 脑梗, "had a stroke") is neurology's,
not the pharmacy's; a fish bone voice-typed (鱼翅, 鱼次 for 鱼刺) stuck in the throat is ENT's; a
cancer only feared ("以为是癌", "thought it was cancer") is no cancer follow-up, the organ's
clinic keeps it; Chinese herbal medicine asked for (想吃中药调理, 想食中药, "I'd like Chinese
herbal medicine") is the TCM clinic's whatever the symptom; a splinter, a thorn, a cactus's or a
sea urchin's spines in the skin are general surgery's; a fear or panic left by an old scare
(near-drowning, a bite, a crash) is psychiatry's; 体问 / 体稳 (体温 typed by its sound) and
"temprature" still read the temperature (FEVER for adults, PED for children); years in a coal
mine, a pit, a quarry or with asbestos and a wish to have the lungs checked is the respiratory
clinic's.

Two steps changed (tested in tests/triage/test_routing_steps.py): rank.asks_for_service reads a
wheelchair or crutches borrowed, hired or asked after ("借个轮椅", "有冇轮椅", "borrow", "lend
me", "is there a wheelchair") as a service asked for, so patient services keep their score beside
the ache named; inputs reads 体问 / 体稳 / 體問 and "temprature" (and two more spellings) as the
temperature's word.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a wheelchair or crutches asked for: borrow, 借个轮椅, 有冇轮椅": [
        ("my hip's bad, could I borrow a wheelchair to get to x-ray?", ("CS",), 78),
        ("腿脚不好，能借个轮椅吗？走廊太长了", ("CS",), 80),
        ("阿媽膝頭哥痛，有冇輪椅借？", ("CS",), 82),
        ("can I borrow some crutches, my ankle is sore", ("CS",), 40),
    ],
    "bleeding gums, nosebleeds or bruising on a blood thinner": [
        ("吃着华法林，最近刷牙牙龈老出血", ("CARD", "HEME"), 70),
        (
            "on warfarin and getting nosebleeds most days, should the dose come down?",
            ("CARD", "HEME"),
            68,
        ),
        ("食緊薄血丸，手腳成日瘀青", ("CARD", "HEME"), 75),
        ("I'm on apixaban and bruising really easily", ("CARD", "HEME"), 72),
    ],
    "'driving me mental' of a symptom: a figure of speech": [
        ("peeing all the time and it burns, it's driving me mental", ("URO",), 35),
        ("this itchy rash is driving me mental", ("DERM",), 30),
        ("my ear keeps ringing and it's sending me mental", ("ENT",), 50),
        ("driving me mental this cough, three weeks now", ("RESP",), 40),
    ],
    "creatinine (肌肝, 肌酸酐) with its value or a recheck": [
        ("肌酐150，医生让我下个月复查", ("NEPH",), 60),
        ("上次驗肌酸酐160，醫生叫我覆查", ("NEPH",), 66),
        ("creatinine was 170 last month, GP wants it rechecked", ("NEPH",), 62),
        ("肌肝有点高，挂什么科", ("NEPH",), 58),
    ],
    "dread or worry with the heart checked and found well: anxiety": [
        ("心跳很快，老担心会出事，心电图做了好几次都正常", ("PSY",), 35),
        ("成日心跳好快，好驚會出事，驗過心臟冇問題", ("PSY",), 40),
        (
            "heart races and I keep feeling something terrible is about to happen, ECG was normal twice",
            ("PSY",),
            33,
        ),
    ],
    "medicine to prevent another stroke after an old one": [
        ("去年脑梗，现在恢复得不错，想开点预防再中风的药", ("NEURO", "GERI"), 66),
        ("爸爸前年中過風，而家行路講嘢冇事，想問預防嘅藥", ("NEURO", "GERI"), 72),
        (
            "had a stroke two years ago, fully recovered, need tablets to prevent another one",
            ("NEURO", "GERI"),
            70,
        ),
    ],
    "a fish bone voice-typed (鱼翅, 鱼次) stuck in the throat": [
        ("喝鱼汤的时候鱼次卡在喉咙，咽口水有点疼", ("ENT",), 45),
        ("吃鱼翅卡住了喉咙，咽东西扎得慌", ("ENT",), 50),
    ],
    "a cancer only feared (以为是癌, thought it was cancer): the organ's clinic": [
        ("乳房摸到一个包，吓得我以为是癌，医生叫我来复查", ("GS", "BREAST"), 40),
        ("甲狀腺有粒結節，以為係癌，醫生叫我覆查", ("ENDO", "GS"), 45),
        (
            "found a lump in my neck, thought it was cancer, doctor wants a follow up",
            ("ENT", "GS", "ENDO"),
            50,
        ),
    ],
    "Chinese herbal medicine asked for (想吃中药调理)": [
        ("想开点中药调理一下，总是怕冷，月经推迟", ("TCM",), 30),
        ("想食中藥調理下，成日手腳凍", ("TCM",), 35),
        ("I'd like Chinese herbal medicine for my period pains", ("TCM",), 28),
    ],
    "a splinter, a thorn, a sea urchin's spines in the skin": [
        ("手指扎了根木刺，挑不出来", ("GS", "DERM"), 30),
        ("got a splinter under my fingernail, can't get it out", ("GS", "DERM"), 40),
        ("整理仙人掌，手上扎了好多刺", ("GS", "DERM"), 55),
    ],
    "a fear or panic left by an old scare": [
        ("小时候被狗咬过，到现在一见狗就怕得发抖，想找人聊聊", ("PSY",), 30),
        ("had a car crash last year, still panic every time I get in a car", ("PSY",), 40),
        ("小时候差点淹死，现在一靠近水就心慌，想找人聊聊", ("PSY",), 30),
    ],
    "体问 / 體問 (体温 typed by its sound) with a temperature": [
        ("体问38.2，头痛，浑身酸痛", ("FEVER",), 35),
        ("體問38度，喉嚨痛", ("FEVER",), 30),
        ("小朋友体问38.5，咳嗽", ("PED",), 4),
    ],
    "years in a mine or a quarry, the lungs to be checked": [
        ("在矿井下干了十几年，想拍个胸片看看肺", ("RESP", "PREV"), 52),
        ("worked 20 years in a coal mine, want my lungs checked", ("RESP", "PREV"), 60),
        ("做咗廿年石場，想檢查下個肺", ("RESP", "PREV"), 58),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A wheelchair in the story, not asked for.
    ("my mum in a wheelchair has a cough for a week", ("RESP", "GP")),
    ("轮椅坐久了腰疼", ("ORTHO",)),
    ("my knees hurt going up stairs", ("ORTHO", "RHEUM")),
    # Bleeding gums or nosebleeds with no blood thinner.
    ("刷牙牙龈出血，没吃什么药", ("DENT",)),
    ("bleeding gums when I brush, not on any medication", ("DENT",)),
    ("经常流鼻血，一个月好几次", ("ENT",)),
    ("nosebleeds a lot this winter", ("ENT",)),
    # Mental health said as such.
    ("I've been struggling with my mental health since the divorce", ("PSY",)),
    # Another muscle enzyme (肌酸激酶 is no 肌酸酐).
    ("肌酸激酶高，肌肉酸痛", ("GP", "RHEUM", "NEURO", "CARD", "ORTHO")),
    # Palpitations with a normal ECG and no dread; chest pain on effort.
    ("心慌，心电图正常，但一阵阵心跳特别快", ("CARD",)),
    ("ECG was normal but I still get chest pain when I walk uphill", ("CARD",)),
    ("心脏彩超正常，但是一直胸闷，怕是冠心病", ("CARD",)),
    # An old stroke and a new symptom; a refill fetched.
    ("前年中风，最近右手发麻", ("NEURO",)),
    # The pharmacy fills it, the illness's clinic prescribes it again: either desk.
    ("中风以后一直吃的药吃完了，来拿药", ("PHARM", "NEURO")),
    # Shark fin eaten, a rash after.
    ("昨晚吃了鱼翅，今天起了一身疹子", ("DERM", "ALLERGY")),
    # A cancer diagnosed stays the cancer team's.
    ("确诊甲状腺癌，医生叫我复查", ("ONC", "ENDO", "GS")),
    # Chinese medicine tried without help; cold hands and scanty periods with none asked for.
    ("吃过中药，没什么用，月经还是很少", ("GYN",)),
    ("手脚冰凉，月经量少", ("GYN",)),
    # A fish bone in the throat stays ENT's (no splinter).
    ("鱼刺卡在喉咙，咽口水疼", ("ENT",)),
    # An old near-drowning and the ears now.
    ("I nearly drowned last summer, now my ears feel blocked", ("ENT",)),
    # A shadow on the lung is the scan's, no fear's.
    ("肺上有阴影，医生叫我复查", ("RESP", "THOR", "ONC", "IMG")),
    # A temperature said normal.
    ("体温正常，嗓子疼", ("ENT",)),
    # A miner's back; mineral water.
    ("在煤矿上班，腰疼了一个月", ("ORTHO",)),
    ("矿泉水喝多了拉肚子", ("GI",)),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("腿摔断了，骨头都露出来了，有轮椅吗", 40),
    ("食緊薄血藥，屙黑色嘅屎，頭暈", 80),
    ("吃着华法林，摔了一跤撞到头，现在头疼想吐", 75),
    ("鱼刺卡在喉咙，现在喘不上气，说不出话", 50),
    ("心慌胸口痛，出冷汗，心电图以前都正常", 55),
    ("老伴以前中过风，今天突然嘴歪了说话不清楚", 75),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
