"""Four hand-written files, the eighty-second to the eighty-fifth (60 complaints each, 20
emergencies), written blind: routing-eighty-second-handwritten.jsonl …
routing-eighty-fifth-handwritten.jsonl. This module holds their per-file gates, their emergencies
and their false alarms (the wrong desks are the desks teacher's, in
test_routing_eighty_second_to_fifth_desks.py).

First run, on commit efe1d43 (migration 0066, before any change for these), eighty-second to
eighty-fifth: top-1 53, 58, 52, 56 of 60 (219 of 240); emergencies 18, 19, 16, 19 of 20 (72 of
80); false alarms 1, 0, 1, 1 of 40 (3 of 160; and a fright's heart word sent to cardiology). After
this module's change, with the desks teacher's: top-1 60, 60, 60, 60 (240 of 240); emergencies
20, 20, 20, 20 (80 of 80); false alarms 0, 0, 0, 0. Every case file's top compared with efe1d43:
none worse (23 better, the desks teacher's among them; beside this batch, the held-out fiftieth's
"不過冇氣促，嘴唇都冇腫" is no longer a false alarm, by the swelling denied, never taught from it).
The three context steps changed are tested in test_routing_steps.py.

Why the eight emergencies were missed, and what was taught (by family, never by sentence):
- a tricycle overturned into a ditch, a man crushed under it, then a belly swelling, a face
  "white enough to frighten" and hardly answering: no rule matched at all. The road-collision
  shock rule now takes a vehicle overturned (翻车, 翻沟里, 拖拉机…翻, "tractor rolled",
  "overturned") or a body crushed by it (被车…压, 车把…压, "pinned under"), and beside it a
  belly swelling (肚子…鼓, 越来越鼓, "belly swelling"), a white face said so (脸白, 脸…白得) or
  no response; and "不咋应", "不大应" (hardly answering) are no response;
- pesticide sprayed on a cotton field, then vomiting, sweating, drooling, pinpoint pupils: 打药
  (spraying, the farmer's word) was no pesticide; 地里打药, 田里打药, 园里打药 and "spraying the
  crops" now are;
- a two-year-old breathing hard, the ribs drawing in, the lips dusky: "往里头陷" and the northern
  肋巴骨 were no recession; a chest or ribs sinking inwards (往里陷, 往里头陷, 往里凹) now is, and
  dusky lips said as 嘴皮 (嘴皮…乌/紫/青) a breathing red flag (lips blue from the cold are not);
- a dialysis skipped for three days, weak with a strange heartbeat ("skip dialysis" was no missed
  dialysis; "heart beat is strange" joins the heartbeat words); and "我爸透析的，这礼拜漏了两次"
  (missed twice, said in a clause apart from the word dialysis): a new composition, sessions
  missed (漏了…次, 少做了…次, "missed two sessions") beside dialysis, unless it is a medicine or
  a dose that was missed, or the past, or made up;
- insulin in the morning and no breakfast, then hardly answering, a cold sweat, shaking: a new
  composition, insulin or diabetes tablets without a meal (in one clause) and a sweat, shaking,
  palpitations, confusion or no response (a hypo); one that sugar put right stays the endocrine
  clinic's;
- "threw up what looks like a cup of bright red blood": the vomit and the blood too far apart for
  any phrase; a cup, a mug or a bowl of blood is heavy bleeding wherever it comes from, and
  "threw up … blood", "brought up … blood" are vomited blood;
- "swallowed full strip of paracetamol … now vomiting and looking yellowish": "full strip" was no
  amount. A new composition: a full strip, packet or bottle of a medicine beside a word of
  swallowing or taking (not a stock at home, a question of how many, a pharmacy's supply); not
  "full" in the concepts of a whole pack, which fire with no swallowing said.
False alarms:
- "机器上刷身份证没反应" (the kiosk did not react to the ID card) fired the no-response red flag:
  a card, a kiosk, a scanner, a screen that does not respond is no person (the rule's exceptions,
  and the learner's-English rule's: kiosk, machine, screen, app);
- "食完海鮮成身痕…不過冇氣喘，個嘴都冇腫": the denial inside a red flag's phrase ("嘴…冇肿") was
  kept, as a red flag keeps its gaps; a swelling denied right before its word is now no swelling,
  as a pain denied was already no pain (a code step, engine.py / context.pain_denied). Beside it
  the older "hives after peanuts, no trouble breathing" (found by the last desks teacher): "no
  trouble breathing", "no difficulty swallowing" are now a negation (context._NEGATION_EN);
- "還以為自己心肌梗塞，結果是胃脹氣": a feared illness that turned out to be something else. What
  was believed right after 以为 (or "thought I was …"), when a later clause says what it turned out
  to be (结果是, 原来是, 其实是, "turned out"), is no finding (context.Story._believed_otherwise);
  without the turn ("以为他中风了，赶紧送来") it is read as told;
- "吓得俺心脏病都快犯了…俺来看脖子的" (frightened "almost into a heart attack") was cardiology's:
  a fright that nearly brought one on (吓得…快犯了, "nearly gave me a heart attack") is no heart
  disease for the two cardiology desk rules. (The neck itself, 低头久了手发麻, is the desks
  teacher's.)
"""

import pytest

from tests.triage.routing_helpers import off_their_desk
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# No false alarm is kept on purpose in these files.
KEPT_FALSE_ALARMS: dict[str, int] = {}

