"""Four hand-written files, the ninety-fourth to the ninety-seventh (60 complaints each, 20
emergencies), written blind and committed as written: routing-ninety-fourth-handwritten.jsonl …
routing-ninety-seventh-handwritten.jsonl. This module holds their per-file gates, their
emergencies and their false alarms (the wrong desks are the desks teacher's).

First run, on commit efe1d43 (the round's start), ninety-fourth to ninety-seventh: top-1 54, 56,
52, 54 of 60 (216 of 240); 67 of 80 emergencies; 2 of 160 false alarms. On dda21e3 (after the
eighty-second to ninety-third and two real samples were taught): 56, 57, 53, 54 (220 of 240); 69
of 80; 0 of 160. After this module's change, with the desks teacher's and the organ-words
helper's: top-1 60, 60, 60, 60 (240 of 240); emergencies 20, 20, 20, 20 (80 of 80); false alarms
0, 0, 0, 0. Every case file's top compared with dda21e3's engine: 22 better, none worse.
The two context steps changed are tested in test_routing_context_present.py.

Why the eleven emergencies were missed, and what was taught (by family, never by sentence):
- "took a few extra panadol for my toothache yesterday, maybe twenty, feel fine now tho": a count
  said after the medicine ("panadol…, maybe twenty") was no overdose, and "fine now" made
  yesterday's clause history. The overdose composition reads a medicine with "maybe / about /
  like twenty" after it (not "20 mg", "20 minutes", "twenty a month"), and 二十几片; and a medicine
  swallowed by the count is not over when the visitor feels fine (context._COUNTED_PILLS: the
  liver harm of paracetamol comes a day or two later);
- "我個仔話佢係傷風啫，但係佢抖氣好辛苦，個肚一吸一吸咁": 抖气好辛苦 was no breathing word for the
  asthma-and-recession rule and 个肚一吸一吸 no recession. 抖气/唞气/呼吸…辛苦 are the rule's breathing
  words now, and 肚一吸一吸 a recession;
- "Got dumped by a wave and hit my head on the reef. It's nothing, but I keep chucking up.":
  "chucking up" was no vomiting; it is (@vomiting), and the head-injury rule reads @vomiting;
- "我爸说他就是消化不良，胃那点闷得慌，但是一身冷汗，左手膀子也麻了": the left-arm heart-attack
  composition took pain, ache, heaviness and pressure, not numbness; a left arm (左手膀子, 左胳膊,
  左手臂, "left arm") gone numb with a cold sweat is one now;
- "我兒子這陣子常說我不在你們會比較輕鬆，剛剛在飯店浴室發現他手腕在流血": no rule read a wrist
  bleeding after words of being a burden, and "说我…会" was read as someone's warning of what may
  come. A new composition (ER I): a wrist bleeding with words of being gone or a burden
  (没有我…轻松, 我不在…更好, "better off without me") or tired of life; and "说我不在/死了/走了…会"
  is words of being gone, no warning (context._HYPOTHETICAL);
- "我老豆89歲，喺酒店成日瞓，啲嘢唔食唔飲，今朝叫極都唔醒咁": 成日瞓 (sleeps all day, a habit) was the
  unconscious rule's exception even with 叫极都唔醒 after it; it is now only without an
  unrousable word after it (a `re:` exception);
- "my friend hiked all day in the heat, stopped sweating, now vomiting and doesnt know where he
  is": "doesnt know where he is" was no confusion and "stopped sweating" no dry heat stroke sign;
  both are now (@confused, the heat-stroke rule);
- "脚上伤口化脓好几天了，现在整条腿红到大腿根，烧到39度，心跳好快": no rule read redness spreading up
  a limb with a fever. A new composition (ER II): 红到大腿/膝盖, 整条腿红, red streaks, redness
  spreading, with a fever or chills (not without a fever, not sunburn);
- "放羊的老汉在雪窝里冻了一宿，人迷迷瞪瞪的，手脚冰凉发黑": no rule read a night in the cold. A new
  composition (ER II): 冻了一宿/一夜, 雪窝, 冻僵, hypothermia, frostbite with confusion, no response,
  or fingers and toes black or numb (not chilblains, not every winter);
- "Truck clipped me on the highway. Hit my head, helmet's cracked, I keep forgetting where I am.":
  "keep forgetting where I am" was no confusion; it is (@confused);
- "我男人在草场让马踢了肚子，现在肚子硬邦邦的，脸煞白直冒冷汗": 踢了肚子 (kicked, said with 了) was
  no blow to the belly, and 煞白 no pallor. Both are now (踢了/踹了…肚子, 煞白, a belly 硬邦邦 or
  rigid).
False alarms: none in these files on dda21e3. The Cantonese fright "嚇到我心臟病都就嚟發" (CARD,
should be ENT) was the desks teacher's.
"""

