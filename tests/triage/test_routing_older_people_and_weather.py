"""Older people's emergencies, and those of allergies, bites, heat, cold, water and lightning
(migration 0135).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0134, before anything was taught from them:

- routing-older-people-sweep.jsonl (over 75, told by themselves or a carer): 23 of 30
  emergencies, 1 false alarm, top-1 49; taught from: 28 of 30, no false alarm, top-1 57.
- routing-bites-and-weather-sweep.jsonl: 27 of 30, 1 false alarm, top-1 54; taught from: 30 of
  30, no false alarm, top-1 57.

Taught, by family, in our own wordings below (each a new composition unless said): not eating or
drinking and sleeping all day; a bruise growing or a limb swelling tight on a blood thinner; a
fever with a new wetting in an older person; vomiting, a swollen belly and nothing passed for
days; pulled from the water, then coughing or sleepy; scuba diving, then joint pain or numbness;
struck by lightning; confusion in someone well before (以前好好的, the confusion flag's
phrases); a day's dose of many tablets asked about is no overdose; a spider's small bump not
spreading is no venomous bite; a walking frame fitted is rehabilitation's (department).

Left: heart failure's breathlessness lying flat stays cardiology's at III, as the project's rule
says; a bruise that "keeps getting bigger" is read as a habit (keeps), so it is missed unless the
swelling or the spreading is said otherwise; a confusion told before "以前好好的" is held back as
that clause's past.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-older-people-sweep.jsonl": (57, 28, 0),
    "routing-bites-and-weather-sweep.jsonl": (57, 30, 0),
}

EMERGENCIES = [
    "我爸这两天饭也不吃水也不喝，一直昏睡",
    "奶奶在吃华法林，手臂撞了一下，淤青越来越大",
    "my dad is on blood thinners, his arm is swollen and tight where he bumped it",
    "mum's on warfarin, the bruise on her leg is spreading up to her knee",
    "外婆发烧38度5，今天尿裤子了",
    "my mum is vomiting, her belly is swollen and she hasn't been to the toilet for 3 days",
    "孩子掉进泳池，救上来一直咳，想睡觉",
    "we pulled him out of the river, he's coughing and drowsy",
    "潜完水上来，关节疼，手发麻",
    "他被雷劈了，现在胸口疼",
]
LOOK_ALIKES = [
    ("外公一天吃十几片药，想理一理有没有重复", ("PHARM", "GERI", "GP")),
    ("想学潜水，要做什么体检", ("PREV",)),
    ("潜水后耳朵疼", ("ENT",)),
    ("孩子怕打雷，晚上睡不着", ("PED", "PSY")),
    ("被蜘蛛咬了，小红包，没有扩散", ("DERM", "GP")),
    ("dad needs a walking frame, he's a bit unsteady", ("REHAB", "GERI")),
    ("想借个助行器", ("CS",)),
]

TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
