"""A new danger in someone with a known illness, and children's emergencies (migration 0129).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on 45dead9, then again after the round's first two
teachings (migrations 0127 and 0128), before anything was taught from them:

- routing-known-illness-sweep.jsonl (a known illness or treatment, something new): 26 of 30
  emergencies, 1 false alarm, top-1 52, both times; taught from: 30 of 30, no false alarm, top-1
  59.
- routing-children-sweep.jsonl (babies, children and teenagers): 22 of 30, 1 false alarm, top-1
  46, both times; taught from: 28 of 30, no false alarm, top-1 57.

Taught, by family, in our own wordings below:
- years of a transplant or dialysis (肾移植三年了) and an old cirrhosis (肝硬化老毛病) are the
  treatment's and the illness's, no long story holding back today's fever or black stools
  (context);
- black or bloody stools (血便) with a body gone white and cold;
- a dialysis missed, said as not made and put off to today;
- epilepsy with no fit for years, asked about the medicine, is no fit now;
- a long-term illness's medicine running out and asked for again goes to its own clinic (new,
  one rule per clinic); a prescription already written, or where to collect it, stays the
  pharmacy's; a refill picked up and a copy of the records asked for in Cantonese (影返) are the
  service's own (ranking);
- a child's fever with a red, swollen joint or a limp (new);
- a young child's scald with a blister as big as a palm (new);
- a baby fallen from a bed or a table, with a lump on the head (new);
- a baby of weeks who grunts, feeds slowly or cries weakly, its age said in weeks;
- a nappy that stayed dry with diarrhoea; a child hard to wake, said in Cantonese (叫极都唔多醒);
- "she hasn't talked about hurting herself" denies it (context).

Left: a bead in a child's nose goes to ENT, not ER; "個仔有啲咳" with no age goes to respiratory
medicine; a nappy typed "尿不是" reads as a denial; a Chinese phone message's spaces are no
clause breaks; "hasn't said anything about hurting himself" is beyond the negation's reach.
"""

import pytest

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-known-illness-sweep.jsonl": (59, 30, 0),
    "routing-children-sweep.jsonl": (57, 28, 0),
}

EMERGENCIES = [
    "心脏移植五年了，这两天发烧，没什么尿",
    "换肾两年了，这几天发烧，尿很少",
    "肝硬化老毛病，今天拉黑便，站起来就晕",
    "食紧薄血丸，今日屙咗几次血便，成个人好白",
    ("孩子六岁，发烧两天，今天膝盖又红又肿不肯走", 6),
    ("宝宝两岁，被开水烫到手臂，起了个巴掌大的泡", 2),
    ("baby is 4 months old, rolled off the bed onto the floor, now a soft bump on his head", 0),
    "宝宝才两周，吃奶很慢，哭声小小的",
    "my 3 week old is grunting with every breath",
    ("宝宝一岁，拉水样便，尿布一上午都没湿", 1),
]
LOOK_ALIKES = [
    ("癫痫两年没发作了，想问能不能停药", ("NEURO",)),
    ("我有抑郁症，药快吃完了，想再开点", ("PSY",)),
    ("糖尿病好多年，来拿慢性病的药", ("ENDO",)),
    ("高血压的药在哪拿", ("PHARM",)),
    ("抑郁症的药吃完了，开好处方了，去哪拿", ("PHARM",)),
    ("孩子扭到脚了，有点跛，没发烧", ("PEDSURG", "ORTHO")),
    ("宝宝手被热水烫红了一小块", ("BURN", "PED")),
    ("烫伤换药挂哪个科，孩子五岁", ("BURN", "PEDSURG")),
    ("宝宝从沙发上掉下来，哭了一下就好了，没起包", ("PED", "PEDSURG")),
    ("picking up my son's eczema cream, the doctor already wrote the prescription", ("PHARM",)),
    ("我想影返张化验单嘅报告", ("LAB", "RECORDS")),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("肾移植三年了，这两天发烧，尿很少", "发烧"),
        ("肝硬化老毛病，今天拉黑便，站起来就晕", "黑便"),
    ],
)
def test_a_treatments_years_hold_back_no_fever_of_today(text: str, word: str) -> None:
    assert not mention(text, word).not_now


def test_a_self_harm_not_talked_about_is_denied() -> None:
    text = "my 14 yr old has been really down, she hasnt talked about hurting herself"
    assert mention(text, "hurting herself").negated
