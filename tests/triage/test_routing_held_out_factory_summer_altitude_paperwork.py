"""Four days written blind and held out until the code of `c8c77f5` was measured on them (a
Tuesday by an electronics factory campus, the summer holidays, a Saturday in a high-altitude
tourist region, a Thursday of paperwork and people speaking for others; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read: top-1 53, 56, 56 and 59 of 60
(224 of 240, 93.3 %), 78 of 80 emergencies (97.5 %), 3 false alarms of 160 (1.9 %). Read then:
233, 80 and none (the floors below).

Red flags: an etching bath splashed on a worker's face and hands, the skin white, the eyes
burning shut (a chemical splash with the face, the eyes or white or blistered skin); a flatmate
who "took around 30" paracetamol, the empty bottle told a clause before. False alarms: a hotel's
reading of 180 that read 135 after a rest (the pressure read again is the visitor's); a molar's
throbbing "抽着痛" (no seizure); a question of chronic poisoning after a colleague fainted.

Desks: tired, heavier, cold in summer, the hair falling (the thyroid); an inhaler refill collected
(the pharmacy); a fitness certificate for a trekking permit; knees worn for years (orthopaedics,
not the pain clinic); a teenager gaming till dawn and slamming doors (psychology).

Left: a stamp for a sick note (the service centre or records); whether night shifts cause breast
cancer (oncology); a mild headache on the third day at altitude (neurology; no word of altitude
is said); a cousin's ward asked after fireworks (burns); a summer camp's health certificate for a
child (child health); admission papers after a child's fracture (paediatric surgery wins).
"""

import pytest

from tests.triage.taught_batches import taught_theme_tests
from triage.routing import redflags
from triage.routing.text import normalise

EMERGENCIES = [
    "电镀车间的药水溅到眼睛里了，火辣辣的睁不开，一直流泪",
    "my flatmate swallowed a whole lot of tylenol, the box is empty, she said she took about 40 an hour ago",
]
LOOK_ALIKES = [
    ("在家量血压190，吓了一跳，坐着休息了十分钟再量是140，没有不舒服", ("CARD",)),
    ("左边后牙这两天一抽一抽地痛，咬东西更疼", ("DENT",)),
    ("怕冷，最近胖了十斤，头发也掉得厉害", ("ENDO",)),
    ("here to pick up the inhaler my doctor prescribed, already paid", ("PHARM",)),
    ("need a medical fitness certificate for a trekking trip", ("PREV",)),
    ("膝盖疼了好几年了，蹲下起不来，拍片说是退化", ("ORTHO",)),
    ("孩子暑假天天通宵打游戏，说他就摔门", ("PSY",), 14),
    ("车间里有人说会慢性中毒，我想查查", ("PREV", "GP")),
]

TestHeldOutFactorySummerAltitudePaperwork = taught_theme_tests(
    {
        "routing-electronics-campus-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-summer-holidays-held-out-sweep.jsonl": (57, 20, 0),
        "routing-high-altitude-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-paperwork-thursday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


@pytest.mark.parametrize(
    ("text", "high"),
    [
        ("在家量血压190，坐着休息了一会再量是135", False),  # read lower again: over
        ("血压190，休息了一会再量185", True),  # still high
        ("昨天量血压190，今天心跳100", True),  # today's number is the heart's
        ("低压120，休息后再量115", True),  # a high lower number is not read again by an upper one
    ],
)
def test_a_blood_pressure_read_again(text: str, high: bool) -> None:
    signs = redflags.vital_signs(normalise(text))
    assert any(sign.concept == "blood_pressure" for sign in signs) is high
