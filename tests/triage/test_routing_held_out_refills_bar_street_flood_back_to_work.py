"""Four days written blind in the fifth round of the session that began at `c6b71a7` (a Wednesday
of chronic-disease refills, a Friday night on a Shanghai bar street, a rainy-season Tuesday after
floods in Guangxi, the first Monday back at work after a long holiday; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `d2dfe5f`: top-1 57, 51, 54
and 55 of 60 (217 of 240, 90.4 %), 78 of 80 emergencies (97.5 %), 9 false alarms of 160 (5.6 %).
Read then: 232, 80 and one (the floors below).

Red flags: a heart failure's night of breathing only sitting up with purple lips (breathlessness
with blue or purple lips, composed; "面青" is Cantonese pallor, not blue); a bite from something
unseen in flood water, two fang marks, the leg swelling purple and dizziness (a dog's or a cat's
two marks stay the rabies clinic's).

False alarms: a bar cut that gapes and needs stitches (no surgical wound bursting); a lip swollen
after filler; a panic attack "an hour ago", passed now ("an hour ago" is no hour of chest pain);
a front tooth loosened by a punch, its gum oozing ("牙松…渗血"; gums bleeding in dengue stay the
red flag); an epileptic's fit last night, "今天完全正常"; a flooded home ("淹水", Taiwan's
flooding, is no drowning); a faint "over the holiday", "totally fine since".

Desks: dizzy on standing on blood pressure pills (cardiology; the Chinese forms of standing up
were kept off the rule's phrases so that "站起来就晕倒" still reads a faint); a hangover
("饮到断片", a blackout named, with the morning's headache: general practice); a knuckle after
punching a wall (orthopaedics, not rheumatology's fist); ears ringing after loud music; a health
check that "came back with" a high PSA (urology).

Left: "can metformin cause diarrhoea" (gastroenterology); a child's rash round the mouth after
mango (dermatology); an infected tattoo at 37.9 °C (the fever clinic's rule); leptospirosis
asked about with a small cut (surgery's wound); an ear blocked since going under in flood water
on Saturday (the drowning red flag: a named weekday is no earlier day); a lost health card, a
sick-note stamp.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("心衰的老爷子今晚躺不平，只能坐着喘，嘴唇都紫了", 82),
    ("在稻田里被什么东西咬了一口，两个小牙印，现在整只脚肿到小腿发紫，头晕", 50),
]
LOOK_ALIKES = [
    ("被狗咬了小腿，两个牙印，出了点血", ("PREV", "INFECT"), 30),
    ("打了玻尿酸丰唇，第二天嘴唇一边肿", ("AEST", "PLAST"), 30),
    ("had a panic attack two hours ago, chest was tight, all passed now", ("PSY", "GP"), 30),
    ("被打了一拳，门牙松了，牙龈在渗血", ("DENT",), 30),
    ("家里淹水以后一直睡不好，心里发慌", ("PSY",), 50),
    ("fainted over the weekend at a party, fine since", ("NEURO", "CARD", "GP"), 25),
    ("我弟昨晚抽了一次，他本来就有癫痫，今天完全正常，来开药", ("NEURO",), 25),
    ("吃着降压药，一站起来就头晕几秒", ("CARD", "GERI"), 75),
    ("昨晚喝多了，今天头痛想吐，人是清醒的", ("GP",), 30),
    ("punched a door, knuckle swollen, can't make a fist", ("ORTHO",), 25),
    ("annual health check came back with a high PSA", ("URO",), 55),
    ("cut my hand on a glass, it's gaping, think it needs stitches", ("GS",), 30),
]

TestHeldOutRefillsBarStreetFloodBackToWork = taught_theme_tests(
    {
        "routing-chronic-refill-wednesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-shanghai-bar-street-friday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-guangxi-flood-tuesday-held-out-sweep.jsonl": (58, 20, 1),
        "routing-back-to-work-monday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
