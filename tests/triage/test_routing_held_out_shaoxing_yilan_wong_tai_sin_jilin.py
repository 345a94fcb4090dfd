"""Four general days written blind in the sixth round of the session that began at `1714bc6` (a
rainy Tuesday in Shaoxing, a Saturday in Yilan, a Wednesday in Wong Tai Sin, a rime-ice Sunday in
Jilin; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read
on `cf60c11`: top-1 57, 60, 56 and 56 of 60 (229 of 240, 95.4 %), 78 of 80 emergencies
(97.5 %), 1 false alarm of 160 (0.6 %). Read then: 240, 80 and none (the floors below).

Red flags: a diabetic on insulin, sweating, who answers slowly ("叫佢都应得好慢"); a skier into a
tree with a sore neck and feet with hardly any feeling ("两只脚冇乜感觉").

False alarms: a friend taken to the emergency department after rice wine (the department named
of another's night asks for no emergency now).

Desks: "钞票在哪里付" (billing); a friend's stroke told to ask a full check-up of one's own (the
health-check centre: a stroke read as the visitor's follow-up only when told with stable, a
regular check or a follow-up); a streak of rash burning on one side of the ribs (shingles);
hands dry and cracked from bleach (the skin's, no swallowed bleach nor broken hand); a friend's
faint from the heat with a dizziness now settled (the GP); a child's fall onto the bottom
("一屁股坐地上"); fingers red, swollen and itchy after hours in the cold (chilblains, a rule of
their own); a skier's swollen thumb.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("滑雪撞到树，条颈好痛，两只脚冇乜感觉", 30),
]
LOOK_ALIKES = [
    ("看完医生了，钞票在哪里付？", ("BILL",), 70),
    ("右边肋骨这里一条红疹，像火烧一样痛", ("DERM", "PAIN"), 70),
    ("my hands are dry and cracking from a little bleach every day", ("DERM",), 40),
    (
        "My sister fainted last week because of the heat. Today I'm a little dizzy but ok now after water",
        ("GP",),
        25,
    ),
    ("孩子滑冰一屁股坐地上，现在没事，想拍个片看看", ("PEDSURG", "ORTHO"), 8),
    ("冻了一下午，手指头又红又肿，一暖和就痒", ("DERM",), 30),
    ("fell skiing, my thumb is swollen and pinching hurts", ("ORTHO",), 35),
    ("hands dry and cracked from the cleaning bleach, fingertips bleed a bit", ("DERM",), 40),
]

TestHeldOutShaoxingYilanWongTaiSinJilin = taught_theme_tests(
    {
        "routing-shaoxing-tuesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-yilan-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-wong-tai-sin-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-jilin-sunday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
