"""The four general sweeps held out in test_routing_look_alike_sweeps.py (a snowy Tuesday morning,
a university town's Sunday evening, an industrial night, a Thursday by a railway station), read
once their start (`2c4ecfd`) and end (`fdf25e3`) had been measured: top-1 222 of 240, 78 of 80
emergencies and 2 false alarms became 235, 80 and 1 (the floors in that module are raised to
them).

Red flags: a tongue gone thick or stiff with an arm that will not lift, told in clauses apart; a
small child who ate ("吃掉") an adult's tablets. False alarms: a faint at the needle or the blood
test, told as the visitor's habit. Desks: the visiting time asked in English, a registration taken
for the wrong clinic refunded, copies of the records for an insurer's claim, chilblains ("冻得又红
又肿"), a company check-up whose place was told ("体检说是在这做"), a coat left behind ("落哪了"),
a stomach upset from something eaten.

Left: a faint after drinking last night, dizzy this morning, stays an emergency; a stamp on a sick
note goes to the records office; standing-up dizziness of weeks at 68 goes to
general practice.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "你好，我爸坐了一夜火车，刚才说话舌头发硬，右边胳膊也抬不起来",
    ("孙女把外婆的降压药吃掉了半板", 3),
]
LOOK_ALIKES = [
    ("I always faint when I see needles, I need a blood test, where is the lab", ("LAB",)),
    ("冬天手指头冻得又红又痒", ("DERM",)),
    ("公司组织的体检说是在这做，去哪报到", ("PREV",)),
    ("外套落哪了不知道，有人捡到吗", ("CS",)),
    ("Can we visit my dad? What time can we visit?", ("CS",)),
    ("我要复印住院病历，保险公司理赔要用", ("RECORDS",)),
    ("ate something dodgy on the train, been to the loo six times", ("GI", "GP")),
    ("上午挂错号了，挂成了皮肤科，这个号在哪儿退", ("BILL",)),
]


TestSnowCampusNightShiftRailwayRead = wording_tests(EMERGENCIES, LOOK_ALIKES)
