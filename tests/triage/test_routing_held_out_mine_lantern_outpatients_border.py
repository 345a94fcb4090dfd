"""Four days written blind and held out until the code of `d9cd581` was measured on them (a
mining town's Monday, the Lantern Festival's evening, a teaching hospital's outpatient rush, a
border trading town's weekend; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read: top-1 57, 55, 59 and 57 of 60 (228 of 240, 95.0 %), 78 of 80
emergencies (97.5 %), 3 false alarms of 160 (1.9 %; one is a visitor asking after dentures left
at the emergency department, sent there at III). Read then: 236, 80 and none (the floors below).

Red flags: a belly crushed ("让矿车挤了肚子", "crushed") or trampled in a crowd ("被人挤倒踩了几
脚…肚子疼"), then pale, swelling, thirsty or drowsy — bleeding inside. False alarms: sweets and
rice balls eaten in heaps ("零食加汤圆吃了一大堆") are no overdose; an itchy rash spreading over
the chest is no pain spreading from it. Desks: dentures and a cane left at the emergency
department, asked after ("留低咗…去边度攞返", "去哪找"); atrial fibrillation named in full
("心房颤动"), a heart rate a watch showed; needing to go all the time with a burning pee.

Left: a yearly check-up the company asks for, named with blood pressure and cholesterol
(cardiology wins on the two); a child's dengue vaccine asked after (the disease's clinic wins); a
driving-licence certificate for an old epilepsy (the licence medical wins); a malaria
prophylaxis refill (infectious diseases wins on "malaria").
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "工地上被铲车压了一下肚子，现在肚子越来越鼓，嘴唇发白",
    "踩踏里被踩了好几脚，孩子说肚子痛，脸白",
    "吃了一大堆安眠药",
    "把一大堆药和零食都吃了，现在很困",
]
LOOK_ALIKES = [
    ("过年饺子吃了一大堆，肚子撑得难受", ("GI",)),
    ("I have an itchy rash spreading across my chest since yesterday", ("DERM",)),
    ("我爷爷把假牙落在你们急诊候诊区了，去哪找", ("CS",)),
    ("left my walking stick in the waiting room, where is lost property?", ("CS",)),
    ("I keep needing to go all the time and it stings when I pee", ("URO",)),
    ("老妈有心房颤动，最近心跳得乱，想复查", ("CARD",)),
]

TestHeldOutMineLanternOutpatientsBorder = taught_theme_tests(
    {
        "routing-mining-town-monday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-lantern-festival-evening-held-out-sweep.jsonl": (60, 20, 0),
        "routing-outpatient-rush-tuesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-border-town-weekend-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
