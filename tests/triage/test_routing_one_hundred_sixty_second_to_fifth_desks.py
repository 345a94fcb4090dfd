"""The wrong desks of the one hundred and sixty-second to the one hundred and sixty-fifth
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit cf89972): 3, 3, 4 and 6 wrong desks of this kind (16, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- the first days in a town with a heavy head and broken sleep, altitude sickness asked by name
  (高山症): general practice;
- a thorn or a splinter weeks ago and now lumps climbing up the arm in a line (sporotrichosis):
  the skin clinic, not the surgeons' for a thorn still stuck;
- a traveller's diarrhoea with a slight fever said as yesterday's, a stool test wanted: the
  stomach clinic, not the fever clinic; "not really feverish" is no fever;
- ankles a little swollen after a long flight, both sides, going down: general practice;
  ankles swollen on amlodipine (flying or not): the heart clinic;
- a job's medical (入职体检, 入職健檢) with where to pay or what it checks (blood, an X-ray): the
  health-check centre, not the cashier, the laboratory or imaging;
- urgency, getting up at night to pass water, not emptied, a sting, in Cantonese: urology;
- strong tea or coffee every day and the heart racing: the heart clinic, not psychiatry for the
  poor sleep beside it;
- a prescription in hand, where the pharmacy is, two or three months of a regular pill asked: the
  pharmacy, not the heart clinic for the pill's name;
- whether strong tea (coffee, cola) causes kidney stones, an old back ache beside it: urology;
- a child's finger shut in a door, the nail purple, still bending: the bone clinic (children's
  surgery), not the crying-baby rule for "keeps saying it hurts";
- an invoice or a receipt in English for an insurer, the diagnosis on it: the cashier, as the
  earlier files have it (f146-053, f147-053, f164-052 and f121-050 accept the cashier for an
  English receipt for an insurer); a receipt with the diagnosis, no English asked, stays the
  insurance office's (f76-054), and a copy of the records beside it the records office's;
- a cut of yesterday gone a bit red with a tetanus shot asked: general surgery (a booster asked
  with the scratch healed stays the vaccine clinic's, tf5-055);
- a blood pressure read high at home (170-something), feeling fine, the tablets run out: the heart
  clinic, not the pharmacy for the word tablets.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "the first days in a town, a heavy head, altitude sickness asked (general practice)": [
        ("到丽江第二天了，头有点胀，晚上老醒，是不是高原反应", ("GP", "RESP"), 45),
        ("到九寨溝第一天，頭昏昏重重的，睡不太好，這是高山症嗎", ("GP", "RESP"), 60),
        (
            "is this altitude sickness? my head feels heavy and I slept badly, second day here",
            ("GP", "RESP"),
            50,
        ),
    ],
    "a thorn prick weeks ago, lumps climbing up the arm (the skin clinic)": [
        (
            "上个月修剪月季被刺扎了手，现在胳膊上一个接一个往上长小疙瘩，不疼",
            ("DERM", "INFECT"),
            62,
        ),
        ("種花時被玫瑰刺到手背，這幾週沿著手臂冒出一串結節，不會痛", ("DERM", "INFECT"), 55),
        (
            "pricked my thumb on a rose bush a month ago and now there are lumps in a line going up my arm, they don't hurt",
            ("DERM", "INFECT"),
            48,
        ),
    ],
    "a traveller's diarrhoea, yesterday's slight fever, a stool test wanted (the stomach clinic)": [
        (
            "travelling through, loose stools for four days after a night market, a slight fever last night, can I get a stool test",
            ("GI", "INFECT"),
            27,
        ),
        ("出来旅游拉肚子三天了，昨天有点发烧，想验个大便看看", ("GI", "INFECT"), 30),
    ],
    "sinus pressure for days, not really feverish (the ear, nose and throat clinic)": [
        ("stuffy nose and my cheeks ache, nearly two weeks, I'm not really feverish", ("ENT",), 38),
        (
            "nose blocked and pressure behind my eyes for a week and a half, not feverish at all",
            ("ENT",),
            44,
        ),
    ],
    "ankles a little swollen after a long flight, going down (general practice)": [
        ("坐了十几个小时的飞机，两只脚脖子有点肿，不红不疼，今天好些了", ("GP", "CARD"), 58),
        ("長途飛機下來腳踝有點腫，不痛，休息一下有消一點", ("GP", "CARD"), 50),
        (
            "after the long haul flight my ankles are a bit puffy, both of them, no pain, already going down",
            ("GP", "CARD"),
            63,
        ),
    ],
    "ankles swollen on amlodipine (the heart clinic)": [
        ("吃氨氯地平快一年了，这阵子两只脚踝老是肿，不疼", ("CARD", "GERI", "GP"), 72),
        ("我食緊氨氯地平，坐完飛機對腳腫咗成個禮拜都未消", ("CARD", "GERI", "GP"), 68),
        (
            "since starting amlodipine my ankles swell up by the evening, both sides",
            ("CARD", "GERI", "GP"),
            66,
        ),
    ],
    "a job's medical, where to pay or what it checks (the health-check centre)": [
        ("新单位要入职体检，都查些什么，钱在哪里交", ("PREV",), 24),
        ("公司叫我去做入職健檢，有抽血跟照胸部X光，要去哪裡報到", ("PREV",), 26),
        (
            "my new employer wants a pre employment medical with bloods and a chest x-ray, where do I pay",
            ("PREV",),
            29,
        ),
    ],
    "urgency and getting up at night to pass water, a sting (urology)": [
        ("呢排小便好急，一晚起身三次，屙完仲想屙，有少少刺痛", ("URO",), 66),
        ("小便很急，晚上要起來好幾次，尿完還是覺得沒尿乾淨", ("URO",), 64),
    ],
    "strong tea or coffee and the heart racing (the heart clinic)": [
        ("每天喝好几杯浓咖啡，最近心跳得很快，晚上也睡不好", ("CARD", "GP"), 40),
        ("我每日飲好多壺普洱，呢排個心跳得好快，夜晚瞓唔着", ("CARD", "GP"), 55),
        (
            "I drink about six cups of strong tea a day and my heart keeps racing, can't sleep either",
            ("CARD", "GP"),
            47,
        ),
    ],
    "a prescription in hand, the pharmacy and a longer supply (the pharmacy)": [
        ("处方开好了，药房在几楼，这个降糖药能不能多开三个月的", ("PHARM",), 66),
        (
            "I have my prescription, where is the pharmacy, and could I get three months' supply of my blood pressure pills",
            ("PHARM",),
            70,
        ),
    ],
    "whether strong tea causes kidney stones, an old back ache (urology)": [
        ("我爸听说喝浓茶会得肾结石，他腰酸好多年了，要不要查一下", ("URO", "NEPH", "GP"), 70),
        (
            "I heard strong tea gives you kidney stones, I've had a sore back for ages, should I get checked",
            ("URO", "NEPH", "GP"),
            60,
        ),
    ],
    "a child's finger shut in a door, the nail purple (children's surgery)": [
        ("女儿的手指被抽屉夹了，指甲有点发青，能弯，一直叫疼", ("PEDSURG", "ORTHO"), 5),
        ("細路隻手指畀門夾親，指甲瘀咗，郁得到，成日話痛", ("PEDSURG", "ORTHO"), 6),
        (
            "my son shut his finger in the car door, the nail is going purple but he can bend it",
            ("PEDSURG", "ORTHO"),
            7,
        ),
    ],
    "an invoice in English for an insurer, the diagnosis on it (the cashier)": [
        (
            "need an English receipt for my travel insurer, with what I was treated for on it",
            ("BILL", "CS", "RECORDS"),
            40,
        ),
        ("保险公司要英文发票，上面要写诊断，找哪个窗口", ("BILL", "CS", "RECORDS"), 45),
    ],
    "a cut gone a bit red, a tetanus shot asked (general surgery)": [
        ("昨天切菜切到手指，今天伤口有点红，要不要打破伤风", ("GS", "GP"), 40),
        (
            "sliced my thumb on a tin lid last night, a little red around it now, do I need tetanus",
            ("GS", "GP"),
            33,
        ),
        ("前天削水果劃到手指，傷口有點紅，需要打破傷風嗎", ("GS", "GP"), 52),
    ],
    "a blood pressure high at home, the tablets run out (the heart clinic)": [
        (
            "my father's here on holiday, his blood pressure was 168 this morning, he's fine but ran out of his pills",
            ("CARD", "GERI", "GP"),
            74,
        ),
        (
            "婆婆来探亲，家里量血压一百七左右，没什么不舒服，降压药吃完了",
            ("CARD", "GERI", "GP"),
            72,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("手指扎了根刺拔不出来", ("GS",), 30),
    ("拉肚子三天，现在还在发烧三十八度五", ("FEVER",), 30),
    ("nose blocked and a fever of 38.5 since yesterday", ("FEVER",), 30),
    ("脸肿，腿也肿，尿里有泡沫", ("NEPH",), 55),
    ("入职体检在哪里做", ("PREV",), 25),
    ("拍片在哪里交钱", ("BILL",), 40),
    ("尿频尿急，尿的时候疼", ("URO",), 30),
    ("晚上老做梦，睡不踏实", ("PSY",), 40),
    ("药房在哪里", ("PHARM",), 50),
    ("腰疼好几年了，弯腰更疼", ("ORTHO",), 55),
    ("I need an itemised receipt for my visit yesterday", ("BILL",), 35),
    ("my insurance needs a receipt with the diagnosis on it", ("INSUR",), 35),
    ("can I get a tetanus booster, my last one was ten years ago", ("PREV",), 35),
    ("孩子发烧咳嗽两天", ("PED",), 5),
    ("宝宝一直哭闹，不肯睡", ("PED",), 1),
    ("降压药吃了头晕", ("CARD",), 60),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("刚到拉萨，头痛得厉害，走路东倒西歪，说话也糊涂了", 35),
    ("坐完长途飞机，一边小腿肿痛，现在突然喘不上气，胸口痛", 50),
    ("手指被门夹断了一截，血止不住", 30),
    ("切菜把手指切掉一截，流了好多血", 40),
    ("my blood pressure is 220 and I have a crushing headache and can't see properly", 60),
    ("喝了很多浓咖啡，现在胸口剧痛，出冷汗，快晕过去了", 50),
    ("拉肚子一天十几次，人已经站不起来，叫不太醒", 70),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
