"""Four general days written blind in the session that began at `7054da1`, the first round (a
windy Sunday in Zhangjiakou with the ski slopes of Chongli, a Wednesday at Beitou's hot springs,
a Thursday in Kennedy Town, a heating-season Tuesday in Baoding; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `7054da1`: top-1 55, 54,
56 and 58 of 60 (223 of 240, 92.9 %), 78 of 80 emergencies (97.5 %), 4 false alarms of 160
(2.5 %). Read then: 58, 56, 58 and 59 (231), 80 and none (the floors below).

Red flags: a hiker found chilled through who no longer shivers (唔识震, 全身冰晒) and talks
nonsense; a forearm whose blood spurts "every time my heart beats" (each heartbeat is now, not a
habit).

False alarms: "my face is on fire" after two days on the slopes with no sunscreen; a chest
burning like fire (火烧火烧) with acid at night, no heat named; light spotting at 14 weeks with
no cramps (the obstetric clinic); "it's not a new stroke" (the word "new" between the denial
and the stroke); "别紧张" said to the desk (no worry told) before a heart check-up.

Desks: finger joints stiff every morning (早上起来都很硬) to rheumatology.

Left: an X-ray slip, where and whether to pay first (billing; labelled imaging); a fright on the
cable car, then travel-sickness pills (cardiology; labelled general practice); sulphur fumes
smelt, nothing felt; a clinic for pain injections after physiotherapy (rehabilitation; labelled
pain or orthopaedics); a hangover headache; a doctor's note after a faint at a hot spring;
hearsay of leukaemia; mainland insurance claimed here (billing; labelled insurance); an itemised
receipt for insurance (insurance; labelled billing).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阿爺喺山頂迷咗路，搵到佢嘅時候全身冰晒，而家唔識震，講嘢亂晒", 80),
    ("Cut my leg on a chainsaw, the blood spurts every time my heart beats", 45),
]
LOOK_ALIKES = [
    (
        "My face is on fire lol, a whole day at the beach with no sunscreen and my nose is peeling",
        ("DERM",),
        25,
    ),
    ("胸口火烧火烧的，吃完饭更明显，躺下会反酸", ("GI",), 50),
    ("I'm 12 weeks pregnant, some light spotting this morning, no cramps at all", ("OB",), 30),
    (
        "It's not a new stroke, my dad had one two years ago and wants to restart his physio",
        ("REHAB",),
        70,
    ),
    ("别紧张，不是急事，我妈去年放了支架，今天来复查开药", ("CARD",), 66),
    ("手指关节每天早上起来都很硬，要一个钟才松开", ("RHEUM",), 55),
]

TestHeldOutZhangjiakouBeitouKennedyTownBaoding = taught_theme_tests(
    {
        "routing-zhangjiakou-sunday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-beitou-wednesday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-kennedy-town-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-baoding-tuesday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_a_new_one_denied_is_denied() -> None:
    assert mention("it's not a new stroke, she had one years ago", "stroke").negated


def test_reassuring_the_desk_tells_no_worry() -> None:
    assert mention("别紧张，我来复查", "紧张").negated
    assert mention("不用担心，他好好的", "担心").negated
    assert not mention("最近总是紧张", "紧张").negated


def test_each_heartbeat_is_now_not_a_habit() -> None:
    assert not mention("it spurts every time my heart beats", "spurts").habit
    assert mention("it spurts every time I cough", "spurts").habit