TestFiles = file_tests("eighty_second_to_fifth", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a vehicle overturned or a body crushed, then a belly swelling, pallor or no response": [
        ("拖拉机翻了，我爸被压在底下，现在肚子越来越鼓",),
        ("三輪車翻了，我舅舅被車壓到，臉白得嚇人",),
        ("The tractor rolled and pinned him, his belly is swelling and he's gone pale",),
    ],
    "a pesticide sprayed (打药), then vomiting, sweating or drooling": [
        ("我老公在田里打药，回来一直吐，满头大汗，口水直流",),
        ("我爸在地里打药，回来就吐，一身汗",),
        ("He was spraying the crops this morning, now he's drooling, sweating and throwing up",),
    ],
    "a child's chest or ribs sinking in, or lips dusky, while breathing hard": [
        ("孩子喘得厉害，吸气时肋骨那里往里陷", 3),
        ("細路哥喘得好辛苦，吸氣嗰陣胸口往裡頭陷", 2),
        ("娃喘得凶，嘴皮发乌", 2),
    ],
    "dialysis skipped or sessions missed, told apart": [
        ("我妈血透的，这周漏了一次，现在没力气",),
        ("爸爸洗腎的，這個禮拜漏咗兩次，依家好喘",),
        ("my husband skip dialysis since Monday, now very weak",),
    ],
    "insulin or diabetes tablets without a meal, then a sweat, shaking or drowsiness": [
        ("我妈打了胰岛素没吃午饭，现在出冷汗，说话迷糊",),
        ("阿爺食咗降糖藥冇食早餐，而家一身冷汗，手震",),
        ("She took her insulin and skipped lunch, now she's shaky and sweaty",),
    ],
    "a cup of blood, or blood thrown up": [
        ("He threw up a cup of blood after drinking all night",),
        ("My mum brought up bright red blood twice this morning",),
        ("just vomited what looked like a mug of blood",),
    ],
    "a full strip or packet of paracetamol swallowed": [
        ("My daughter swallowed a full strip of paracetamol after an argument, now she's sick",),
        ("he took full packet of panadol last night, now his eyes are yellow",),
    ],
}
# Look-alikes: the same words in a harmless sense, denied, past, asked, a belief that turned out
# otherwise: no emergency.
NOT_EMERGENCIES = {
    "翻车 as a failure, with a fright": [
        ("直播翻车了，吓得我脸都白了，现在胃有点不舒服",),
    ],
    "a pesticide handled, nothing wrong": [
        ("手上打药时沾了一点，已经洗干净了，没有不舒服",),
    ],
    "ribs sinking in or lips dusky without breathing hard": [
        ("孩子胸口有点往里凹，是不是鸡胸", 6),
        ("天冷孩子嘴皮冻得发乌，暖和了就好", 4),
    ],
    "a medicine missed on dialysis, or a session missed long ago and made up": [
        ("透析的，降压药这礼拜漏了两次，要紧吗",),
        ("我妈洗肾，上个月漏了一次，已经补做了，来复查",),
    ],
    "insulin without a meal, nothing wrong, or a hypo put right by sugar": [
        ("打了胰岛素没吃早饭，有点饿，现在可以吃吗",),
        ("打胰岛素没吃饭，手抖出汗，吃了块糖就好了",),
        ("I took my insulin and skipped breakfast, feel fine, can I still eat?",),
    ],
    "a full bottle or strip at home, a full packet of crisps": [
        ("I have a full bottle of paracetamol at home, how many can I take for my toothache",),
        ("ate a full packet of crisps and now my stomach hurts",),
    ],
    "a cup of tea, blood denied, blood on the paper": [
        ("had a cup of tea and a blood test this morning",),
        ("threw up twice, no blood in it",),
        ("bright red blood on the toilet paper when I wipe",),
    ],
    "a card, a kiosk or a screen that does not respond": [
        ("自助机上刷医保卡没反应，在哪里缴费",),
        ("the check-in kiosk is not responding",),
    ],
    "hives after a food, breathing and lips swelling denied": [
        ("hives after peanuts, no trouble breathing",),
        ("食完蝦成身起風癩，冇氣喘，嘴唇都冇腫",),
        ("吃了芒果起疹子，嘴唇没有肿，也不喘",),
    ],
    "a feared illness that turned out to be something else": [
        ("I thought I was having a heart attack, turned out it was just wind",),
        ("以为自己心梗了，原来是胃胀气，现在还胀",),
        ("還以為自己中風，原來只是落枕",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("以为是胃痛，结果是心梗，现在胸口还痛，出冷汗",),
    ("以为他中风了，赶紧送来了",),
    ("还以为是中暑，原来是中风，嘴歪了",),
    ("I thought it was indigestion but my chest is crushing and I'm sweating",),
    ("吃了虾，嘴唇肿起来了",),
    ("hives after peanuts and now trouble breathing",),
    ("我爸刷牙时倒地，叫他没反应",),
    ("透析的，这礼拜漏了两次，今天气急透不过气",),
    ("打了胰岛素没吃饭，现在叫不醒",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each false alarm's look-alike goes to (the first is enough).
LOOK_ALIKE_DESKS = [
    ("上周抽的血，化验单怎么拿，机器上刷卡没反应", "LAB"),
    ("吓得我心脏病都快犯了，我是来看膝盖的，上楼梯疼", "ORTHO"),
    ("hives after peanuts, no trouble breathing", "ALLERGY"),
    ("以为自己心梗了，原来是胃胀气，现在还胀", "GI"),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses
