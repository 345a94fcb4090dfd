"""Four days written blind and held out until the code of `a63ed1e` was measured on them (a
school sports day, 03:00–07:00 at a city hospital, a weekday in Shenzhen by the Hong Kong border
(20 Simplified, 30 Traditional, mostly Cantonese, 10 English), an ordinary suburban Saturday; the
others 27 Simplified, 18 Traditional, 15 English; 60 complaints and 20 emergencies each). First
read: top-1 48, 57, 56 and 56 of 60 (217 of 240, 90.4 %), 80 of 80 emergencies, 2 false alarms
of 160 (1.3 %). Read then: 225, 80 and none (the floors below).

False alarms: "摸着火辣辣地疼" held "着火" across two words (the lexicon now keeps 摸着 and 火辣辣
whole); "is it normal for kids to feel faint in the heat?" asks about children in general. Desks:
a child's grandfather ("孩子爷爷") and a teacher running "with the kids" are no children; gout
that woke the visitor ("疼醒" is no insomnia), morning stiffness said in Cantonese ("朝早起身最
硬"), ankles puffy every evening, a lump under the arm after a cat's scratch (not the rabies
vaccine), a small child rolled off a sofa or a bed with no knock to the head and playing again.

Left: a parent speaking of their own back beside their child's words, a school's certificate
stamp, a receipt for a student insurer, a child's sprained ankle and thumb (the children's surgery
by the child's words), an allergy pen for school (paediatrics), a cheering parent's heat headache,
a certificate for food poisoning (general practice), plates taken out after a fracture (general
surgery on "手术"), records copied for a reimbursement (insurance), a Home Return Permit at the
kiosk, a kneeling gardener's knee bursa (a lump), a fainting at an assembly last month.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "锅里着火了，火苗燎到脸上，整张脸起了大水泡",
    "宝宝从沙发上摔下来，吐了两次，一直想睡",
]
LOOK_ALIKES = [
    ("背上晒得火辣辣的，有点脱皮", ("DERM", "BURN")),
    (
        "is it normal for teenagers to faint when they stand up too fast? my son did once, he is "
        "fine",
        ("PED", "NEURO", "CARD"),
    ),
    ("孩子奶奶腰疼了好几年，今天想顺便看看", ("ORTHO",)),
    ("I coach football with the kids and my knee has been aching for weeks", ("ORTHO",)),
    ("凌晨大脚趾突然痛醒，又红又肿", ("RHEUM",)),
    ("my ankles are swollen every evening, no pain", ("NEPH", "CARD")),
    (
        "my daughter was scratched by a kitten two weeks ago and now has a tender lump under her arm",
        ("INFECT", "PED"),
    ),
    ("宝宝从床上滚下来，没撞到头，哭了一会儿现在又玩了", ("PED",)),
]

TestHeldOutSportsDawnShenzhenSuburb = taught_theme_tests(
    {
        "routing-school-sports-day-held-out-sweep.jsonl": (51, 20, 0),
        "routing-dawn-hours-held-out-sweep.jsonl": (59, 20, 0),
        "routing-shenzhen-border-weekday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-suburban-family-saturday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
