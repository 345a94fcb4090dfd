"""The misses of the one hundred and eighty-second to the one hundred and eighty-fifth
hand-written files (60 complaints each, written blind): two missed emergencies, one false one and
eleven wrong desks, every one taught here by family, never by sentence (the tables below, our own
wordings in Simplified and Traditional Chinese and in English, and look-alikes).

First run (the base commit): 226 of 240 at top-1, 78 of 80 emergencies, 1 of 160 false; with this
module's change (migration 0109) 240 of 240, 80 of 80, 0 of 160.

Emergencies:
- A fall with a hurt neck and legs that can neither feel nor move: "can't feel or move his legs"
  (the two verbs joined) was no numb limb, and a slip off a ledge or a rock (slipped off, 滑落,
  踩空, 失足) was no fall.
- An open fracture told in dialect: the bone pushed out (顶咗出, 穿咗出, poking out) of a
  bleeding shin after a tackle; a bunion's bone that sticks out for years is not.

False emergency, the cause of a family:
- A band round the head (箍住) in a tension headache from late nights, eased by paracetamol: the
  throat-closing concept held the bare band words (箍住, 俾人箍住, 勒住), so any band after
  "食咗" was an allergic throat; they are kept only with the throat now (a throat that closes
  after a food still fires, and a chest held in a band keeps its own rule).

Desks:
- A scan's report (CT, MRI, ultrasound) ready or where to collect it: imaging, not the organ.
- Shingles healed but the pain stays and keeps one awake: the pain clinic (or the skin clinic).
- An elder getting lost and forgetting the family's names, a memory assessment: geriatrics.
- Copies of one's reports for an insurer abroad: the records office, not the insurance desk.
- A schoolchild sick in the car or the school bus: child health (an adult's stays the GP's).
- Admitted today for an operation, asking where to check in: admissions, not the surgeon.
- A sick note for a tummy bug (food poisoning, 上吐下泻) just had: general practice — the minor
  illness concept lacked the tummy bugs.
- A freshman's entrance physical, its report printed to hand in: the check-up centre.
- A finger jammed by a ball (吃萝卜干): the bone doctor.
- An HIV test after unprotected sex, said 艾滋 (the mainland spelling), anonymously: infectious
  diseases.
"""

from tests.triage.taught_batches import (
    alarm_family_tests,
    desk_tests,
    file_tests,
)

