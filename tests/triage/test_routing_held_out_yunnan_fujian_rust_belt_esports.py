"""Four days written blind in the fourth round of the session that began at `c6b71a7` (a Thursday
at a town hospital on the Yunnan border, a temple-fair Sunday in a Fujian coastal town, a weekday
in an old industrial city of the north-east, late night by internet cafés and an e-sports arena;
60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read on
`12aacd1`: top-1 55, 58, 56 and 50 of 60 (219 of 240, 91.3 %), 79 of 80 emergencies (98.8 %), 6
false alarms of 160 (3.8 %). Read then: 230, 80 and none (the floors below).

Red flags: a diabetes tablet ("降血糖的药", a form of the diabetic concept) and no breakfast, then
a cold sweat and muddled answers.

False alarms: rubber latex sprayed into an eye while tapping (no corrosive chemical); "can loads of
fried food cause chest pain … worried bc my dad had a heart attack" and "can freezing weather
trigger a heart attack" (trigger, set off and provoke ask as cause does; a relative's heart attack
told as the reason for worry); cola drunk "like water" (no overdose); a big toe "发红发热" after
beer (warm to the touch, not a fever); a black-out two days ago on standing, "fine
since" ("2 days ago" is an earlier day, "fine since" tells its clause over, as "已经没事" does).

Desks: medicine collected "上哪屋" (where, in the north-east); a teenager gaming three days and
nights without coming home (psychology); a blood pressure read on the pharmacy's machine (no
request for the pharmacy); "could it be a clot" of a swollen calf (vascular surgery).

Left: "is chest pain always the heart" asked in Cantonese after lifting (cardiology: department
rules read no context); a snake bite known harmless, red the next day; paying without insurance
(the insurance desk); a stroke's weak hand and a refill (cardiology); a boy's ear after
firecrackers (paediatrics' ear rule); Raynaud's fingers (the frostbite rule); a buttock abscess
(orthopaedics' lump); a seizure in childhood told as 抽筋 (a cramp); reports and a sick note.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("我妈吃了降血糖的药没吃早饭，现在一身冷汗，问她话答不上来", 76),
]
LOOK_ALIKES = [
    ("割胶时胶水溅到眼睛，冲过水了，有点红", ("OPH",), 40),
    ("Can freezing weather trigger a stroke? my mum is fine, just asking", ("NEURO", "GP"), 45),
    (
        "worried because my brother had a heart attack at 45, I'm 40 and feel fine",
        ("CARD", "PREV"),
        40,
    ),
    ("奶茶天天当水喝，最近牙疼", ("DENT",), 20),
    ("fainted three days ago after standing up too quick, fine since", ("CARD", "NEURO"), 30),
    ("药费交了，上哪屋拿药", ("PHARM",), 60),
    ("孩子天天网吧打游戏三天三夜不回家", ("PSY",), 15),
    ("calf sore and swollen after sitting all weekend, could it be a clot?", ("CVS", "GS"), 40),
    ("脚拇趾关节肿得发红发热，昨晚喝了好多啤酒", ("RHEUM",), 45),
]

TestHeldOutYunnanFujianRustBeltEsports = taught_theme_tests(
    {
        "routing-yunnan-border-thursday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-fujian-temple-fair-held-out-sweep.jsonl": (59, 20, 0),
        "routing-rust-belt-weekday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-esports-late-night-held-out-sweep.jsonl": (56, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
