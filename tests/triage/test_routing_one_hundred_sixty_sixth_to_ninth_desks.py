"""The wrong desks of the one hundred and sixty-sixth to the one hundred and sixty-ninth
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit cf89972): 3, 3, 3 and 2 wrong desks of this kind (11); ten taught here. The
eleventh, a dog bite asking for rabies shots that the file sends to infection or surgery, is left
at the vaccination clinic (PREV), where some thirty earlier cases send rabies shots.

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- medical insurance from a county, a banner or another province, asked whether a stay here is
  settled directly, or an old slip that wants a stamp: the insurance office, not admissions or
  the records office;
- a cyst in the liver said to look like a hydatid (echinococcal) cyst: the infection clinic, as an
  earlier file has it (this file accepts general surgery too);
- a carer of a parent or a spouse (dementia, a stroke) at the end of their strength, sleepless,
  the heart racing, the temper short: psychiatry for the carer, not the patient's neurology;
- a care home's entry medical with blood, a chest X-ray and an ECG: the health-check centre;
- an antidepressant (sertraline and its kin) started a week or two ago, with loose stools,
  jitteriness or poor sleep: psychiatry (or the pharmacist), not the digestive clinic;
- the thumb and index finger numb at night, waking with it, after years of repetitive work
  (carpal tunnel): orthopaedics, neurology or rehabilitation, not the sleep clinic;
- paying out of pocket where one's card or insurance does not apply (an exchange student), asking
  where to pay: the cashier;
- tired, pale and breathless on stairs, with bleeding gums or bruises, in a young adult: a blood
  count (haematology or general practice), not the dentist;
- a fish bone (or a bone) stuck in the throat, breathing well: the ear-nose-throat clinic, not
  the digestive clinic's swallowed objects at III;
- sleepless, nightmares, the scene seen again and a racing heart since finding a dead body:
  psychiatry, not the heart clinic.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "insurance from elsewhere settled here, or a stamp on a claim slip (the insurance office)": [
        ("我们是县里的新农合，这次在你们这住院，出院的时候能直接结算吗", ("INSUR",), 58),
        ("老家的医保在这边看病能不能直接报，去年那张报销单还差个章", ("INSUR",), 63),
        ("我的健保是外縣市的，在這裡住院可以直接報嗎，舊的單據要找誰蓋章", ("INSUR",), 55),
        (
            "my insurance is from my home county, can the hospital stay be settled here directly",
            ("INSUR",),
            47,
        ),
    ],
    "a liver cyst that may be hydatid (the infection clinic)": [
        ("体检B超发现肝脏有个囊肿，医生怀疑是包虫病，要手术吗", ("INFECT", "GS"), 42),
        ("鄉下醫院照超音波說肝裡有個水泡，可能是包蟲，叫我們來大醫院", ("INFECT", "GS"), 50),
        (
            "the scan showed a cyst in his liver and they think it could be hydatid, which clinic should we book",
            ("INFECT", "GS"),
            38,
        ),
    ],
    "a carer worn out by looking after a relative (psychiatry)": [
        (
            "我一个人照顾中风的老公三年了，我自己最近整夜睡不着，心跳很快，动不动就发火",
            ("PSY", "GP"),
            60,
        ),
        ("照顧失智的媽媽好幾年，我自己快撐不住了，常常心慌想哭，想找人談談", ("PSY", "GP"), 52),
        (
            "I've been caring for my mum with Alzheimer's for years and I'm exhausted, can't sleep, my heart races and I snap at everyone",
            ("PSY", "GP"),
            48,
        ),
    ],
    "a care home's entry medical (the health-check centre)": [
        ("我爸要住进养老院，那边要求先做个体检，抽血、胸片、心电图都要", ("PREV",), 80),
        ("護老院說入住之前要交一份身體檢查報告，要照肺同心電圖", ("PREV",), 78),
        (
            "the care home wants a medical before she moves in, bloods, a chest x ray and an ECG, where do we go",
            ("PREV",),
            84,
        ),
    ],
    "side effects of an antidepressant just started (psychiatry or the pharmacist)": [
        ("吃舍曲林十来天，老是拉肚子，人也有点坐立不安，这正常吗", ("PSY", "PHARM"), 27),
        ("一直在吃舍曲林，想复诊再开点药", ("PSY", "PHARM"), 35),
        ("開始吃百憂解一個星期，晚上睡不著，手有點抖，要不要停藥", ("PSY", "PHARM"), 33),
        (
            "started escitalopram ten days ago and my stomach is upset and I feel shaky and restless, should I keep taking it",
            ("PSY", "PHARM"),
            30,
        ),
    ],
    "thumb and index finger numb at night (carpal tunnel: orthopaedics, neurology, rehabilitation)": [
        (
            "天天打字，最近右手大拇指和食指一到晚上就发麻，经常半夜麻醒",
            ("ORTHO", "NEURO", "REHAB"),
            38,
        ),
        ("在工廠鎖螺絲好幾年，晚上手指麻到醒過來，要甩一甩才好", ("ORTHO", "NEURO", "REHAB"), 45),
        (
            "my thumb and index finger go numb at night and wake me up, I have to shake my hand, I work on an assembly line",
            ("ORTHO", "NEURO", "REHAB"),
            41,
        ),
    ],
    "paying out of pocket, where to pay (the cashier)": [
        ("我是外国留学生，没有这里的医保，自费看病在哪里交钱", ("BILL", "CS"), 22),
        ("我係嚟交流嘅，冇本地保險，自費掛號去邊度俾錢", ("BILL", "CS"), 21),
        (
            "I'm a visiting student with no local insurance, where do I pay if I pay out of pocket",
            ("BILL", "CS"),
            23,
        ),
    ],
    "tired, pale, breathless with bleeding gums or bruises (haematology)": [
        ("最近总是很累，同事说我脸色苍白，爬两层楼就喘，刷牙时牙龈会渗血", ("HEME", "GP"), 25),
        ("這陣子很容易累，臉色很白，走樓梯會喘，身上常常有瘀青", ("HEME", "GP"), 23),
        (
            "I've been exhausted for weeks, everyone says I look pale, I get breathless on stairs and my gums bleed",
            ("HEME", "GP"),
            26,
        ),
    ],
    "a fish bone or a bone stuck in the throat, breathing well (the ear-nose-throat clinic)": [
        ("中午吃鱼一根刺卡到喉咙了，咽口水就刺一下，喘气没问题", ("ENT",), 45),
        ("食雞嗰陣有條骨卡住喉嚨，吞口水就痛，講嘢呼吸都冇事", ("ENT",), 50),
        (
            "a fish bone got stuck in my throat at dinner, it pricks when I swallow, I can breathe and talk fine",
            ("ENT",),
            40,
        ),
    ],
    "sleepless and reliving it since finding a dead body (psychiatry)": [
        ("上个月在河边看到一具浮尸，之后一直睡不着，一闭眼就是那个画面", ("PSY",), 35),
        ("那天發現鄰居倒在家裡已經走了好幾天，看到遺體之後晚上都做噩夢，心跳很快", ("PSY",), 44),
        (
            "ever since I found a dead body on the beach I keep seeing it at night and my heart races, I need someone to talk to",
            ("PSY",),
            29,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("出院手续在哪里办", ("ADMIT",), 50),
    ("复印病历要盖章，在哪个窗口", ("RECORDS",), 40),
    ("医保卡怎么用", ("INSUR",), 40),
    ("乙肝小三阳，想复查一下", ("INFECT",), 40),
    ("我爸老年痴呆越来越重，晚上不睡觉，挂哪个科", ("NEURO", "GERI", "PSY"), 78),
    ("入职体检在哪里做", ("PREV",), 25),
    ("拉肚子两天了，一天五六次", ("GI",), 30),
    ("抑郁症复诊，想调一下药", ("PSY",), 30),
    ("腰椎间盘突出，腿有点麻", ("ORTHO",), 50),
    ("我想补打一张收据", ("BILL",), 30),
    ("刷牙的时候牙龈出血", ("DENT",), 30),
    ("保险理赔表格要填，在哪个窗口", ("INSUR",), 30),
    ("晚上老做梦，睡不踏实", ("PSY",), 40),
    ("嗓子疼两天了，咽口水都疼", ("ENT",), 30),
    ("心慌，心跳很快，有时候漏跳", ("CARD",), 55),
    ("can you bill my insurance directly", ("BILL", "CS"), 45),
    ("被狗咬了，要打狂犬疫苗", ("PREV",), 30),
    ("My heart races when I walk up a hill", ("CARD",), 55),
    ("我妈有老年痴呆，晚上不睡觉到处走，我在照顾她，挂哪个科", ("NEURO", "GERI", "PSY"), 45),
    ("中风以后右手手指一直麻", ("NEURO",), 66),
    ("自费的话能报销吗", ("INSUR",), 40),
    ("养老院的老人咳嗽几天了", ("GERI", "RESP"), 85),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    (
        "I've been looking after my dad with dementia and I'm exhausted, I've been thinking of killing myself",
        52,
    ),
    ("吃了一整瓶舍曲林，现在人迷迷糊糊的", 25),
    ("突然右手发麻没力气，嘴角歪了，说话不清楚", 60),
    ("鱼刺卡住以后胸口剧痛，吐了血", 55),
    ("脸色苍白，牙龈一直出血止不住，身上大片瘀斑，发高烧", 24),
    ("my friend was pulled out of the water not breathing", 30),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
