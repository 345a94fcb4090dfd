"""Four days written blind in the second round of the session that began at `c6b71a7` (a trade
fair's week in Guangzhou, a holiday Saturday at a mountain scenic area, graduation and
job-hunting season, a Sunday in a Teochew and Hakka town; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read on `765cf83`: top-1 52, 52, 57 and 57 of 60
(218 of 240, 90.8 %), 80 of 80 emergencies, 4 false alarms of 160 (2.5 %). Read then: 230, 80
and one (the floors below).

False alarms: a watch's heart rate of 150 on a climb, 78 now, chest pain and breathlessness
denied (a heart rate read at exercise; "no chest pain, no shortness of breath" denies the words
the exercise rule reads); a tour guide hoarse from shouting, "哑的说不出话" (no stroke's loss of
speech); wild greens stir-fried at a mountain eatery, queasy (food, not foraging); a bad cough
after "no fever and" (an item with its own article is said, not denied).

Desks: a cold caught under the air-conditioning ("冷气冻亲", "空调开得太猛"; not for a month);
a visitor asking a patient's floor and bed (the service centre); finger joints swollen and stiff
in the morning, liniment tried ("跌打酒" is no fall); both legs swollen after a day on one's feet
or a night on a hard seat; a tick buried in the skin; a pre-employment check with a hepatitis B
test; weeks without sleep and a pounding heart (psychology); chest tightness gone and a check-up
asked for (cardiology).

Left: a near-faint before breakfast, well after sugared water (neurology's dizziness); a wife who
fainted on the flight, fine now (kept an emergency: a faint of today); reports and sick-note
stamps (the service centre or the counter named); where to pay when an insurance card fails; an
old stroke and a refill after a hike; an old man dizzy on standing in the heat; an old stroke and
a pressure of 145/90 (cardiology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "my watch showed heart rate 170 on the hike and now I feel faint and my chest hurts",
    "嗓子哑了说不出话，右手也抬不起来",
]
LOOK_ALIKES = [
    (
        "Hiked up the peak, my watch said HR 162 on the way up, no chest pain, no dizziness, 80 now",
        ("CARD",),
        40,
    ),
    ("开了一天会，嗓子疼，这会儿哑的说不出话", ("ENT",), 40),
    ("在农家乐吃了野菜，有点想吐，不发烧", ("GI",), 40),
    ("no fever and a bad cough for five days", ("RESP", "GP"), 40),
    ("天天吹冷气，鼻塞喉咙痛，没发烧", ("GP",), 40),
    ("早上起来手指关节僵硬，搽了跌打酒也没用，指关节肿", ("RHEUM",), 60),
    ("站了一整天，两条小腿肿得一按一个坑", ("GP", "CARD"), 55),
    ("我同事前天住进来了，想问一下他住几楼几床", ("CS",)),
    ("草地上玩回来发现蜱虫咬住腿了，拔不掉", ("GS", "DERM"), 40),
    ("pre-employment check for the bank, they want bloods and a hep B test", ("PREV",), 24),
    ("can't sleep for weeks before my exams, my heart races at night", ("PSY",), 20),
    ("felt chest tightness last week, gone now, just want a check-up", ("CARD",), 45),
]

TestHeldOutFairMountainGraduationChaoshan = taught_theme_tests(
    {
        "routing-trade-fair-week-held-out-sweep.jsonl": (55, 20, 1),
        "routing-scenic-mountain-saturday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-graduation-season-held-out-sweep.jsonl": (59, 20, 0),
        "routing-chaoshan-sunday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
