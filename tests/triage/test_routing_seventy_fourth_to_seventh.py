"""Four hand-written files, the seventy-fourth to the seventy-seventh (60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies), written blind: routing-seventy-fourth-
handwritten.jsonl … routing-seventy-seventh-handwritten.jsonl. This module holds their per-file
gates, their emergencies and their false alarms (the wrong desks are the desks teacher's).

First run, on commit da9b6b8 (migration 0061, the round's start), seventy-fourth to
seventy-seventh: top-1 49, 52, 44, 53 of 60; emergencies 18, 19, 16, 19 of 20; false alarms 3, 1,
3, 1 of 40. On b546b25 (migration 0064, after this round's fourteen other files were taught, before
any change for these): top-1 51, 55, 45, 55; emergencies 20, 19, 16, 20; false alarms 3, 1, 3, 0.
After this module's change (migration 0065, with the desks teacher's): top-1 58, 60, 59, 60
(237 of 240); emergencies 20, 20, 20, 20 (80 of 80); false alarms 2, 0, 1, 0 (the three kept below); 8,736 case-file complaints compared
with b546b25, none worse.

Taught by family (the shipped rules and concepts, one context step), never by sentence. Missed
emergencies: a baby of four to six months said in English ("is six months", "he's 5 months") who
is floppy or off the bottle; someone found on the floor, down for an unknown time or cold to the
touch (a long lie: 不知道躺了多久, 身上冰凉, "ice cold"); a road collision, then pallor or a cold
sweat (shock: 被撞…脸好白，冒冷汗); a pregnancy told by its weeks with Cantonese 大肚 (大肚34周)
with the waters gone (穿咗水); someone with epilepsy who will not stop shaking or has shaken for
minutes. False alarms: a worn-out body part ("my knees are shot"), a fit-to-fly or fit-for-work
letter in pregnancy, the emergency visit's bill (急诊的钱), Cantonese 早排 ("a while ago") as a
time of the past (早排有个同事中风).

Left, on purpose: f74-033 (a roommate reports drunk talk of jumping, "其实是乱讲的") and f76-022
(a father who "不想活了", "应该是开玩笑吧？") are labelled no emergency, but words of suicide are
never silenced by the teller's doubt; f74-039 (fainted at work just now, "而家冇事") is a loss of
consciousness today, which the engine keeps (a faint told as past, 上周晕倒过, is not).
"""

import pytest

from tests.triage.routing_helpers import (
    off_their_desk,
)
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# The false alarms each file keeps on purpose (see the docstring): f74-033 and f74-039, f76-022.
# Each is also a top-1 miss, so the file's top-1 bar is lowered by as much.
KEPT_FALSE_ALARMS = {
    "routing-seventy-fourth-handwritten.jsonl": 2,
    "routing-seventy-sixth-handwritten.jsonl": 1,
}

TestFiles = file_tests("seventy_fourth_to_seventh", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a baby of four to six months said in English, floppy or off the bottle": [
        ("The baby I'm minding is five months, he's floppy and won't take his bottle", 0),
        ("My son is 4 months and he's limp and very sleepy", 0),
        ("She's six months old, floppy and not feeding", 0),
    ],
    "found on the floor for an unknown time, or cold to the touch (a long lie)": [
        ("爷爷一个人住，早上发现倒在地上，不知道倒了多久", 88),
        ("婆婆被发现躺在地上，身上冰冷",),
        (
            "Found my dad lying on the floor this morning, he's ice cold, no idea how long he was there",
        ),
        ("阿嫲瞓咗喺地下成晚，唔知几耐",),
    ],
    "a road collision, then pallor or a cold sweat (shock)": [
        ("我老公开车被撞了，现在脸色苍白，一直出冷汗",),
        ("她騎機車被車撞，臉色蒼白，手腳冰冷",),
        ("Hit by a car on his bike, now pale and clammy",),
    ],
    "a pregnancy by its weeks with 大肚, and the waters gone": [
        ("我太太大肚32周，刚才破水了",),
        ("老婆大肚三十周，下面一直流水",),
        ("我大肚36週，穿咗羊水",),
    ],
    "someone with epilepsy shaking without stopping or for minutes": [
        ("my brother has epilepsy and he won't stop shaking, it's been 6 minutes",),
        ("我儿子有癫痫，现在全身抖个不停，停不下来",),
        ("佢有羊癲瘋，抖咗成五分鐘都未停",),
    ],
}
# Look-alikes: the same words in a harmless sense, a routine or the past: no emergency.
NOT_EMERGENCIES = {
    "a baby's age in months without a danger sign": [
        ("My daughter is six months, due for her vaccinations", 0),
        ("he's 5 months and has a bit of a rash on his cheeks", 0),
    ],
    "on the floor in play or exercise": [
        ("孩子躺在地上打滚哭闹",),
        ("喜欢躺在地上做瑜伽，腰有点酸",),
        ("The floor is cold, I slipped and was lying on the floor for a second, bruised hip",),
    ],
    "a collision of the past or for a paper": [
        ("去年出过车祸，想开个诊断证明给保险公司",),
        ("I was in a car accident last year, still get back pain",),
    ],
    "大肚 of a routine visit, or a belly": [
        ("我大肚20周，想预约产检",),
        ("大肚腩越来越大，想减肥",),
    ],
    "epilepsy with a tremor, a prescription or a review": [
        ("I have epilepsy, my hands shake since the new tablets",),
        ("我有癫痫，想来开药",),
        ("epilepsy review, no seizures this year",),
    ],
    "a worn-out body part (shot)": [
        ("My knees are shot after years of running, I'd like to see someone about it",),
        ("My back is shot from gardening, want a check",),
    ],
    "a fit-to-fly or fit-for-work letter in pregnancy": [
        ("30 weeks pregnant, I need a fit to fly certificate",),
        ("26 weeks pregnant, need a fit for work note",),
    ],
    "the emergency visit's bill": [
        ("我想交急诊的钱",),
        ("要缴急诊费，在哪里交",),
    ],
    "早排 (a while ago) another's stroke": [
        ("早排有个朋友中风，我最近头晕想查下",),
        ("我冇事，早排个舅父中风，想检查下血压",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("My son was shot in the leg",),
    ("He got shot, bleeding a lot",),
    ("32 weeks pregnant and she just had a fit",),
    ("我要挂急诊，胸口痛出冷汗",),
    ("我阿爸突然中风，讲唔到嘢",),
    ("早排开始头痛，今日突然半边身冇力",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each look-alike goes to (the first is enough).
LOOK_ALIKE_DESKS = [
    ("My knees are shot after years of running, I'd like to see someone about it", "ORTHO"),
    ("30 weeks pregnant, I need a fit to fly certificate", "OB"),
    ("26 weeks pregnant, need a fit for work note", "OB"),
    ("我想交急诊的钱", "BILL"),
    ("早排有个朋友中风，我最近头晕想查下", "NEURO"),
    ("我大肚20周，想预约产检", "OB"),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses


def test_cantonese_a_while_ago_is_the_past() -> None:
    from triage.routing.context import Story

    text = "早排有个同事中风|我惊"
    start = text.index("中风")
    assert Story(text).mention(start, start + 2).not_now
    # "前排" (the front row) is no time.
    text = "坐前排的同事中风了"
    start = text.index("中风")
    assert not Story(text).mention(start, start + 2).not_now