TestFiles = file_tests("one_hundred_eighty_second_to_fifth")

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a scan's report to collect (imaging)": [
        ("前天做的腰椎核磁报告出来了没，去哪里拿", ("IMG", "CS"), 50),
        ("上個禮拜照嘅CT報告今日攞得未", ("IMG", "CS"), 60),
        ("is my MRI report ready yet, where do I collect it", ("IMG", "CS"), 45),
    ],
    "shingles healed, the pain stays (the pain clinic)": [
        ("我妈带状疱疹好了一个月了，那块皮还是痛得睡不着", ("PAIN", "DERM"), 70),
        ("生蛇好咗，但係嗰度仲係好痛，成晚瞓唔到", ("PAIN", "DERM"), 68),
        ("the shingles rash has healed but the pain is still there at night", ("PAIN", "DERM"), 72),
    ],
    "an elder getting lost and forgetting names (memory)": [
        (
            "my dad keeps getting lost on the way home and forgot my name, can he get a memory test",
            ("GERI", "NEURO", "PSY"),
            78,
        ),
    ],
    "copies of one's reports for an insurer (records)": [
        ("I need copies of my scan reports to send to my insurer abroad", ("RECORDS", "CS"), 40),
    ],
    "a schoolchild's car sickness (child health)": [
        ("我女儿每天坐校车都晕车，吐了好几次，想看看医生", ("PED",), None),
        ("我個仔一坐車就暈車浪，成日嘔", ("PED",), None),
        ("my daughter gets carsick on the school bus every morning", ("PED",), None),
    ],
    "admitted today for an operation, where to check in (admissions)": [
        (
            "the surgeon says I'm being admitted today for my hernia operation, where do I check in",
            ("ADMIT",),
            55,
        ),
        ("医生通知我今天住院做手术，去哪里办手续", ("ADMIT",), 50),
    ],
    "a sick note for a tummy bug (general practice)": [
        ("need a sick note for work, had food poisoning on monday, ok now", ("GP", "GI"), 30),
        ("上吐下泻两天，现在好了，公司要病假条", ("GP", "GI"), 28),
    ],
    "a freshman's entrance physical report (check-up centre)": [
        ("新生体检报告在哪里打印，学校要交", ("PREV", "CS"), 18),
        ("入學體檢嘅報告喺邊度印，學校要交", ("PREV", "CS"), 18),
    ],
    "a finger jammed by a ball (the bone doctor)": [
        ("打排球手指戳到了，肿了弯不下去", ("ORTHO",), 20),
        ("打波食蘿蔔乾，手指腫咗", ("ORTHO",), 19),
        ("jammed my finger playing basketball, it's swollen and won't bend", ("ORTHO",), 22),
    ],
    "an HIV test after unprotected sex (infectious diseases)": [
        ("上礼拜跟别人发生关系没戴套，想查艾滋，能匿名吗", ("INFECT", "LAB"), 25),
    ],
}
# The same words where another desk is right.
LOOK_ALIKES = [
    # A scar left by shingles is the skin's.
    ("带状疱疹好了，留下一块疤，能去掉吗", ("DERM", "PLAST"), 50),
    # An adult's sea or car sickness stays the GP's.
    ("我坐船容易晕船，有什么药", ("GP",), 35),
    ("I get carsick on long drives, any tablets", ("GP",), 40),
    # Gallstones and whether to operate: the surgeon's.
    ("胆囊结石，想问要不要做手术", ("GS",), 50),
    # A copy of the inpatient records for a claim stays the records office's.
    ("我需要复印住院病历去报销", ("RECORDS",), 45),
    # A check-up package stays the check-up centre's.
    ("想做个全身体检，有什么套餐", ("PREV",), 40),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("晕车以后叫不醒，抽搐", 8),
    ("上吐下泻，现在叫不醒，嘴唇发紫", 30),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)

TestAlarmFamilies = alarm_family_tests(
    {
        "a fall with a hurt neck and legs that neither feel nor move": [
            "he slipped off a rock by the river, his neck is killing him and he can't move or feel his arms",
            "我爸爬山的时候从石头上滑下来，脖子好痛，腿没知觉了",
            "阿爸行山踩空跌落去，條頸好痛，對腳冇晒感覺",
        ],
        "a bone pushed out through a bleeding limb": [
            "打篮球被人撞倒，小腿骨头好像顶出来了，一直在流血",
            "踢波俾人鏟低，腳骨好似穿咗出嚟，流緊血",
            "he came off his bike and the bone in his forearm is poking out through the skin, bleeding",
        ],
    },
    {
        "a bone that sticks out for years (a bunion)": [
            "大脚趾旁边的骨头顶出来一块，穿鞋磨得痛，很多年了",
        ],
        "a band round the head (a tension headache)": [
            "考试复习到半夜，头两边像被箍住一样痛，吃了止痛药会好点",
            "最近加班好夜，個頭好似俾人用繩箍住咁，食咗止痛藥舒服啲",
            "my head feels like a tight band round it after late nights studying, paracetamol helps",
        ],
        "a stiff neck from sleeping badly": [
            "my neck is stiff and sore from sleeping on the sofa, no injury, hands fine",
            "頸好痛，瞓捩頸，冇撞親",
        ],
    },
    [
        "吃了虾以后喉咙好似被箍住，喘不上气",
        "食咗花生之後喉嚨好似俾人箍住咁，透唔到氣",
        "胸口好似俾人箍住咁，出晒汗",
    ],
    [
        ("考试复习到半夜，头两边像被箍住一样痛，吃了止痛药会好点", ("NEURO", "GP")),
        ("大脚趾旁边的骨头顶出来一块，穿鞋磨得痛，很多年了", ("ORTHO",)),
    ],
)
