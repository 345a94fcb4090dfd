"""Four general days written blind in the fifth round of the session that began at `1714bc6` (a
temple-fair Sunday in Quanzhou, a windy Tuesday in Hsinchu, a Thursday in Tai Po, a Monday in
Baotou; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `9e3f6c2`: top-1 59, 55, 53 and 57 of 60 (224 of 240, 93.3 %), 79 of 80 emergencies
(98.8 %), 4 false alarms of 160 (2.5 %). Read then: 238, 80 and none (the floors below).

Red flags: a stove burning in a shut room ("烧的炉子") with headaches and a mother who opens her
eyes only after long calling ("叫半天才睁眼", "迷迷瞪瞪").

False alarms: a febrile fit yesterday or the day before, over, the child well today ("今天不烧了
精神也挺好"); "didn't black out or throw up" (a context step: a verb denied with "did not" denies
each joined to it by "or"); a neighbour's stroke that frightened the visitor into a check of her
own ("我有点怕…想来查一查", a context step).

Desks: breathless on the stairs with the heart asked to be checked (cardiology); a stroke's
regular check-up (no health-check package); a lung growth operated on ("肺上长东西", thoracic
surgery); "屙咗两日" (the belly's); lips and fingers cracked dry (the skin's); an incense tip's
burn ("香头" is no hot head); a sting that once brought a rash all over, with a trip ahead (the
allergy clinic, a rule of its own); a medicine taken once more ("多吃了一回").

Left: a wife's regular check at 32 weeks told over two clauses ("32 weeks", then "regular check":
no rule); a brucellosis named by the village doctor with a fever (the fever clinic, by the
hospital's rule).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("屋里烧的炉子一宿没灭，早上奶奶头疼，叫半天才睁眼", 80),
]
LOOK_ALIKES = [
    ("孩子昨天发烧抽了一下，很快就好了，今天不烧了精神也挺好", ("PED",), 2),
    (
        "I hit my head on a shelf this morning, didn't pass out or throw up, just sore",
        ("GP", "NSURG", "GS", "NEURO"),
        30,
    ),
    ("邻居老太太中风了，我有点怕，我血压也高，想来查一查", ("CARD", "GP"), 60),
    ("胸口不疼，爬两层楼就有点喘，老伴让我来查查心脏", ("CARD",), 65),
    (
        "My dad had a stroke two years ago, he's stable, just here for his regular check-up",
        ("NEURO", "GERI"),
        70,
    ),
    ("我妈前年肺上长了东西做了手术，今天来复查", ("THOR", "ONC"), 68),
    ("嘴唇干到裂开，手指也干裂", ("DERM",), 40),
    ("拜拜的时候被香头烫了一下，起了个小泡", ("BURN", "DERM"), 30),
    ("以前被马蜂蜇过后全身起疹子，这次要去爬山，想备点药", ("ALLERGY",), 45),
]

TestHeldOutQuanzhouHsinchuTaiPoBaotou = taught_theme_tests(
    {
        "routing-quanzhou-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-hsinchu-tuesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-tai-po-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-baotou-monday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_a_verb_denied_denies_each_joined_to_it_by_or() -> None:
    assert mention("I hit my head, didn't black out or throw up", "throw up").negated
    # "and" after a verb denied tells what did happen.
    assert not mention("he didn't eat and threw up all night", "threw up").negated
