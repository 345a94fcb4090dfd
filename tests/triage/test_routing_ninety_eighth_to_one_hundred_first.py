"""Four hand-written files, the ninety-eighth to the one hundred and first (60 complaints each,
20 emergencies), written blind and committed as written: routing-ninety-eighth-handwritten.jsonl …
routing-one-hundred-first-handwritten.jsonl. This module holds their per-file gates, their
emergencies and their false alarms (the wrong desks are the desks teachers').

First run, on commit d4b0890 (the round's start): top-1 49, 52, 51, 51 of 60 (203 of 240); 71 of
80 emergencies; 4 of 160 false alarms. After this module's change, with the desks teachers': top-1
60, 60, 59, 60 (239 of 240); emergencies 20, 20, 20, 20 (80 of 80); false alarms 0, 0, 1 (kept,
below), 0. Every case file's top compared with d4b0890's engine: 38 better, none worse. The
held-out hand-written files (the 39th, 40th, 48th–50th, 57th–59th): 450 of 480, 155 of 160
emergencies, 5 of 320 false (448, 153, 5 before). The two steps changed are tested in
test_temperature_in_text.py and test_routing_context_present.py.

Why the nine emergencies were missed, and what was taught (by family, never by sentence):
- "俺媳妇怀着七个多月…下边出了好些血，肚子硬得跟石头似的，一直疼不松劲儿": 出了好些血 was no
  bleeding and a belly hard as a stone, a pain that never eases, no danger sign in pregnancy. They
  are now (@pregnancy_danger: 出了好些血 / 不少血, 硬得跟石头 / 像石头, 疼不松劲, "rock hard",
  "hard as a board"; @bleeding: 出了好些血 / 不少血): a placenta coming away (not 硬邦邦 asked
  about, nor a constant back pain);
- "我阿婆喺廁所跌親撞到個頭…而家叫佢都唔多應，佢長期食緊薄血丸": 唔多应 (hardly answers) was no
  unresponsiveness, and the head-injury composition read @drowsy, not @unresponsive or @confused.
  唔多应, 唔系好应, "hard to rouse", "hard to wake" are @unresponsive now, and the head-injury
  rule reads @unresponsive and @confused too. And a blood thinner taken long-term (长期食紧薄血丸,
  "on warfarin for years") was a habit that held the whole composition back: the medicine's own
  word inside "长期吃…药" / "on … for years" is taken today (context._LONG_TERM_MEDICINE), and its
  years make no other clause a long story (tested in test_routing_context_present.py);
- "little girl's at 39.8, tiny purple spots … dont fade under a glass, she's so floppy": "at
  39.8" is no fever word and the rash that does not fade asked for one. A rash that does not fade
  with a floppy, limp, lethargic or hard-to-wake child (@floppy, @unresponsive, 嗜睡, 昏睡,
  蔫了) is an emergency now, a fever said or not; and a reading reached in English ("at 39.8",
  "running 38.2", "hit 40.1", with a tenth, no unit of something else after it) and one measured
  in numerals (量了三十八度五, 测到, 探到) are temperatures (inputs._READING_REACHED, tested in
  test_temperature_in_text.py);
- "小圆电池少了一颗，他嘴里说有铁味还一直流口水，会不会是吞下去了": the swallowing was only asked
  (会不会是吞下去了) and no rule read a battery gone missing. A new composition (ER II): a button
  battery or magnet missing (少了, 不见了, 找不到, 唔见咗, "missing", "cant find") or in the mouth,
  with drooling, a metal taste, coughing, vomiting or not eating (not changing a battery, a phone's
  or a car's battery; a cough alone beside a missing battery is none);
- "got lost hiking … overnight, … not shivering anymore but talking nonsense and so cold": the
  night-in-the-cold composition knew 冻了一宿 and "out in the cold all night", not a night lost on
  a mountain. It reads "got lost … overnight", stranded or trapped on the mountain or in the snow,
  a night on the mountain, 迷路…一夜, 困在山上, 山上过夜, and "not shivering anymore" / 不发抖了,
  with its confusion words (not chills that stopped with a fever);
- "my 2yo bit into a dishwasher pod, foam coming out his mouth, … drooling … gagging": no rule
  read a pod bitten. A new concept (@detergent_pod: dishwasher and laundry pods and tablets, 洗衣凝珠,
  洗碗块) and composition (ER II): a pod bitten, chewed, swallowed or in the mouth, with foam,
  drooling, coughing, gagging, vomiting or breathing words (not a sip of dish soap: the plain
  household products stay with the small-amount rule);
- "送外卖遭一个小车挂倒了…脸色煞白一直冒冷汗": 遭…车挂倒 (knocked down by a car) was no
  collision and 煞白 no pallor for the road-collision shock rule. Both it and the major-trauma rule
  read 被 / 遭 / 让 / 叫…车…挂倒 / 刮倒 / 撞倒, "clipped by a car / van / truck" (not 大风把自行车刮倒,
  a bicycle blown over), and the shock rule 煞白, 惨白, "white as a sheet";
- "concentrated sulfuric acid splashed on my forearm and into my left eye": the chemical and the
  eye were too far apart for @chemical*@part_eye. The chemical-in-the-eye rule reads the splash
  in steps (@chemical*splashed*into*@part_eye, @chemical*溅 / 进 / 喷 / 崩*@part_eye);
- "my inhaler isnt doing anything anymore, used it like 8 times this hour, can barely talk, chest
  so tight": a reliever that does not help asked for a breathing word, and a tight chest was none.
  It is now (chest…tight, 胸闷, 胸口发紧, 心口翳), and a reliever used many times in a row ("8
  times this hour", 喷了十几下, "every few minutes"; not "4 times a day") is a severe attack too.
The false alarms:
- "嗓子眼冒火" (a throat on fire, said of a fever) with 浑身 was a burn over the whole body: a throat,
  a heart, a stomach or eyes 冒火 / on fire, 火冒三丈, are words of speech, no burn;
- "roommate says it's 'third degree' lol. It's one blister, about coin size": a joke (lol, haha,
  开玩笑) or one small blister (coin size, 一个水泡, 硬币大) is no severe burn;
- "生完BB兩個月，成日出虛汗，瞓覺都成身濕晒": soaked with sweat (虚汗, 盗汗, "night sweats") after
  a birth is no haemorrhage soaking the pads;
- kept: f100-016, nine weeks pregnant and unable to keep water down with little dark urine,
  labelled obstetrics: the fifty-fourth file taught it as an emergency and the sixty-fourth's
  f64-058, labelled obstetrics too, is kept (test_routing_sixtieth_to_sixty_fifth.py); the rule
  (dehydration in pregnancy needs fluids now) is left as it is.
"""

