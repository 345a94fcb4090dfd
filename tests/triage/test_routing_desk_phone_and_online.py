"""A day at the desk, the phone and the relatives, and online consultations: general sweeps.

Four sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored before anything was read from them: the first two on
`e87d7c2`, the other two on `d14a32a` (after this round's first context mends, found by scanning
jieba's dictionary; the desk day's one missed emergency was their "不过"):

- routing-desk-day-sweep.jsonl: 19 of 20 emergencies, no false alarm, top-1 59; now 20, top-1 60.
- routing-weekend-night-held-out-sweep.jsonl: 20 of 20, no false alarm, top-1 58. Held out:
  its misses are read by nobody.
- routing-phone-and-relatives-sweep.jsonl: 19 of 20, 2 false alarms, top-1 54; now 20 of 20,
  1 false alarm, top-1 56.
- routing-online-consultation-sweep.jsonl: 20 of 20, 1 false alarm, top-1 56; now 20, none
  false, top-1 57.

Mended, as mechanisms (each tested in test_routing_steps.py) rather than sentences: "不过"
(but), "不得不", "不知不觉" and "没来得及" denied what followed them; "一动不动" read as
"动不动" (a habit), "夜总会" as "总会", "至今" since this morning as a long story, "不得了",
"受得了" and "患者" as a known illness; "不是那种…" (not the kind of) denies the kind it
describes. Taught: "kitchen knives" and "sends him messages" for the acute-psychosis
composition; the mushroom flag's bare 菌 is not that of probiotics, bacteria or yeast. Found by
asking the engine about each word of jieba's dictionary ("我想问一下…的事", "我平时吃…"): a
medicine named as a sulphate (硫酸亚铁, 硫酸氢氯吡格雷, 硫酸氨基葡萄糖…) was sulphuric acid (ER
I), an asphalt road (柏油路) a tarry stool and an arterial blood gas (动脉血气) arterial
bleeding: the segmenter keeps those words whole now (lexicon.json's words); insulin, IVF and
other injections were gunshots (the trauma flag's "shot"), and "my stroke appointment" or "the
seizure clinic" was the event itself.

Left: a man seen in the emergency department last night for a low sugar, now well, asking how
to claim on his insurance, is still sent to ER II (a faint of yesterday stays an emergency); a
blood test "said the cholesterol is high" goes to the laboratory (the laboratory rule's "blood
test for a cholesterol" reads it as a request); a cough "已经好了" still counts for the chest
clinic; eye twitching with exam stress goes to psychology.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-desk-day-sweep.jsonl": (60, 20, 0),
    "routing-weekend-night-held-out-sweep.jsonl": (58, 20, 0),
    "routing-phone-and-relatives-sweep.jsonl": (56, 20, 1),
    "routing-online-consultation-sweep.jsonl": (57, 20, 0),
}

EMERGENCIES = [
    "我觉得没什么大事，不过刚才心跳得很乱，眼前一黑差点晕倒",
    "唔好意思阻你，不过我阿爷成个人软晒，叫佢都唔应",
    "不知不觉吐了好几口血",
    "爸爸早上坐着一动不动，怎么叫都叫不醒",
    "孩子从早上至今一直抽，停不下来",
    "朋友在夜总会喝了东西以后突然抽搐",
    "患者突然胸口剧痛出冷汗",
    "my son hasnt slept in days, says the radio sends him messages and he has a machete",
    "she says people are poisoning her and took the kitchen knives upstairs",
]
LOOK_ALIKES = [
    ("宝宝拉肚子，吃了益生菌，精神很好", ("PED",)),
    ("奶奶这半年越来越健忘，不是那种突然说话不清楚的，想来查查记性", ("NEURO", "GERI", "PSY")),
    ("我不得不问一下，化验单在哪里取", ("LAB",)),
    ("I cut my thumb on a kitchen knife while cooking, small cut", ("GS", "DERM")),
    # A medicine named as a sulphate is no sulphuric acid, an asphalt road no tarry stool, an
    # arterial blood gas no arterial bleeding (words the segmenter now keeps whole).
    ("怀孕了，医生开了硫酸亚铁，饭后吃吗", ("OB", "PHARM")),
    ("放了支架，硫酸氢氯吡格雷要吃多久", ("CARD", "PHARM")),
    ("膝盖疼，在吃硫酸氨基葡萄糖", ("ORTHO", "RHEUM")),
    ("哮喘，硫酸沙丁胺醇喷雾用完了", ("RESP", "PHARM")),
    ("在柏油路上摔了一跤，膝盖擦伤", ("ORTHO", "GS")),
    ("医生让我来做动脉血气分析", ("LAB", "GP", "CS")),
    # Injections are no gunshots (the trauma flag's "shot").
    ("my mum takes insulin shots every day, where do we get more", ("ENDO", "PHARM")),
    ("she needs her ivf shots, where is the clinic", ("REPRO",)),
]

TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
