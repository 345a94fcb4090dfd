"""Four general days written blind in the second round of the session that began at `3506417` (a
Tuesday of tech parks and delivery riders in Shenzhen, a Sunday on the river in Tamsui, a Friday
evening in Mong Kok, a Wednesday of new arrivals at altitude in Lhasa; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `07bbe50`: top-1 56, 56,
54 and 49 of 60 (215 of 240, 89.6 %), 78 of 80 emergencies (97.5 %), 7 false alarms of 160
(4.4 %). Read then: 235, 80 and none (the floors below).

Red flags: a feverish baby asleep all day with mottled skin ("皮肤一块一块花花的") or a nappy dry
since noon; a headache with a drunk man's walk and "asked me what city we're in" (a headache
with confusion or a stagger, a rule of its own).

False alarms: an e-bike on its side with a graze (an e-bike or a bicycle overturned is major
trauma only with a limb that will not move, a faint, vomiting or a bleed that will not stop); a first
trip to Tibet ("头一回来西藏" is no first-ever headache); lips purple all year round at
altitude (a blood count's, not breathlessness); a chest sore to press after carrying a pack
and prostrating at the Potala (按到…就疼, 磕长头 is no head injury).

Desks: the emergency department named as a visit already made ("来的你们急诊", "送过你们急诊",
"I was in your emergency room"; the emergency doctor who sent them on); gout in Cantonese (脚公
趾) and a big toe red hot and swollen over two clauses; Hokkien's knee (跤头趺, no head); a
bag (袋仔) forgotten on a chair; Cantonese admission (留院 … 手续); sour water welling up; a
stroke of last year with training sought; a scan not needed and its refund (a rule of its own);
black stools on iron tablets (a rule of its own); a job's check with its tests listed (心电图、
胸片 is the check's, not the heart's).

Left: a father's stroke told by a daughter afraid of her own blood pressure (the father's
stroke outweighs her pressure); a Hokkien bag "袂記得提" (a forgotten bag, read as forgetting);
a chest strain in English (the writer chose orthopaedics, the rules the GP); a travel insurer's
form to be filled by the doctor and a diagnosis and receipt asked together (the writer chose the
insurance desk and records; the rules records and billing).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("bb发烧成日瞓，尿片由朝到而家都系干的", 1),
    (
        "Just flew in this morning, bad headache and now she's stumbling and asked me what city we are in",
        40,
    ),
]
LOOK_ALIKES = [
    ("半夜腰疼得打滚来的你们急诊，说是肾结石，急诊大夫让今天再挂个号", ("URO",), 45),
    (
        "I was in your emergency room Friday night with a kidney stone, they said to see a specialist this week. Pain's gone. Which desk?",
        ("URO",),
        40,
    ),
    ("琴日饮咗酒，今朝脚公趾又红又肿，痛到唔掂得", ("RHEUM",), 50),
    (
        "Big toe joint woke me up in the night, red hot and swollen, can't bear the blanket",
        ("RHEUM",),
        55,
    ),
    ("骑电动车侧翻了，手肘擦破皮，头没碰着，想清洗一下", ("GS",), 30),
    ("我把袋仔放在候诊的椅子上忘记拿了", ("CS",), 60),
    ("阮跤头趺足疼，落楼梯卡痛", ("ORTHO",), 70),
    ("医生话阿爸要留院，叫我去办手续，要带咩", ("ADMIT",), 75),
    ("食完煎炸嘢，心口好似有酸水涌上嚟，有啲烧", ("GI",), 45),
    ("我爸去年中风，现在走路拖着腿，想找地方给他做做训练", ("REHAB",), 70),
    ("刚到拉萨，头一回来高原，头有点疼，晚上睡不好", ("GP",), 30),
    ("医生说这个核磁不用做了，钱交了能退不", ("BILL",), 50),
    (
        "背着大包爬了一天山，今天左边胸口按到那一块就疼，抬胳膊也疼，不喘也没出汗",
        ("ORTHO", "GP"),
        35,
    ),
    ("贫血吃铁剂吃了几天，大便发黑，冇肚痛", ("GI",), 40),
    ("在高原住了二十年，嘴唇一年到头都是紫的，说我血红蛋白高", ("HEME",), 50),
    ("单位派我出国，要一份体检报告，心电图、血常规都要", ("PREV",), 24),
]

TestHeldOutShenzhenTamsuiMongKokLhasa = taught_theme_tests(
    {
        "routing-shenzhen-tuesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-tamsui-sunday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-mong-kok-friday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-lhasa-wednesday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
