"""The wrong desks of the one hundred and twenty-second to the one hundred and twenty-fifth
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II (a wrong department, a service point mixed up with a
clinic, a fallback). Their emergencies and the false emergencies are the emergencies teacher's.

First run (commit c087049): 5, 4, 4 and 6 wrong desks (19, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- a mind in a flutter (心里发慌, 慌兮兮) beside sleeplessness, crying or not wanting school:
  psychiatry's, not the heart's;
- an employment medical (员工体检, 入职体检) whose blood test and chest X-ray are named: the
  check-up centre's, not the lab's or the scan desk's;
- a bill not understood or too dear (张单, 账单看不懂): billing's;
- a lump on the back (背脊) lies under the skin: general surgery's, not a joint's;
- a fish hook in the skin: a foreign body like a splinter, general surgery's;
- a red swollen place that is warm (红肿发烫) is no fever: the complaint keeps its desk;
- an older person's handful of medicines or forgotten pills: the geriatric clinic's, not the
  blood-pressure story's;
- a lump on the chest in Cantonese (心口有粒嘢): general surgery's (the breast);
- a relative's cancer told as the worry (怕也是): the complaint's own desk, not oncology's;
- anaemia guessed with a pale face, tiredness or breathlessness: the blood clinic's;
- leg veins standing out (血管浮起来, bulging veins): vascular surgery's;
- the bottom in Cantonese (屎忽) sore or bleeding: general surgery's, not the toilets' helpdesk;
- feet burning and numb: nerve pain (neurology), not a burn;
- a child the shortest of the class, or saying few words: child health's (a kindergarten is no
  illness, a teacher's advice no complaint);
- low back pain running down into the leg in its own clause, with numbness: the bone clinic's;
- pain under the right ribs after oily food, in English: general surgery's (the gallbladder);
- a pain doctor asked for, physiotherapy tried and failed: the pain clinic's.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a mind in a flutter with sleeplessness or crying (psychiatry)": [
        ("公司裁员以后我天天睡不着，心里发慌，动不动就哭", ("PSY",), 40),
        ("女兒開學後一直說心裡很慌，晚上睡不著，不想上學", ("PSY",), 15),
        ("房子被水淹了以后，我夜里失眠，心里慌兮兮的", ("PSY",), 50),
    ],
    "an employment medical with its parts named (the check-up centre)": [
        ("入职体检要抽血和拍胸片，在哪里做", ("PREV",), 24),
        ("單位要員工體檢，要驗血跟照X光，去哪裡辦", ("PREV",), 30),
        ("I need a pre employment medical with a blood test and a chest x-ray", ("PREV",), 28),
    ],
    "a bill not understood or too dear (billing)": [
        ("请问这张账单看不懂，有几项是什么费用", ("BILL",), 50),
        ("張單點解咁貴，收費點解咁貴，邊度問", ("BILL",), 60),
        ("I don't understand the charges on my bill, who can explain them", ("BILL",), 45),
    ],
    "a lump on the back (general surgery)": [
        ("背脊中间有粒嘢，肿肿的，按下去有点痛", ("GS", "DERM"), 35),
        ("後背長了一個肿块，一個月了都沒消", ("GS", "DERM"), 45),
    ],
    "a fish hook in the skin (general surgery)": [
        ("钓鱼的时候鱼钩扎进手指，现在又红又肿", ("GS",), 50),
        ("a fishing hook went into my finger yesterday and now it's swollen", ("GS",), 40),
        ("釣魚鉤鉤到手掌，拔出來以後腫起來了", ("GS",), 55),
    ],
    "a red swollen warm place is no fever (the complaint's desk)": [
        ("昨晚喝酒吃海鲜，今天大脚趾又红又肿发烫，痛得走不了路", ("RHEUM",), 45),
        ("大腳趾紅腫發燙，痛到鞋子穿不下", ("RHEUM",), 50),
    ],
    "an older person's handful of medicines (geriatrics)": [
        ("我爸八十五了，吃着降压药、降糖药，一大把，最近老是头晕", ("GERI",), 85),
        ("阿公八十歲，有高血壓同糖尿病，每日食七八種藥，成日忘記吃藥", ("GERI", "GP"), 80),
    ],
    "a lump on the chest in Cantonese (general surgery)": [
        ("我摸到右边心口有粒硬嘢，唔痛", ("GS",), 38),
        ("心口有一粒嘢，摸落硬硬哋", ("GS",), 45),
    ],
    "a relative's cancer told as the worry (the complaint's desk)": [
        ("我妈以前肠癌开过刀，我最近老是拉肚子、肚子胀，怕也是那个", ("GI", "GS"), 45),
        ("我爸有肺癌，我最近咳嗽两周了，怕我也得了", ("RESP",), 40),
    ],
    "anaemia guessed with a pale face or tiredness (the blood clinic)": [
        ("最近脸色很白，动不动就累，是不是贫血", ("HEME",), 30),
        ("臉色蒼白、爬樓梯會喘，懷疑貧血", ("HEME",), 28),
        ("I feel tired all the time and look pale, could it be anaemia", ("HEME",), 35),
    ],
    "leg veins standing out (vascular surgery)": [
        ("站久了小腿的血管一条条浮起来，又胀又酸", ("CVS",), 45),
        ("腿上的青筋凸起來，走久了很脹", ("CVS",), 50),
        ("I have bulging veins on my legs and they ache after standing all day", ("CVS",), 40),
    ],
    "the bottom in Cantonese sore or bleeding (general surgery)": [
        ("屎忽好痛，大便有血", ("GS",), 40),
        ("呢幾日屎忽腫咗，坐唔落", ("GS",), 35),
    ],
    "feet burning and numb (neurology or endocrinology)": [
        ("my feet are burning and numb at night, I have diabetes", ("NEURO", "ENDO"), 60),
        ("burning feet and pins and needles every night", ("NEURO", "ENDO"), 65),
    ],
    "a child the shortest, or saying few words (child health)": [
        ("孩子五岁了，班上最矮，想看看长得正不正常", ("CHILD",), 5),
        ("個仔四歲，幼稚園裡面數他最矮", ("CHILD",), 4),
        ("孩子两岁半只会说几个词，叫名字也不怎么理人，老师建议来看看", ("CHILD",), 2),
    ],
    "back pain running down the leg in its own clause (the bone clinic)": [
        ("搬东西闪了腰，痛到落只脚，脚有点麻", ("ORTHO",), 40),
        ("腰痛了一個禮拜，窜到腿，坐久了腳麻", ("ORTHO",), 45),
    ],
    "pain under the right ribs after oily food (general surgery)": [
        (
            "after oily food I get pain on the right side under the ribs going to my back",
            ("GS", "GI"),
            45,
        ),
        (
            "pain below the ribs on the right after fried food, it lasts a few hours",
            ("GS", "GI"),
            50,
        ),
    ],
    "a pain doctor asked for (the pain clinic)": [
        (
            "my neck has hurt for years, I tried physiotherapy and nothing helps, can I see a pain doctor",
            ("PAIN",),
            60,
        ),
        ("腰痛好几年了，理疗没用，想看疼痛科医生", ("PAIN",), 55),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A racing heart with no sleeplessness or crying; sleeplessness alone.
    ("心慌，心跳很快，一阵一阵的", ("CARD",), 60),
    ("最近失眠，睡不着", ("PSY",), 40),
    # A blood test or an X-ray asked for with no medical; a check-up report's result.
    ("我要抽血化验", ("LAB",), 40),
    ("医生开了X光，在哪里拍", ("IMG",), 40),
    # A bill paid, and a refund asked for.
    ("在哪里缴费", ("BILL",), 40),
    # A knee's lump stays the bone clinic's; a splinter stays general surgery's.
    ("膝盖旁边长了个包", ("ORTHO",), 40),
    ("手指扎了根木刺，挑不出来", ("GS",), 30),
    # A fever with a swollen throat is still a fever.
    ("浑身发烫，喉咙肿痛", ("FEVER", "ENT", "RESP"), 30),
    # A blood-pressure story in a younger person with no list of medicines.
    ("高血压，最近头晕", ("CARD",), 55),
    # One's own cancer stays oncology's.
    ("我得了胃癌，想看肿瘤科", ("ONC",), 60),
    # Heavy periods with no anaemia guessed.
    ("月经量多，来了十天", ("GYN",), 35),
    # A scald on the foot is a burn.
    ("I burned my foot with boiling water", ("BURN",), 30),
    # A kindergarten child's cold; a complaint made in earnest.
    ("孩子在幼儿园被传染了，咳嗽流鼻涕", ("PED",), 4),
    ("我要投诉你们的护士态度不好", ("CS",), 40),
    # Physiotherapy asked for stays rehabilitation's.
    ("I would like to book physiotherapy for my knee after surgery", ("REHAB",), 50),
    # A splinter-like sea urchin stays general surgery's; the ribs after a fall stay the bone clinic's.
    ("I slipped on the stairs last week, now my ribs hurt when I cough", ("ORTHO", "THOR"), 45),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("心里发慌，胸口压着疼，出冷汗", 60),
    ("腰痛，两条腿都麻了，大小便失禁", 50),
    ("屎忽一直流血，头晕，快晕倒了", 60),
    ("I took a whole bottle of my sleeping pills, I can't sleep and feel anxious", 30),
    ("鱼钩扎进手掌，血一直流止不住，人快晕了", 40),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
