"""Four days written blind and held out until the code of `d351171` was measured on them (a
heavy-snow Sunday in the north-east, a Tuesday by a shipyard, a Thursday of caring for old
parents, a Saturday by a theme park and zoo; 60 complaints each, 27 Simplified, 18 Traditional,
15 English, 20 emergencies). First read: top-1 54, 57, 55 and 55 of 60 (221 of 240, 92.1 %), 77 of
80 emergencies (96.3 %), 4 false alarms of 160 (2.5 %). Read then: 233, 80 and one (the floors
below).

Red flags: a worn-out carer who poured out the sleeping pills and "差点吞了"; an old man found on
the floor, ice cold, who only moans ("叫他就哼哼"); a child's sledge into a tree with the belly
hurting and the face "刷白". False alarms: the pharmacy's counter giving "一盒药" by mistake (no
overdose); the emergency department named as yesterday's x-ray ("昨天急诊照X光"; "急诊拍片").

Desks: a mother to be admitted to the geriatric ward (admissions, not geriatrics); a child lost
at the park (no old person wandering); motion sickness ("坐车坐船就晕"); frostnip of the toes;
reflux, and the gut clinic named ("睇肠胃"); a relative's cancer and a check-up for fear of heredity
(preventive care).

Left, and kept: an old woman two days after a blow to the head, a CT clear, still foggy (kept as an
emergency: a slow bleed is feared at her age); deposits and the bill on discharge (admissions or
billing, the files disagree); a rabies question after a dog's bite or a cat's scratch (preventive
care gives the vaccine, the file says infectious diseases); a welder's question of lung cancer
(oncology); warfarin and a fear of a brain bleed (neurology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "照顾老人太累了，把安眠药全倒出来，差点就吞了",
    "隔壁老太太倒在地上，手脚冰凉冰凉的，叫她就哼哼两声",
    ("孩子滑雪撞到树上，左边肚子疼，脸色刷白", 9),
]
LOOK_ALIKES = [
    ("药房刚才给错了一盒药给我，想换一下", ("PHARM",)),
    ("孩子前天摔了，昨天急诊拍片说没骨折，今天想找骨科复查", ("ORTHO", "PEDSURG"), 8),
    ("我妈要住老年病科，住院证开好了，住院手续在哪办", ("ADMIT",)),
    ("我女儿在商场走失了，广播说可能被送到医院，去哪里问", ("CS",)),
    ("一坐车就晕，坐船也晕，晕动症能治吗", ("GP", "ENT")),
    ("toes went white and numb in the snow yesterday, now red and tingling", ("BURN", "DERM")),
    ("医生说是胃酸倒流，想约个看肠胃的号", ("GI",)),
    ("我姑姑得了胃癌，我怕会遗传，想做个体检", ("PREV",)),
]

TestHeldOutSnowShipyardParentsThemePark = taught_theme_tests(
    {
        "routing-heavy-snow-sunday-held-out-sweep.jsonl": (59, 20, 1),
        "routing-shipyard-tuesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-caring-for-parents-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-theme-park-saturday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
