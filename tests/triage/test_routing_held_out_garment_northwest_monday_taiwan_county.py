"""Four days written blind in the seventh round of the session that began at `c6b71a7` (a
Wednesday among garment and shoe factories, a Saturday in a north-western city, a Monday
morning's rush at a city hospital, a Friday night in a Taiwanese county town; 60 complaints each,
27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `cc1f780`: top-1 56, 55,
53 and 54 of 60 (218 of 240, 90.8 %), 78 of 80 emergencies (97.5 %), 4 false alarms of 160
(2.5 %). Read then: 225, 80 and none (the floors below).

Red flags: a man thrown from a horse, now muddled, lost and vomiting (a fall from a height or a
horse with confusion or vomiting, composed, at the urgency of the head injury's own rule; "讲嘢
乱晒" and "唔记得自己喺边" are forms of confusion); a grandmother's "心肝头" (Taiwanese for the
chest) pressing like a stone with a cold sweat.

False alarms: a moment's dizziness, "没有吐也没有手脚无力" (a body part between the denial and
what it denies); "felt faint" on the metro, fine now after a bun; "低血糖会晕倒吗" (asked); a
motorbike fall last night with a helmet, a bump on the forehead, no faint nor vomiting (a crash
of an earlier day is no red flag by itself).

Desks: a sewing-machine needle through a nail (surgery); medicine collected on cardiology's slip
(the pharmacy: a clinic that wrote the slip is not asked for); yesterday's emergency bill paid
today ("补缴").

Left: solvent fumes and a liver test asked for; a dust storm's cough and chest tightness
(cardiology's 胸闷); whether a dust storm hurts the lungs; appendicitis at 37.8 °C (the fever
clinic) and below the navel (gastroenterology); readings named normal (a pulse of 78 or 80 goes
to cardiology); a thyroid operation's stitches (endocrinology); a father's heart attack beside
one's own heartburn; reports and sick notes.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("骑马摔下来了，现在说话颠三倒四，不知道自己在哪，还吐了", 40),
    ("my brother was thrown off a horse, now he's confused and keeps throwing up", 40),
    ("阿公心肝头闷痛，像石头压着，一直冒冷汗", 75),
]
LOOK_ALIKES = [
    ("头晕了一下，坐一会就好了，没有吐也没有手脚无力", ("NEURO", "GP"), 30),
    (
        "felt faint in the queue this morning, skipped breakfast, fine now after a snack",
        ("GP",),
        30,
    ),
    ("请问空腹运动会晕倒吗？我现在没事", ("NEURO", "GP"), 30),
    ("前天骑电动车摔了一下，膝盖擦破点皮，没撞到头", ("GS", "ORTHO"), 30),
    ("我来拿药，心内科开的单子，费已经交了", ("PHARM",), 65),
    ("昨天急诊的钱没缴，今天来补缴，在哪", ("BILL",), 45),
]

TestHeldOutGarmentNorthwestMondayTaiwanCounty = taught_theme_tests(
    {
        "routing-garment-factory-wednesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-northwest-saturday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-monday-morning-rush-held-out-sweep.jsonl": (54, 20, 0),
        "routing-taiwan-county-friday-night-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
