"""Four general days written blind in the session that began at `bcb8f7b` and left unread through
one session (a Thursday in Shantou and Chaozhou's countryside, a Saturday night in Changsha, a
Sunday in Hualien, a bitter-cold Wednesday in Shenyang's old industrial district; 60 complaints
each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). Scored on `bcb8f7b`: 230 of 240
at top-1, 79 of 80 emergencies, 2 false alarms; first read on `1714bc6`: 232 (96.7 %), 79
(98.8 %), none of 160. Read then: 237, 80 and none (the floors below).

Red flags: a leg's bone that "ran out" ("骨头都跑出来了", "骨头支出来了") after a motorbike
was caught by a gravel truck.

Desks: a forgotten insurance card with paying now and claiming later (the insurance office, not
registration's forgotten card); a graze that broke a little skin ("破了点皮", "刮伤") asking for a
tetanus shot (surgery, not the vaccination clinic); a barbecue grill touched (burns: touching
something hot is a burn as spilling it is).

Left: a stroke asked of stinky tofu with a normal blood pressure (the writer chose the GP or
cardiology, the rules neurology); a small cut on a knee from a fall (the knee's pain rule
outweighs the cut); a cold with 37.4 °C (the fever clinic, by the hospital's rule).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("从梯子上栽下来，小腿骨头支出来了", 45),
]
LOOK_ALIKES = [
    ("忘了带医保卡，先自费的话回头能报销吗", ("INSUR", "BILL")),
    ("被铁栏杆刮伤了小腿，要不要打破伤风", ("GS",)),
    ("touched the hot grill at work, small red mark on my palm", ("BURN", "DERM")),
]

TestHeldOutShantouChangshaHualienShenyang = taught_theme_tests(
    {
        "routing-shantou-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-changsha-saturday-night-held-out-sweep.jsonl": (59, 20, 0),
        "routing-hualien-sunday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-shenyang-wednesday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
