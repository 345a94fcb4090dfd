"""Four general days written blind in the fourth round of the session that began at `1714bc6` (a
dusty Friday in Yinchuan, a scorching Wednesday in Pingtung, a Monday in Kwun Tong, an icy
Saturday in Changchun; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read on `05dae9e`: top-1 59, 59, 59 and 58 of 60 (235 of 240, 97.9 %), 80
of 80 emergencies, no false alarm of 160. Read then: 240, 80 and none (the floors below).

Desks: a dish eaten by hand ("手抓羊肉") is no hand, so a pain under the right ribs after fatty
mutton is the belly's (a segmenter step: 手抓 of a dish, as 头 of 头发, does not open a body
part); the calf ("小腿肚") holds no belly; a mind full of work ("脑子里全是…") is no brain
illness; a fever that comes and goes told "烧烧退退" (the fever clinic); a "fluttery heartbeat"
(cardiology); a faint yesterday with a check-up asked is no health-check package (a faint of
years ago asked with one still is).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("吃着手抓羊肉突然胸口压着疼，冒冷汗", 60),
    ("my dad passed out yesterday and again just now, we cannot wake him", 70),
]
LOOK_ALIKES = [
    ("一吃手抓肉就右边肋骨底下疼，往背后窜", ("GI", "GS"), 48),
    ("在猪场干活，这几天烧烧退退，浑身肌肉疼", ("FEVER", "INFECT"), 40),
    ("heartbeat goes fluttery for a few seconds after coffee", ("CARD",), 35),
    (
        "My sister passed out yesterday at the gym, fine now, she wants a check-up",
        ("GP", "CARD", "NEURO"),
        25,
    ),
    ("脑子里全是工作的事，凌晨三点就醒，再也睡不着", ("PSY",), 30),
]

TestHeldOutYinchuanPingtungKwunTongChangchun = taught_theme_tests(
    {
        "routing-yinchuan-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-pingtung-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-kwun-tong-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-changchun-saturday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
