"""Four general days written blind in the second round of the session that began at `1714bc6` (a
humid Wednesday in Ningbo, a Saturday in Tsuen Wan, a Monday in Taitung, Xi'an's festival
Saturday; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `1f3baa5`: top-1 57, 56, 57 and 57 of 60 (227 of 240, 94.6 %), 76 of 80 emergencies
(95.0 %), 3 false alarms of 160 (1.9 %). Read then: 240, 80 and none (the floors below).

Red flags: a child's fever with "shaking all over" and "eyes going up"; a site worker in the heat
("热到爆") with not one drop of sweat ("一滴汗都冇") and muddled talk; a diabetic on insulin who
ate nothing, hardly wakes ("叫都不太醒") and is soaked in sweat ("全是汗"); a cut foot days ago
with chills, a high fever and a muddled head ("矇查查").

False alarms: a febrile fit last night already seen ("送来看过"); a friend's throat that swelled
after mango, asked whether the visitor's itch will go the same way ("会不会跟她一样", a context
step: someone else's illness likened to the visitor's); a shoulder that cannot lift the arm above
the head (no stroke).

Desks: breathlessness on the stairs with the heart racing (cardiology, a rule of its own); periods
stopped with acne and hair loss (gynaecology, a rule of its own that outweighs the skin's three);
"一粒粒" itchy red spots are a rash, not a lump; last year's admission records copied (records); a
bag lost by the registration window; cupping asked ("拔个罐", Chinese medicine).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("my daughter burning hot since morning, now shaking all over with her eyes going up", 3),
    ("今天工地上热到爆，师傅一滴汗都没有了，讲话乱七八糟", 50),
    ("我爸打了胰岛素没吃早饭，现在叫他都不太醒，身上全是汗", 70),
    ("老妈脚上的伤口烂了几天，今天发冷发高烧，人矇查查", 75),
]
LOOK_ALIKES = [
    ("女儿前晚发烧抽了一下，当晚送来看过了，医生让今天再来复诊", ("PED",), 2),
    ("同事说他吃花生喉咙肿起来过，我刚吃了几颗花生嘴角有点痒，会不会和他一样", ("ALLERGY", "DERM")),
    (
        "shoulder hurts when I swim, can't lift my arm above my head for a month now",
        ("ORTHO", "REHAB", "SPORTS"),
    ),
    ("例假三个月没来，验了没怀孕，脸上长痘头发也掉", ("GYN", "ENDO")),
    ("颈度起晒一粒粒，红红痕痕", ("DERM",)),
    ("想复印我妈去年住院的记录，报保险用", ("RECORDS",)),
    ("刚才在挂号那里放了一下包，转头包就丢了", ("CS",)),
    ("颈椎不舒服好多年了，想来拔个罐", ("TCM",)),
    ("走快一点就气短，心跳得很快，歇会儿就好", ("CARD",), 66),
]

TestHeldOutNingboTsuenWanTaitungXian = taught_theme_tests(
    {
        "routing-ningbo-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-tsuen-wan-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-taitung-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-xian-festival-saturday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_someone_elses_illness_asked_to_go_the_same_way_is_theirs() -> None:
    text = "同事说他吃花生喉咙肿起来过，我刚吃了几颗花生嘴角有点痒，会不会和他一样"
    assert mention(text, "喉咙肿").condition
    # Without the visitor's question after it, the colleague's words are a report.
    assert not mention("同事说他吃花生喉咙肿起来过，我刚吃了几颗花生也这样了", "喉咙肿").condition
