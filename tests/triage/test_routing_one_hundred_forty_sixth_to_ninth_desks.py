"""The wrong desks of the one hundred and forty-sixth to the one hundred and forty-ninth
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit ea5cd92): 1, 1, 3 and 4 wrong desks of this kind (9; 8 taught here, one left:
a stray dog's small bite with rabies shots asked stays the vaccination clinic's, as in every
earlier file).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- 嗓子眼 (the throat) is no eye: a tickly throat with a cough worse lying down is the chest
  clinic's, not the eye clinic's;
- a sick note re-issued together with its receipt (病假纸, 病假条, for the employer): the records
  office's, not the cashier's; a receipt alone stays the cashier's;
- a neck stiff or clicking for years with fingers numb now and then: the cervical spine
  (orthopaedics), not neurology; with a fever or a headache the red flags win;
- an insurer's claim form to fill in, with the receipts and a diagnosis to attach: the insurance
  office's; a certificate or a copy of records for an insurer stays the records office's;
- an old person seeing people in the room at night or looking for a parent dead for decades,
  well by day: psychiatry's (a night-time confusion), not a fallback;
- dentures rubbing the gums raw (假牙磨牙床): the dentist's, not the surgical dressing clinic's;
- weight lost over months with fullness after a little food or bowels changed: the gut clinic's,
  not the endocrine clinic's (thirst, heat or a racing heart keep it there);
- a pressure sore (压疮, 褥疮, a bedsore) in someone mostly in bed: general surgery's wound
  clinic, not the burns unit's.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a tickly throat with a cough worse lying down (the chest clinic)": [
        ("嗓子眼老是发痒，一躺下就干咳，已经咳了半个多月", ("RESP", "GP"), 35),
        ("喉嚨癢癢的，乾咳快三個禮拜，晚上一躺平就咳個不停", ("RESP", "GP"), 40),
        (
            "a tickly dry cough for three weeks now, much worse once I lie down at night",
            ("RESP", "GP"),
            30,
        ),
    ],
    "a sick note re-issued with its receipt (the records office)": [
        ("想补开一张病假条，连收据一起，单位要", ("RECORDS", "CS"), 30),
        ("請問可以補發病假單跟收據嗎？公司人事要看", ("RECORDS", "CS"), 35),
        ("唔該我想再攞多張醫生紙同收據，公司要嘅", ("RECORDS", "CS"), 40),
        (
            "could I get my sick note and the receipt printed again for my employer",
            ("RECORDS", "CS"),
            28,
        ),
    ],
    "a stiff clicking neck with numb fingers (the cervical spine)": [
        (
            "脖子僵了好几年，转头咔咔响，手指头偶尔发麻，不着急，想查查",
            ("ORTHO", "REHAB", "PAIN"),
            45,
        ),
        ("頸部硬了好多年，轉頭會喀喀響，左手手指有時候麻麻的", ("ORTHO", "REHAB", "PAIN"), 50),
        (
            "my neck has been stiff for years and crunches when I turn, sometimes my fingers go numb",
            ("ORTHO", "REHAB", "PAIN"),
            48,
        ),
    ],
    "an insurer's claim form with receipts and a diagnosis (the insurance office)": [
        ("旅游保险的理赔表格要填，还要附收据和诊断，找哪个窗口", ("INSUR", "CS"), 30),
        ("保險理賠表格要填，收據同診斷都要附上，去邊度問", ("INSUR", "CS"), 35),
        (
            "I have a form to be filled out for my travel insurance claim, with receipts and the diagnosis",
            ("INSUR", "CS"),
            32,
        ),
    ],
    "an old person seeing people at night, looking for the long dead (psychiatry)": [
        ("我爸一到晚上就说屋里站着人，白天倒是清楚的", ("PSY", "GERI", "NEURO"), 82),
        (
            "阿嬤晚上都不睡，一直要出門找她媽媽，她媽媽已經過世三十幾年了",
            ("PSY", "GERI", "NEURO"),
            85,
        ),
        (
            "grandpa keeps seeing people in the room at night who aren't there, he is fine in the daytime",
            ("PSY", "GERI", "NEURO"),
            84,
        ),
    ],
    "dentures rubbing the gums raw (the dentist)": [
        ("新配的假牙磨牙床，磨出好几个小口子，吃东西疼", ("DENT",), 72),
        ("假牙戴了會磨到牙肉，破了好幾個洞，只能吃稀飯", ("DENT",), 78),
        ("my dentures keep rubbing and there are sore spots on my gums", ("DENT",), 75),
    ],
    "weight lost with early fullness or bowels changed (the gut)": [
        ("我爸半年瘦了六七斤，吃一点就胀，大便也不顺", ("GI", "GERI", "ONC"), 70),
        ("媽媽這幾個月瘦了好多，吃幾口就飽，大便也不規律", ("GI", "GERI", "ONC"), 68),
        (
            "mum has lost about five kilos in six months, feels full after a few bites and her bowels are off",
            ("GI", "GERI", "ONC"),
            74,
        ),
    ],
    "a pressure sore in someone mostly in bed (general surgery)": [
        ("我奶奶卧床两年了，尾骨上的褥疮越来越大", ("GS", "DERM", "GERI"), 90),
        ("阿公長期躺床，屁股上的壓瘡一直好不了", ("GS", "DERM", "GERI"), 86),
        (
            "my father is bedbound and the bedsore on his hip keeps getting bigger",
            ("GS", "DERM", "GERI"),
            89,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # An itchy, watery eye stays the eye clinic's.
    ("眼睛痒，一直流眼泪", ("OPH",), 30),
    # A receipt alone is the cashier's; a sick note alone the records office's.
    ("我想补打一张收据", ("BILL",), 30),
    ("请问病假条在哪里开", ("RECORDS", "CS"), 30),
    # The same papers for an insurer stay the insurance office's.
    ("保险公司要病假条和收据，去哪里弄", ("INSUR",), 35),
    # A stiff neck alone stays orthopaedics'; numb hands alone stay neurology's.
    ("脖子僵硬，转头咔咔响", ("ORTHO",), 40),
    ("最近手老是发麻", ("NEURO",), 50),
    # A certificate or a copy of records for an insurer stays the records office's.
    ("保险公司理赔要诊断证明书，去哪里开", ("RECORDS", "CS"), 40),
    ("我要复印住院病历，保险理赔用", ("RECORDS",), 40),
    # A young man hearing voices stays psychiatry's.
    ("我弟弟最近总说听到有人跟他说话", ("PSY",), 25),
    # Shoes rubbing a heel raw stays a wound; a toothache the dentist's.
    ("骑车骑得大腿内侧磨破了", ("GS",), 30),
    ("牙齿疼了好几天", ("DENT",), 30),
    # Weight lost with thirst and passing much water stays the endocrine clinic's.
    ("最近口渴多尿，还瘦了好几斤", ("ENDO",), 50),
    # A burn stays the burns unit's.
    ("手被开水烫伤了，起了水泡", ("BURN",), 30),
    # A dog's small bite with rabies shots asked stays the vaccination clinic's.
    ("被邻居家的狗咬了一口，破了点皮，要打狂犬疫苗吗", ("PREV",), 30),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("脖子僵硬，发高烧，头痛得厉害，一直吐", 25),
    ("my neck is stiff and I have a high fever and a terrible headache", 22),
    ("我爸瘦了好多，今天拉黑便，站起来就晕倒了", 72),
    ("奶奶的褥疮流脓，发高烧，人已经叫不醒了", 90),
    ("老人假牙掉进喉咙里了，喘不上气", 80),
    ("我老伴今天突然糊涂了，说话说不清楚，一边手没力", 78),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
