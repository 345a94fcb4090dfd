"""Medicines' emergencies, and those of sugar, salt, water and the glands (migration 0136).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0135, before anything was taught from them:

- routing-medicines-sweep.jsonl: 25 of 30 emergencies, no false alarm, top-1 49; taught from: 30
  of 30, top-1 54.
- routing-glands-sweep.jsonl: 19 of 30, no false alarm, top-1 47; taught from: 29 of 30, top-1
  57.

Taught, by family, in our own wordings below (each a new composition unless said): a syrup is a
medicine (a bottle drunk is an overdose); 没什么反应 is hardly answering; an antidepressant with
twitching and a fever (serotonin syndrome); long-term steroids stopped at once, then vomiting or
weakness (adrenal crisis); methotrexate taken daily or with mouth ulcers; an overactive thyroid
with a fever; a laboratory that phoned to come in now about a potassium (the potassium flag);
a marathon or a great deal of water, then vomiting or confusion (low salt); not drinking for days
and muddled (the not-eating-or-drinking flag); a breath deep and fast said as 抖气.

Left: a blood-sugar meter showing "一个HI" is not read as the HI reading; questions about when to
take a medicine and its mild side effects go to the wrong desk more often than not.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-medicines-sweep.jsonl": (54, 30, 0),
    "routing-glands-sweep.jsonl": (57, 29, 0),
}

EMERGENCIES = [
    "孩子把一整瓶止咳糖浆喝了",
    "妈妈安眠药多吃了一次，叫她没什么反应",
    "在吃舍曲林，今天开始全身抽动，发烧39度",
    "吃了半年泼尼松，上周自己停了，今天一直吐，站不起来",
    "甲氨蝶呤本来一周一次，我吃成了每天，嘴里全是溃疡",
    "甲亢在吃他巴唑，这两天发高烧喉咙痛",
    "化验室打电话说我血钾7.0，让我马上过来",
    "跑完马拉松喝了很多水，现在头痛想吐，人有点迷糊",
    "爷爷几天没怎么喝水，今天昏昏沉沉的",
    "个仔一型糖尿，呕咗一晚，抖气好急",
]
LOOK_ALIKES = [
    ("舍曲林吃了手有点抖，正常吗", ("PSY", "NEURO")),
    ("甲亢复查，甲功正常", ("ENDO",)),
    ("我有甲亢，想问发烧时能不能吃退烧药", ("ENDO", "FEVER", "PHARM")),
    ("报名马拉松要做什么体检", ("PREV",)),
    ("甲氨蝶呤每周一次，今天忘了吃", ("GP", "CS", "RHEUM", "PHARM")),
]

TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
