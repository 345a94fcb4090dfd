"""Emergencies told by a relative in lay words, and after something happened (migration 0128).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on 45dead9 before anything was taught from them:

- routing-relatives-sweep.jsonl (a relative tells what they saw): 28 of 30 emergencies, no false
  alarm, top-1 57; taught from: 30 of 30, top-1 59.
- routing-after-event-sweep.jsonl (a fall, a blow, a burn, fumes, a drink): 26 of 30, 4 false
  alarms, top-1 51; taught from: 30 of 30, no false alarm, top-1 60.

Taught, by family, in our own wordings below:
- confusion or not knowing the family today in someone who was well yesterday (a new
  composition; 乱咁讲嘢, 唔认得我哋 join `confused`);
- weary of life said as not bearing it any longer (唔想再捱落去), with a rooftop;
- a headache that grows, with vomiting (a new composition; a migraine's, a hangover's or a car
  sickness's is not);
- cleaners mixed or their fumes breathed in, then a tight chest or a cough that does not stop (a
  new composition);
- a chemical splashed on the face or into an eye (a new composition; dish soap or shampoo in an
  eye is the eye clinic's);
- a blow to the belly by an elbow or a knee, then pallor or a growing pain;
- a night lost in the cold, then confusion;
- a hangover's headache is the general clinic's;
- what a document asked for is of ("车祸的诊断证明", "notes from the car crash") is no injury of
  today (context), nor is a wound whose stitches are to come out.

Left: "來拿慢性病的藥" with a named illness goes to the pharmacy, not the illness's desk.
"""

import pytest

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-relatives-sweep.jsonl": (59, 30, 0),
    "routing-after-event-sweep.jsonl": (60, 30, 0),
}

EMERGENCIES = [
    "阿爷今朝起身就乱咁讲嘢，琴日仲好好哋",
    "奶奶昨天还好好的，今天早上开始认不得人",
    "my mum was fine yesterday, this morning she's confused and talking nonsense",
    "我女朋友话唔想再捱落去，一个人企咗喺天台",
    "头痛越来越厉害，吐了两次",
    "被车刮了一下，回家睡了一觉，现在头越来越痛还吐了",
    "把漂白水和洁厕灵混在一起用，闻了一口，现在胸口闷咳个不停",
    "mixed bleach and ammonia cleaning the bathroom and now I'm wheezing",
    "漂白水溅到眼睛里了",
    "水泥溅到眼里，睁不开",
    "踢球被人膝盖顶了肚子，现在越来越痛，脸色发白",
    "爬山迷路了一整晚，冻得发抖，现在说话含糊",
]
LOOK_ALIKES = [
    ("奶奶有点糊涂好几年了，想看看记忆门诊", ("GERI", "NEURO")),
    ("我有点糊涂，该挂哪个科", ("GP", "CS")),
    ("偏头痛又犯了，越来越疼，吐了", ("NEURO",)),
    ("喝完喜酒第二天头疼，有没有药", ("GP", "GI")),
    ("洗发水进眼睛了，有点涩", ("OPH",)),
    ("洁厕灵溅到手上，有点红", ("GP", "DERM", "BURN")),
    ("上周车祸的诊断证明去哪开", ("RECORDS", "CS")),
    ("need a sick note for the car crash", ("RECORDS", "CS")),
    ("拆线挂哪个科，上周被刀割伤缝了针", ("GS",)),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("车祸的诊断证明在哪开", "车祸"),
        ("need a copy of my notes from the car crash", "car crash"),
        ("want the report of the fall for the insurer", "fall"),
    ],
)
def test_what_a_document_is_of_is_not_today(text: str, word: str) -> None:
    assert mention(text, word).not_now


def test_an_injury_told_with_a_document_asked_after_it_is_today() -> None:
    assert not mention("被车撞了，腿流血不止，要开证明吗", "被车撞").not_now