import pytest

from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# A false alarm kept on purpose (see the docstring): f100-016, pregnant and unable to keep water
# down (the fifty-fourth taught it as an emergency). It is also a top-1 miss.
KEPT_FALSE_ALARMS = {
    "routing-one-hundredth-handwritten.jsonl": 1,
}

TestFiles = file_tests("ninety_eighth_to_one_hundred_first", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "late pregnancy, bleeding or a belly hard as a stone": [
        ("老婆怀孕八个月，刚才下面出了不少血",),
        ("怀着孕七个月了，肚子突然硬得像石头，疼个不停",),
        ("she is 32 weeks pregnant and her belly has gone rock hard, constant pain",),
        ("有咗七个月，个肚硬到好似石头咁，痛到唔停",),
    ],
    "a head struck, then hard to rouse": [
        ("爷爷撞到个头，而家叫佢唔多应",),
        ("grandad fell and hit his head, now he is hard to rouse",),
        ("奶奶摔了一跤磕到头，现在叫她不怎么应人",),
    ],
    "a head struck on a blood thinner taken for years": [
        ("我妈长期吃华法林，刚才在厨房摔倒撞到头",),
        ("grandad has been on blood thinners for years, he slipped and hit his head",),
        ("阿爷跌亲撞到个头，佢长期食紧薄血药",),
    ],
    "a rash that does not fade on a floppy child": [
        ("宝宝身上有紫色的点点，按了不褪，人软绵绵的", 2),
        ("my son has purple spots that dont fade when I press a glass, he is limp", 3),
        ("小朋友腿上出血点压了不褪，一直昏睡", 4),
    ],
    "a button battery gone missing near a small child": [
        ("遥控器的纽扣电池不见了，孩子一直流口水", 2),
        ("one of the button batteries from the toy is missing and my toddler is drooling", 2),
        ("个仔玩完手表，粒电唔见咗，佢话口入面有铁味", 3),
    ],
    "a night lost outside, then confused or not shivering": [
        ("他在山里迷路了一夜，救下来以后说胡话，身上冰凉",),
        ("my dad was stranded overnight in the snow, now he is confused and so cold",),
        ("被困在山上一晚，人迷迷糊糊的，不发抖了",),
    ],
    "a detergent pod bitten, then foaming, drooling, gagging": [
        ("my toddler chewed a laundry pod and is coughing and drooling", 2),
        ("孩子咬破了一颗洗衣凝珠，嘴里都是泡沫，一直干呕", 2),
        ("she put a dishwasher tablet in her mouth and now she is gagging", 3),
    ],
    "knocked down by a car": [
        ("骑车被面包车刮倒了，腿动不了",),
        ("过马路叫一辆货车挂倒了",),
    ],
    "clipped by a car, then pale or a cold sweat": [
        ("骑电动车被小车刮倒了，脸色惨白，一直出冷汗",),
        ("I was clipped by a car on my bike, now I am white as a sheet and clammy",),
        ("过马路让车挂倒了，现在脸色煞白",),
    ],
    "a chemical splashed in steps into an eye": [
        ("bleach splashed across the counter and into my eye",),
        ("drain cleaner sprayed up out of the sink and into her right eye",),
        ("石灰水一下子溅到我左眼",),
    ],
    "a reliever that does not help with a tight chest, or used over and over": [
        ("my puffer is not helping at all and my chest is so tight",),
        ("用了吸入器不管用，胸口发紧",),
        ("I have used my blue inhaler about 12 times in the last hour and still wheezy",),
        ("喷剂喷了十几下，还是喘不上气",),
    ],
}
# Look-alikes: the same words as a habit, a question, mild, past, or without the sign: no emergency.
NOT_EMERGENCIES = {
    "pregnant and a little hard or sore, no blood": [
        ("怀孕七个月，肚子偶尔发硬一下，过会就好",),
        ("怀孕20周，肚子硬邦邦的，正常吗",),
        ("pregnant 12 weeks, constant pain in my lower back for a week",),
        ("pregnant 30 weeks, my back aches after work",),
    ],
    "a bump on the head, alert and well": [
        ("撞到个头，起咗个包，精神几好",),
        ("hit my head on a cupboard, a small bump, feel fine",),
    ],
    "a blood thinner for years, no blow": [
        ("长期吃华法林，想问下多久查一次凝血",),
        ("I have been on warfarin for years, can I have a flu jab?",),
    ],
    "spots that fade, a lively child": [
        ("宝宝身上有小红点，按了会退，精神很好", 2),
        ("purple bruise on my shin from the table, no fever",),
    ],
    "a battery changed or a phone's battery": [
        ("遥控器的电池没电了，要去哪里换",),
        ("my phone battery is missing from the drawer, annoying",),
        ("the battery in my hearing aid is missing, I keep coughing from a cold",),
        ("孩子一直流口水，在长牙", 1),
    ],
    "a hike and a cold, back home; chills that stopped; keys lost overnight": [
        ("had chills with my fever, not shivering anymore but still so cold",),
        ("I lost my keys overnight and feel confused about where I put them",),
        ("去山上玩了一天，回来有点着凉，流鼻涕",),
        ("we camped overnight on the mountain, had a great time, bit of a cold now",),
    ],
    "detergent and soap, a sip or a question": [
        ("不小心喝了一小口洗洁精，有点恶心",),
        ("are dishwasher pods dangerous for kids? how should I store them",),
        ("孩子手上沾了洗衣液，洗干净了", 3),
    ],
    "a bump from a car, fine; a bicycle blown over": [
        ("刮大风把自行车刮倒了，我去扶车扭了腰",),
        ("被车轻轻刮了一下，膝盖擦破点皮，没什么事",),
        ("I got clipped by a cyclist, scraped my knee, feel fine",),
    ],
    "a chemical near the eyes, no splash": [
        ("用漂白水打扫卫生，眼睛有点被熏到流眼泪",),
        ("I cleaned the oven with oven cleaner, my hands are a bit dry, eyes fine",),
    ],
    "an inhaler asked for, a chest tight from a cold": [
        ("I need a refill of my inhaler, it is running low",),
        ("asthma, I use my inhaler 4 times a day, can I get a refill",),
        ("感冒了，胸口有点闷，喷剂还有吗",),
        ("my throat is so sore I can barely talk, no trouble breathing",),
    ],
    "figures of speech and a small burn": [
        ("嗓子冒火，浑身酸痛，发烧了",),
        ("气得我心里冒火，一整天都不舒服",),
        ("burned my finger on the kettle, one blister, coin sized",),
        ("My mate says it's third degree lol, it's a small red patch from the iron",),
    ],
    "sweating after a birth, no bleeding": [
        ("产后一个月，晚上出虚汗，衣服都湿透了",),
        ("since I had the baby I wake up soaked in sweat every night",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("怀孕32周，下面出血好多",),
    ("hit my head and now he is very drowsy",),
    ("发烧39度，身上有压不褪色的紫点", 3),
    ("孩子吞了纽扣电池", 2),
    ("冻了一夜，说胡话",),
    ("孩子喝了洁厕灵", 2),
    ("车祸后脸色苍白，出冷汗",),
    ("碱水溅进眼睛里了",),
    ("asthma attack, my inhaler isnt working, cant finish a sentence",),
    ("厨房着火了，全身大面积烧伤",),
    ("third degree burns all over his back from a fire",),
    ("产后大出血，卫生巾一小时就湿透",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
