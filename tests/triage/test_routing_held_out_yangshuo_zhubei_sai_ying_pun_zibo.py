"""Four general days written blind in the session that began at `53e9857`, the fifth round (a
misty Sunday in Yangshuo, a gusty Wednesday in Zhubei, a Friday in Sai Ying Pun and Kennedy Town,
a barbecue-crowd Saturday in Zibo; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `1d3bf4a`: top-1 54, 54, 57 and 54 of 60 (219 of 240,
91.3 %), 76 of 80 emergencies (95.0 %), 5 false alarms of 160 (3.1 %). Read then: 58, 58, 60
and 60 (236), 80 and none (the floors below).

Red flags: a forearm sliced on a rock flake, blood squirting with each heartbeat, two T-shirts
soaked through; a nasty shock fixing a lamp, out for seconds, the heart fluttering; a boy's
"pain down there, in one testicle" and vomiting; a classmate's sleeping pills found empty, a
"对不起大家" to the group, drowsy (an empty sedative bottle with a goodbye or drowsiness).

False alarms: "Last time I had blood taken I passed out cold"; "nearly fainted when they drew
my blood yesterday haha"; "网上看说柿子吃多了会中毒？" (hearsay, asked); a husband who always
says barbecue "poisoned" him; a friend who "keeps saying the lamb skewers poisoned him but".

Desks: "the only thing poisoning me is last night's wine" (no persecution); a climber's finger
that popped; an itemised receipt for an insurer (billing, unless notes or a report are asked
too); where to give fasting blood; fingers stained black by persimmons; a late period and a
positive test; "不是小孩发烧" (not the child's fever); yesterday's fever gone since the
medicine; a knee graze already scabbed after a fall; a fall, a bruise and an X-ray wanted (the
doctor orders it).

Left: a stamped certificate for an insurer (records; labelled the service counter); "not my
fever" and a husband's fasting blood test for a work check-up (both the laboratory's rules and
the check-up's stand down before a check-up's report); a chest wall sore to press after moving
boxes (cardiology's word; labelled general practice); fainting at the last blood test
(neurology; labelled the laboratory).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "cut his wrist on a broken window, it's squirting with every heartbeat, soaked through both towels",
        30,
    ),
    (
        "was changing a light switch and got a massive shock, now his heart is all over the place",
        45,
    ),
    ("my boy has pain down there, in one testicle, since this morning and he threw up", 14),
    ("室友桌上的安眠药空了，她迷迷糊糊的，群里发了对不起", 21),
]
LOOK_ALIKES = [
    (
        "Last time I had blood drawn I fainted, so can I lie down for today's test?",
        ("LAB", "NEURO", "GP"),
        30,
    ),
    (
        "I almost passed out at the blood draw yesterday haha, today I'm just collecting results",
        ("LAB",),
        30,
    ),
    ("听人说芒果吃多了会中毒？孩子吃了三个，现在好好的", ("PED",), 6),
    (
        "my brother says the street food poisoned him but honestly it's just a runny tummy",
        ("GI", "GP"),
        30,
    ),
    (
        "The only thing poisoning me is last nights beer, but I rolled my ankle on the kerb, its swollen",
        ("ORTHO",),
        30,
    ),
    ("攀岩的时候食指啪的一声，现在肿起来了", ("ORTHO",), 30),
    ("need an itemised receipt for my travel insurer, where?", ("BILL",), 40),
    ("手指头染得黑黑的，洗都洗不掉，是剥核桃染的吗", ("DERM",), 50),
    ("Her test came out positive this morning, which clinic for the first visit?", ("OB",), 28),
    ("不是孩子发烧，是想问下一针疫苗在哪里打", ("CHILD", "PREV"), 1),
    ("弟弟寻日发烧，食咗药已经退咗，今日冇再烧，喉咙痛", ("ENT",), 20),
    ("前天摔了一跤，膝盖擦破皮已经结痂了，有点肿", ("ORTHO",), 30),
    ("跌咗一跤，屁股有啲瘀，想照X光", ("ORTHO",), 80),
]

TestHeldOutYangshuoZhubeiSaiYingPunZibo = taught_theme_tests(
    {
        "routing-yangshuo-sunday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-zhubei-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-sai-ying-pun-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-zibo-saturday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_not_the_childs_fever() -> None:
    assert mention("不是小孩发烧啦，是想问疫苗", "发烧").negated
    assert not mention("小孩发烧，不是我", "发烧").negated
