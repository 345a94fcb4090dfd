"""The wrong desks of the one hundred and fifty-fourth to the one hundred and fifty-seventh
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit 4709c96): 6, 6, 7 and 4 wrong desks of this kind (23, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- just arrived at altitude (or on the plateau) with a headache and broken sleep or quicker
  breathing, eating and walking: mild altitude sickness, general practice;
- going to altitude again after a high-altitude pulmonary oedema, asking what to check or take:
  the chest clinic (going up with no past illness: general practice; a heart condition: the
  heart clinic);
- a tooth named and its pain said in the next breath ("牙，疼"), or a cheek swollen by an aching
  tooth: the dentist, not the kidneys' swelling;
- fear in a car, nightmares or flashbacks since an accident, weeks on: psychiatry;
- known hyperthyroidism with the tablets run out or the heart racing: the endocrine clinic;
- a certificate of fitness for a trek, a climb or a dive: the health-check centre (an
  examination first), as earlier files have it, not the records office;
- a flank ache with cloudy urine, drinking little: urology;
- a copy of the records of a stay or an operation asked for, the operation named in between, or
  the papers to bring for it asked: the records office, not the operation's surgeons;
- a doctor's note (医生纸, 病假条) an insurer wants: the records office, not the insurer's forms;
- pregnant some weeks said with a hedge ("懷咗大約兩個月"): obstetrics;
- lips or tongue tingling numb after Sichuan pepper or a hotpot: general advice, no burn;
- an inhaler run out or left behind, well now: the chest clinic;
- a school's health form to fill in and stamp: the health-check centre, at any age;
- a bill run up in another town brought back for the scheme to reimburse: the insurance office,
  not the cashier for its invoices;
- a blood test's result slip to fetch (the kiosk not understood), or where blood is taken on a
  doctor's form and whether to fast: the laboratory, not the cashier's kiosk or the doctor named;
- sleepless with a pounding heart in the last school year or before exams: psychiatry;
- a child who "complains" her ear hurts after swimming: the ear clinic, no complaint;
- direct billing asked for with an insurer: the cashier, whatever papers the insurer wants beside
  it (an itemised receipt the insurer is said to want stays the insurance office's, as taught
  before);
- paying later, or what a visit for a fever costs, no temperature said: the cashier;
- a touch of heat exhaustion yesterday, better now, only tired: general practice;
- mosquito bites with dengue asked about in pregnancy: obstetrics or infection, not the skin;
- a late period with a test that says no ("验过没怀上"): gynaecology, not the fertility clinic.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "just arrived at altitude, a headache with poor sleep or quick breathing (general practice)": [
        ("昨天刚到拉萨，头胀胀的疼，夜里醒了好几次，还能吃能走", ("GP", "RESP"), 30),
        ("才到兩天，頭脹脹的，晚上睡不安穩，爬樓梯會喘", ("GP", "RESP"), 40),
        ("啱啱上咗高原，頭痛得緊，夜晚瞓唔好", ("GP", "RESP"), 35),
        (
            "we just arrived yesterday, I have a headache and keep waking up at night, a bit short of breath on the stairs",
            ("GP", "RESP"),
            32,
        ),
    ],
    "going to altitude again after an altitude pulmonary oedema (the chest clinic)": [
        ("三年前爬雪山得过高原肺水肿，这次还想去珠峰大本营，需要先做哪些检查", ("RESP", "GP"), 45),
        ("先生以前去青海有過高山肺水腫，這回要去西藏，有什麼預防的方法", ("RESP", "GP"), 50),
        (
            "I had HAPE in Nepal two years ago and I'm going trekking at altitude again, what should I do before the trip",
            ("RESP", "GP"),
            38,
        ),
    ],
    "a toothache said in pieces, the cheek swollen (the dentist)": [
        ("牙，疼，两天了，晚上更疼，脸也有点肿", ("DENT",), 50),
        ("這顆牙，很痛，吃東西不行，半邊臉腫起來", ("DENT",), 45),
        ("my tooth. very pain. three days, cheek swollen little", ("DENT",), 40),
    ],
    "fear and nightmares since an accident (psychiatry)": [
        ("去年出了交通事故以后，一上车就手心出汗，晚上老是做噩梦", ("PSY",), 34),
        ("半年前撞車之後，一聽到剎車聲就發抖，晚上常做惡夢", ("PSY",), 28),
        (
            "ever since the crash in the spring I get nightmares and panic whenever I get in a car",
            ("PSY",),
            31,
        ),
    ],
    "known hyperthyroidism, tablets run out or the heart racing (the endocrine clinic)": [
        ("甲亢一直在吃他巴唑，这次出门忘了带药，心有点慌", ("ENDO",), 38),
        ("診斷葛瑞夫茲病兩年，甲亢藥這週吃完了", ("ENDO",), 44),
        (
            "I have an overactive thyroid and ran out of my tablets while travelling, my heart is racing a bit",
            ("ENDO",),
            36,
        ),
    ],
    "a certificate of fitness for a trek, a climb or a dive (the health-check centre)": [
        ("要去登山，俱乐部要一张身体适合登山的证明，要盖章", ("PREV", "GP"), 35),
        (
            "need a medical cert that I'm fit to dive for the scuba course, where can I get checked",
            ("PREV", "GP"),
            29,
        ),
        (
            "the trekking company wants a signed letter that I am fit to hike at altitude",
            ("PREV", "GP"),
            42,
        ),
    ],
    "a flank ache with cloudy urine (urology)": [
        ("跑长途很少喝水，这两天左腰酸，小便看着发浑", ("URO", "NEPH"), 45),
        ("腰側痛痛的，小便有點混濁，最近都沒怎麼喝水", ("URO", "NEPH"), 50),
        (
            "dull ache in my right side and my urine looks cloudy, I haven't been drinking much",
            ("URO", "NEPH"),
            40,
        ),
    ],
    "a copy of the records of a stay or an operation, for an insurer (the records office)": [
        ("我需要前年胆囊手术那次的住院病历复印件，理赔用", ("RECORDS",), 50),
        ("帮我妈复印一下她上个月骨折住院的病历，需要带身份证吗", ("RECORDS",), 30),
    ],
    "a doctor's note for an insurer (the records office)": [
        ("老細要醫生紙，證明我上星期病咗冇返工", ("RECORDS", "CS", "GP"), 35),
        ("保险公司要病假条，证明我住院那几天没上班，在哪开", ("RECORDS", "CS", "GP"), 40),
    ],
    "pregnant some weeks, said with a hedge (obstetrics)": [
        ("太太懷咗大約兩個月，想預約產檢", ("OB", "GYN"), 30),
        ("我怀孕大概八周了，想建个档做检查", ("OB", "GYN"), 29),
    ],
    "lips tingling numb after Sichuan pepper or a hotpot (general advice)": [
        ("吃了麻辣火锅，嘴唇一直发麻，是花椒的原因吗", ("GP", "ALLERGY"), 26),
        ("吃了很多花椒，舌頭麻麻的，這樣正常嗎", ("GP", "ALLERGY"), 30),
        (
            "my mouth went all fizzy and numb after a bowl of mala noodles, is that normal",
            ("GP", "ALLERGY"),
            28,
        ),
    ],
    "an inhaler run out, a refill wanted (the chest clinic)": [
        ("我的哮喘喷雾用完了，现在没什么症状，想再开一支", ("RESP", "PHARM"), 40),
        ("萬托林用完了，人沒事，想再拿一支", ("RESP", "PHARM"), 36),
        (
            "left my salbutamol inhaler at home, I'm okay now but need a new one before the flight",
            ("RESP", "PHARM"),
            33,
        ),
    ],
    "a school's health form to fill in and stamp (the health-check centre)": [
        ("女儿九月上一年级，学校发的健康检查表要医院填好盖章", ("PREV",), 6),
        ("學校發了一張體檢表，要蓋醫院的章，去哪裡檢查", ("PREV",), 7),
        (
            "the school gave us a medical form for school that the hospital has to stamp, where do we go",
            ("PREV",),
            12,
        ),
    ],
    "a bill run up elsewhere, brought back to be reimbursed (the insurance office)": [
        ("老家是新农合，去年在省城做了手术，单据都留着，能报销多少", ("INSUR",), 60),
        ("在外縣市看病花了錢，健保可以報嗎，收據要拿去哪", ("INSUR",), 45),
        (
            "we paid a clinic in another city, can our insurance reimburse it, I have the receipts",
            ("INSUR",),
            35,
        ),
    ],
    "a blood test's result slip, where to fetch it (the laboratory)": [
        ("上周验了血，结果单是自己打印还是去窗口取", ("LAB", "CS"), 70),
        ("前幾天驗的血，報告單要去哪裡拿", ("LAB", "CS"), 65),
        ("had a blood test on Monday, where do I collect the results slip", ("LAB", "CS"), 50),
    ],
    "where blood is taken on a doctor's form, fasting or not (the laboratory)": [
        ("儿科医生开了抽血单，抽血在几楼，要空腹吗", ("LAB",), 8),
        (
            "the paediatrician ordered blood work, where is blood taken and should she skip breakfast",
            ("LAB",),
            7,
        ),
        ("醫生開了驗血單，抽血在哪裡，要不要空腹", ("LAB",), 40),
    ],
    "sleepless with a pounding heart in the last school year (psychiatry)": [
        ("高三压力大，每天晚上心跳得很快睡不着，早上起不来，不想上学", ("PSY",), 17),
        ("明年要考學測，晚上心跳很快一直睡不著，白天頭腦昏昏", ("PSY",), 17),
        (
            "final exams are coming, she lies awake till 3am with her heart pounding and doesn't want to go to school",
            ("PSY",),
            17,
        ),
    ],
    "a child's ear sore after swimming, the word complain (the ear clinic)": [
        ("孩子这几天天天游泳，现在说耳朵疼，一碰就疼，没发烧", ("ENT", "PED"), 9),
        (
            "he complains his ear hurts since swimming lessons this week, no temperature",
            ("ENT", "PED"),
            7,
        ),
        ("佢成個星期去游水，依家話耳仔痛，一掂就痛", ("ENT", "PED"), 10),
    ],
    "direct billing asked for with an insurer (the cashier)": [
        (
            "can you bill my insurance directly? I'm covered by an international plan",
            ("BILL", "CS"),
            45,
        ),
        ("想問你哋醫院有冇direct billing，我係海外保險，保險公司要張明細單", ("BILL", "CS"), 38),
        ("does the hospital do direct billing with my travel insurer", ("BILL", "CS"), 52),
    ],
    "paying later, or what a visit for a fever costs (the cashier)": [
        ("今天出门忘了带钱包，能不能看完病再付钱", ("BILL", "CS"), 40),
        ("看发烧一般收多少钱，我还没决定看不看", ("BILL", "CS"), 30),
        (
            "I don't have enough money on me, can I pay later after seeing the doctor",
            ("BILL", "CS"),
            28,
        ),
    ],
    "a touch of heat exhaustion, better now, only tired (general practice)": [
        ("前天在工地中暑了，歇了一晚缓过来了，今天人还是软绵绵的", ("GP", "TCM"), 40),
        ("昨天有點中暑，休息一晚好了，今天全身沒力", ("GP", "TCM"), 30),
        (
            "got a bit of heat exhaustion at the festival yesterday, better now but still washed out",
            ("GP", "TCM"),
            24,
        ),
    ],
    "mosquito bites in pregnancy, dengue asked (obstetrics or infection)": [
        ("孕中期，这边登革热多，身上好几个蚊子包，要不要验个血", ("OB", "INFECT"), 30),
        ("我有身孕，去了趟東南亞被蚊子叮，擔心登革熱", ("OB", "INFECT"), 31),
        (
            "I'm 20 weeks pregnant and got loads of mosquito bites, no fever, should I be tested for dengue",
            ("OB", "INFECT"),
            29,
        ),
    ],
    "a late period with a test that says no (gynaecology)": [
        ("大姨妈推迟一个多星期了，测过没怀上，小肚子胀胀的", ("GYN",), 28),
        ("這個月月經還沒來，晚了十幾天，驗孕是陰性", ("GYN",), 30),
        (
            "my period is ten days late and the test says I'm not pregnant, lower tummy feels heavy",
            ("GYN",),
            26,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("头疼好几天了", ("NEURO",), 40),
    ("高反的药吃完了，乙酰唑胺去哪拿", ("PHARM",), 35),
    ("我爸有心脏病放过支架，要去西藏，平时的药能照吃吗", ("CARD",), 68),
    ("脸肿，腿也肿，尿里有泡沫", ("NEPH",), 55),
    ("牙疼了三天", ("DENT",), 30),
    ("一坐车就晕车想吐", ("GI", "ENT", "NEURO", "GP"), 30),
    ("晚上老做梦，睡不踏实", ("PSY",), 40),
    ("甲亢，脖子粗，想查一下", ("ENDO",), 35),
    ("我需要一张医生证明，证明我上周生病没上班", ("RECORDS",), 30),
    ("28 weeks pregnant and need a fit to fly letter", ("OB",), 30),
    ("尿频尿急，尿的时候疼", ("URO",), 30),
    ("保险理赔表格要填，在哪个窗口", ("INSUR",), 30),
    ("吃火锅以后拉肚子", ("GI",), 30),
    ("哮喘最近发作得多，想复查一下", ("RESP",), 40),
    ("入职体检在哪里做", ("PREV",), 25),
    ("医保卡怎么用", ("INSUR",), 40),
    ("我想补打一张收据", ("BILL",), 30),
    ("孩子发烧咳嗽两天", ("PED",), 5),
    ("I want to make a complaint about a rude nurse", ("CS",), 40),
    # An itemised receipt is the cashier's; one the insurer is said to want the insurance office's.
    ("I need an itemised receipt for my visit yesterday", ("BILL",), 35),
    ("the insurance company wants an itemised receipt", ("INSUR",), 35),
    ("发烧两天了，三十八度五", ("FEVER",), 30),
    ("被蚊子咬了好多包，很痒", ("DERM",), 30),
    ("备孕一年多了一直没怀上", ("REPRO",), 32),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("刚到拉萨，头痛得厉害，走路东倒西歪，说话也糊涂了", 35),
    ("my friend just arrived at altitude and is coughing pink frothy sputum, can't lie flat", 30),
    ("高原上喘得厉害，坐着不动也喘，嘴唇发紫", 40),
    ("牙疼，脸肿到脖子，张不开嘴，喘不上气", 40),
    ("刚才出车祸，头撞了，一直在流血，人迷迷糊糊的", 30),
    ("甲亢的人，现在胸口压着痛，出冷汗", 50),
    ("吃了火锅嘴唇舌头肿起来，喘不上气", 28),
    ("中暑了，人叫不醒，身上很烫不出汗", 40),
    ("怀孕五个月，肚子剧痛，下面一直流血", 29),
    ("月经推迟两周，突然小肚子剧痛，晕倒了", 27),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