import pytest

from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# No false alarm is kept on purpose in these files.
KEPT_FALSE_ALARMS: dict[str, int] = {}

TestFiles = file_tests("ninety_fourth_to_seventh", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a medicine swallowed by the count, even fine now": [
        ("my wife took her panadol, maybe thirty, an hour ago, she says she feels ok",),
        ("昨天吃了二十几粒扑热息痛，现在没事了",),
        ("took about 20 paracetamol last night, feel fine now",),
    ],
    "a child's laboured breathing in Cantonese, the belly sucking in": [
        ("佢抖气好辛苦，个肚一吸一吸", 3),
        ("个女咳到抖气好辛苦，胸口凹陷", 4),
    ],
    "a head struck, then chucking up": [
        ("fell off his bike, hit his head, now he keeps chucking up",),
        ("hit my head on a shelf and I have been chucking up all morning",),
    ],
    "indigestion with a cold sweat and a numb left arm": [
        ("我妈说是胃不舒服，一身冷汗，左胳膊也麻了",),
        ("老公说消化不良，出冷汗，左手臂发麻",),
    ],
    "a wrist bleeding after words of being a burden": [
        ("我女儿老是说没有我你们会更轻松，刚才她手腕在流血",),
        ("he said we would be better off without me, now his wrist is bleeding",),
    ],
    "unrousable in Cantonese, even after sleeping all day": [
        ("阿嫲今朝叫极都唔醒",),
        ("爷爷成日瞓，今朝叫唔醒",),
    ],
    "heat, then no sweat or confusion": [
        ("he was working in the heat all day, stopped sweating and is confused",),
    ],
    "redness spreading up a limb from a wound, with a fever": [
        ("腿上的伤口感染了，红到膝盖，发烧39度",),
        ("the cut on my leg is infected, red streaks going up, fever and shaking",),
    ],
    "a night in the cold, then confusion or black toes": [
        ("他在外面冻了一夜，现在说胡话",),
        ("冻了一晚上，脚趾发黑了",),
    ],
    "a kick to the belly, then pale or a rigid belly": [
        ("被牛踢了肚子，脸色苍白，肚子硬邦邦",),
        ("kicked in the stomach by a horse, now pale and dizzy",),
    ],
}
# Look-alikes: the same words as a habit, a question, mild, past, or without the sign: no emergency.
NOT_EMERGENCIES = {
    "a medicine counted by the month, or a small dose": [
        ("I take panadol for my back, about twenty a month, is that too much?",),
        ("took 2 panadol about 20 minutes ago for a headache, fine now",),
        ("这盒扑热息痛有二十片，一天最多吃几片",),
    ],
    "breathing a little hard after a climb, a hungry belly": [
        ("佢抖气有啲辛苦，爬完山",),
        ("个肚饿到咕咕声",),
    ],
    "a head struck without vomiting, a child sick after dinner": [
        ("hit my head yesterday, no vomiting, just a bump",),
        ("my kid keeps chucking up after dinner, no fever",),
    ],
    "an arm slept on, indigestion with a sweat after a meal": [
        ("左胳膊睡觉压麻了，活动一下就好",),
        ("消化不良，胃胀，吃完饭出汗多",),
    ],
    "a wrist cut in the kitchen, words of being a burden alone": [
        ("切菜的时候不小心划到手腕，流了点血",),
    ],
    "sleeping a lot, eating well": [("爷爷最近成日瞓，胃口都唔错",)],
    "a hot day and sweating": [("it was so hot today, I was sweating a lot and felt tired",)],
    "a wound a little red without a fever, sunburn": [
        ("腿上的伤口有点红，没发烧",),
        ("腿晒红了一整条，有点痛",),
    ],
    "cold hands every winter, chilblains": [
        ("冬天手脚冰凉，想调理一下",),
        ("手上生了冻疮，又红又痒",),
    ],
    "a child's kick to the belly, nothing after": [("肚子被孩子踢了一脚，有点疼，没什么事",)],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("吃了一整瓶安眠药",),
    ("hit my head and now I keep vomiting",),
    ("他突然晕过去了，叫不醒",),
    ("左臂疼，一身冷汗",),
    ("他说不想活了，割腕了",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
