"""Sport, outdoors and work on the move; minds, habits and hard lives: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `701a682` before anything was read from them:

- routing-sport-and-outdoors-sweep.jsonl: 19 of 20 emergencies, 1 false alarm, top-1 57; now
  20, none false, top-1 60.
- routing-minds-and-hard-lives-sweep.jsonl: 14 of 20, no false alarm, top-1 49, 5 fallbacks;
  now 20, top-1 58, no fallback.

Mended, as mechanisms (each tested in test_routing_steps.py) rather than sentences: "楼上的人要害
他" (the people upstairs want to harm him) was read as a general question ("高血压的人要…"), so a
man high on meth with a kitchen knife was no emergency; a hedge between an English "cannot" and
its verb ("can't really feel my legs", "can't really wake him") is the same "cannot".

Taught, as concepts: savings transferred, belongings given away, a pet entrusted or letters left
(affairs_settled), with words of farewell (farewell_words), no wish to go on or a means at hand,
is a suicide plan; a strangling by someone's hands is a red flag of its own (the neck may close
hours later); a rugby tackle is an injury for the spinal-cord flag; a stomach that burns is no
burn; an antidepressant (its dose, coming off it) and a dependence on painkillers, sleeping pills
or drink are psychiatry's; a tick bite with a spreading ring is the infection clinic's.

Left: years after a violent marriage, trembling at a slammed door and dreams of the beatings go
to neurology for the trembling; a lonely, thin grandfather whose "blood tests were fine" goes to
the laboratory. A body part and a pain word with another body part between them make one
site's pain ("my knees and now my stomach burns" is a knee pain too).
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-sport-and-outdoors-sweep.jsonl": (60, 20, 0),
    "routing-minds-and-hard-lives-sweep.jsonl": (58, 20, 0),
}

EMERGENCIES = [
    "我妈这几天把存折都分给我们了，还说以后不用再照顾她了",
    "he gave away his guitar and his dog, and said we'd all be better off without him",
    "我老公昨晚掐住我的脖子，现在说话声音哑，咽口水疼",
    "my boyfriend had his hands around my neck last night, now my voice is hoarse",
    # A common word of the story is no exception of the flag ("like last time").
    "我老公又掐我脖子了，跟上次一样，现在嗓子哑",
    "got tackled at rugby, my back hurts and I can't really feel my legs",
    "隔壁的人要害他，他拿着刀守在门口，几天没睡了",
]
LOOK_ALIKES = [
    ("我出差一周，把猫托付给你了，照顾好自己", ("CS", "GP")),
    ("ibuprofen most days for my sore knees, now my stomach burns at night", ("GI",)),
    ("舍曲林能不能从一片加到两片", ("PSY", "PHARM")),
    ("I want to come off sertraline slowly, who helps with that", ("PSY",)),
    ("吃了一年多曲马多止痛，上瘾了想戒掉", ("PSY", "PAIN")),
    (
        "found a tick on my leg after a hike, pulled it out, a red ring is spreading",
        ("INFECT", "DERM"),
    ),
    ("糖尿病的人要注意什么", ("ENDO",)),
]

TestSportAndMinds = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
