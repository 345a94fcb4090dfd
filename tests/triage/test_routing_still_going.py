"""What is still going on after an earlier event (migration 0126).

Two sweeps were written blind on it, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English): routing-still-sweep-first.jsonl and -second.jsonl.

- The first, scored on 39072ce: 20 of 30 emergencies, no false alarm, top-1 43 of 60. Taught from
  it by family: 29 of 30, top-1 52.
- The second, written while the first was taught, scored on 39072ce and again after the
  teaching, its misses read by nobody: 20 of 30, no false alarm, top-1 44, both times. Nothing of
  the teaching reached it. After the next round's themed sweeps (migrations 0127–0134): 21 of 30,
  top-1 45. It is held out with those floors.

Taught, by family, in our own wordings below:
- a fever during chemotherapy said as it starts or goes on (开始烧, 发紧烧, 39度);
- a fall, then confusion, not knowing people or a growing drowsiness, with no blow to the head said
  (a new composition);
- a wound's red lines going up a limb, a whole hand red and swollen, a foot turned black, with a
  fever (the spreading-infection red flag's phrases);
- bleeding after a tonsillectomy (new);
- bleeding that grows after a D&C, a surgical abortion or a miscarriage, with large clots or
  dizziness (new).

Left then, taught since (context): the event told with a past time in the same sentence as the
sign ("my son had his tonsils out last week and is spitting blood", "上周做了人流，血越来越多").
A change still going on (越来越, 越嚟越) after a past time is today's, as 一直 already was, and
"… and is spitting blood" turns to now as "… and she's bleeding" did. An acute retention of urine
("一直尿不出来，肚子胀得鼓鼓的") is an emergency since migration 0132.
"""

from tests.triage.routing_helpers import not_emergencies, sent_to_emergency
from tests.triage.taught_batches import taught_theme_tests
from triage.routing.engine import Engine

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-still-sweep-first.jsonl": (52, 29, 0),
    "routing-still-sweep-second.jsonl": (45, 21, 0),  # held out: its misses are read by nobody
}

EMERGENCIES = [
    "做完化疗第四天，开始烧，量了39度",
    "佢做紧化疗，而家发紧烧",
    "阿妈喺屋企跌低咗，之后一直乱噏嘢",
    "爷爷前天摔倒了，现在认不得人了",
    "she fell at home yesterday and is getting sleepier and sleepier",
    "被猫抓了三天，现在手上有红线往上走，还发烧",
    "cut my hand on monday, now red lines up my arm and a fever",
    "脚趾破了好几天，现在整个脚发黑，还发高烧",
    "扁桃体切了五天，刚刚吐了好多血",
    "刮宫之后这两天血又多起来了，还有大血块",
]
LOOK_ALIKES = [
    ("摔了一跤，膝盖破皮", ("ORTHO", "GS")),
    ("上个月摔倒，膝盖还有点肿", ("ORTHO",)),
    ("扁桃体手术后一周，喉咙还痛，来复查", ("ENT",)),
    ("化疗后头发一直掉", ("ONC", "DERM")),
    ("流产后想调理身体", ("TCM", "GYN")),
    ("上个月流产了，想问什么时候可以再怀", ("GYN", "OB")),
    ("tonsils out last year, now sore throat again", ("ENT",)),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)


def test_a_change_still_going_on_after_a_past_event_is_today(shipped_engine: Engine) -> None:
    rows = [
        "上个月做了人流，这几天血越来越多",
        "she had her tonsils out on monday and is coughing up blood",
    ]
    assert not_emergencies(shipped_engine, rows) == []
    look_alikes = [
        ("三年前中风，腿越来越没力", ("NEURO", "REHAB")),
        ("去年做了手术，最近越来越瘦", ("ENDO", "GS", "GI")),
    ]
    assert sent_to_emergency(shipped_engine, [text for text, _desks in look_alikes]) == []
