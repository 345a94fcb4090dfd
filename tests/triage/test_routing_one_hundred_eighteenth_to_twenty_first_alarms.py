"""Emergencies said in words no rule held, and calm stories the engine read as emergencies,
found by the 118th to 121st hand-written files and fixed by family (concept, composition,
context), never by a file's sentence.

- Legs that cannot be felt after a fall or a blow, said with 没得 ("no" in the south-west) or
  after hitting a tree.
- A late period, then belly pain with dizziness, fainting or a cold sweat, the two said in
  neighbouring clauses: a ruptured ectopic pregnancy until shown otherwise.
- Asleep or lying in the snow, then a body cold all over or slurred speech: hypothermia.
- A rear-end crash with pallor or a cold sweat; a belly struck by the steering wheel or the seat
  belt that hurts more and more.
- An eye struck by something sprung or thrown (弹亲, 打到, 击中), then sight lost or bleeding.
- Calm: a pale face with pale lips (面青口唇白) is pallor, not a blue face; breathlessness on each
  climb of the stairs or each walk is a habit of weeks, not a companion of chest tightness now
  (breathless "at any movement" with a blue face is still now); a wrist
  or an ankle swollen after an e-bike fall with no bleeding is the bone clinic's.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0080 and held out at first: on 7887dbc they read
53, 55, 51, 54 of 60 (213 of 240), 74 of 80 emergencies, 3 of 160 false, 6 fallbacks (the round's
start, ce053e1, the same). With this module's change and the desks teacher's (migration 0082):
240 of 240, 80 of 80, 0 of 160. This module holds their per-file gates.
"""

import pytest

from tests.triage.routing_helpers import mention, not_emergencies
from tests.triage.taught_batches import alarm_family_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("one_hundred_eighteenth_to_twenty_first")

EMERGENCIES = {
    "legs that cannot be felt after a fall or a blow": [
        "从梯子上摔下来，两条腿没得知觉",
        "他从房顶上跌下来，脚没得感觉了",
        "從屋頂摔下來，兩條腿沒知覺了",
        "he skied into a tree and can't feel his legs",
        "she hit a tree on her bike and now cannot feel her legs",
        "he fell off the roof and can't feel his legs",
    ],
    "a late period, then belly pain with dizziness or fainting": [
        "例假推迟了十天，今天小腹很痛，刚才差点晕倒",
        "月经迟了快三周，肚子一阵阵疼，头好晕",
        "月經遲了兩週，肚子好痛，頭好暈",
        "my period is two weeks late, bad belly pain and I feel faint",
        "period is late and I have stomach pain, I nearly passed out",
    ],
    "asleep in the snow, then cold all over or slurring": [
        "喝醉了躺在雪地里睡着了，全身冰凉",
        "老人在雪堆里躺了半天，身上冰凉，说话不清",
        "喝醉了睡在雪地裡，全身冰涼",
        "found him asleep in the snow, ice cold and slurring",
        "she passed out in the snow after the party and is cold to the touch",
    ],
    "a rear-end crash or a belly struck by the steering wheel": [
        "被追尾了，人脸色煞白，出冷汗",
        "肚子撞到方向盘，越来越痛",
        "車子被追尾，肚子撞到方向盤，越來越痛",
        "we were rear-ended and my wife is pale and clammy",
        "his stomach hit the steering wheel in the crash and it is getting worse",
    ],
    "an eye struck by something sprung or thrown, then blind or bleeding": [
        "树枝弹到眼睛，现在看不见东西",
        "我俾啲铁线弹亲只眼，睇唔到嘢",
        "被鐵棍打到眼睛，流血了",
        "a stone flew up from the mower and hit his eye, he cannot see",
        "got hit in the eye with a ball, now I can't see out of it",
    ],
}

NOT_EMERGENCIES = {
    "a pale face with pale lips": [
        "最近好攰，面青口唇白，行路都冇力",
        "面青唇白，成日头晕，验血话贫血",
        "孩子面青口唇白，胃口不好，有点喘",
    ],
    "breathlessness on the stairs with chest tightness": [
        "胸口闷闷的，不痛，爬楼梯会喘",
        "胸口有点闷，一上楼就喘，脚也肿",
        "胸口悶悶的，走路會喘，腳有點腫",
    ],
    "a wrist or an ankle swollen after an e-bike fall, no bleeding": [
        "骑电动车摔了，右手腕肿得老高，没流血",
        "騎機車摔倒，手腕腫起來，沒流血",
        "came off my scooter, wrist is swollen, no bleeding",
    ],
    "someone else's story or a question": [
        "以前眼睛被打伤过，现在看东西有点模糊",
        "月经推迟了，肚子有点胀痛",
        "月经推迟一周，有点头晕",
        "在雪地里玩了一会儿，手有点冰凉",
        "开车被追尾，脖子有点酸",
    ],
}

STILL_EMERGENCIES = [
    # The habit of effort holds back only its own clause's breathlessness.
    "胸口很闷，爬楼梯都喘，出冷汗",
    "胸口压着疼，出冷汗，平时爬楼梯会喘",
    "爬楼梯的时候突然胸口剧痛，出冷汗",
    "胸口很闷，气喘",
    "走几步就喘不过气，嘴唇发紫",
    # Pale lips hold back only the blue face: a failing breath is still one.
    "面青口唇白，好似透唔到气",
    # Bleeding, a bent limb or a head struck after an e-bike fall are red flags of their own.
    "骑电动车摔了，手腕肿，血流不止",
    "骑电动车摔了，头晕想吐",
    # A bare 就 tells one time, not a habit of effort.
    "我爸上楼梯就晕倒了，叫不醒",
    "爬山爬到一半就胸口剧痛，出冷汗",
]

AT_THEIR_DESK = [
    ("骑电动车摔了，右手腕肿得老高，没流血", ("ORTHO",)),
    ("came off my scooter, wrist is swollen, no bleeding", ("ORTHO",)),
    ("最近好攰，面青口唇白，上次验血话血色素好低", ("HEME",)),
    ("胸口闷闷的，不会痛，爬楼梯会喘，脚也肿，医生说我心脏大", ("CARD",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("胸口闷，爬楼梯会喘", "喘"),
        ("行两层楼梯都喘", "喘"),
        ("一上楼就喘", "喘"),
        ("走几步就会喘不过气", "喘不过气"),
    ],
)
def test_breathlessness_at_each_effort_is_a_habit(text: str, word: str) -> None:
    assert mention(text, word, last=True).habit


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("爬楼梯的时候突然喘不过气", "喘不过气"),
        ("刚才上楼梯，现在喘不过气", "喘不过气"),
        ("胸口很闷，气喘", "喘"),
        ("我爸上楼梯就晕倒了", "晕倒"),
        ("走路都不稳", "不稳"),
    ],
)
def test_breathlessness_said_once_or_now_is_no_habit(text: str, word: str) -> None:
    assert not mention(text, word, last=True).habit


def test_breathless_at_any_movement_with_a_blue_face_stays_an_emergency(
    shipped_engine: Engine,
) -> None:
    # "At any movement" is no climb or walk of weeks: with the face turning blue it is now.
    misses = not_emergencies(shipped_engine, ["一动就喘，脸发青", "一活动就喘不上气，嘴唇发紫"])
    assert not misses, misses
