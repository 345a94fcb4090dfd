"""Four look-alike sweeps taught (alarming words on a weekday, night callers, families on a
Saturday, follow-ups after emergencies), 10 emergencies and 50 look-alikes each, written blind and
scored on `2c4ecfd`: 205 of 240 at top-1, 38 of 40 emergencies, 14 false alarms. Their files were
lost with the machine's scratch space before they were copied in, so this module holds the
round's mends in its own wordings instead of the sweeps' figures.

Mechanism: an illness or accident named as the landmark of a time ("心梗以后", "车祸住院的",
"after my stroke") is behind; what is told came after it (test_routing_steps.py holds the
reading). Red flags: a pregnancy with bright red blood flowing; a grandchild who swallowed the
speaker's own tablets. False alarms mended: a desiccant sachet (silica gel) licked, a blood lead
test asked for, a small brown spotting without pain in early pregnancy, a double dose of one's own
warfarin, the emergency department named as where a film was taken. Desks: a stroke's shoulder
pain of months to rehabilitation, night confusion in known dementia to geriatrics, a water
bottle left behind to the service centre, no insurance yet to the insurance office, going in to
see a father on a ward to the service centre. A swallowed coin in a small child stays an
emergency.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "小孩刚刚吞了一个一块钱硬币",
    "怀孕九周，下面流了好多鲜红的血",
    ("我孙子把我的降压药吃了两片", 3),
    ("my grandson swallowed two of my blood pressure pills", 4),
]
LOOK_ALIKES = [
    ("孩子把饼干袋里的干燥剂咬破了，舔了一点，现在好好的在玩", ("PED",), 3),
    ("幼儿园通知说要给孩子查一下血铅，在哪抽血", ("LAB", "CHILD", "PED")),
    ("孕12周，肚子一点都不疼，就是纸上擦到一点点咖啡色", ("OB",)),
    (
        "I'm on warfarin and I accidentally took two tablets this morning, do I need to do anything?",
        ("CARD", "PHARM"),
    ),
    ("上次急诊拍的片子想复印一份", ("RECORDS", "IMG")),
    ("我上个月住在你们这的骨科，出院小结丢了", ("RECORDS",)),
    ("中风后左边肩膀疼了两个月，抬不起来", ("REHAB",)),
    ("晚上老是糊涂，找去世的老伴，她有老年痴呆好几年了", ("GERI", "NEURO")),
    ("水壶落在候诊区了", ("CS",)),
    ("还没有医保，看病能报吗", ("INSUR",)),
    ("我爸住院了，想进去看看他", ("CS",)),
    ("心梗以后查出血糖高，想看看要不要吃药", ("ENDO", "CARD")),
    ("車禍住院的收據不見了，保險要用", ("BILL", "RECORDS", "INSUR", "CS")),
]


TestLookAlikesAndLandmarks = wording_tests(EMERGENCIES, LOOK_ALIKES)
