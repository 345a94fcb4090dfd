"""The Spring Festival week and a county town: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `e5d62cb` before anything was read from them:

- routing-holiday-week-sweep.jsonl: 19 of 20 emergencies, no false alarm, top-1 58; now 20,
  top-1 59.
- routing-county-town-sweep.jsonl: 17 of 20, no false alarm, top-1 57; now 20, top-1 60.

Mended, as mechanisms (each tested in test_routing_steps.py) rather than sentences: "当时" (at
that time) after today's fall made the faint then a history, so a fall from a scaffold with a
blackout went to orthopaedics; it is now the time of the event told before it (an earlier day's,
a past's, or today's). "It spurts every time I lift the towel off" read "every time" as a habit;
each time a wound is uncovered is the bleeding now. Taught: a baby "才生下来二十来天" (some
twenty days old) is a young infant for the floppy-or-not-feeding flag; a wish not to wake again
("睡著就不用醒", "唔使再醒") is said of suicide.

Left: a firework's small blister on a finger, told in a clause apart from the firework, goes to
dermatology (a `*` phrase never reaches across a clause).
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-holiday-week-sweep.jsonl": (59, 20, 0),
    "routing-county-town-sweep.jsonl": (60, 20, 0),
}

EMERGENCIES = [
    "宝宝生下来十多天，今天不吃奶，身子软塌塌的",
    "孙女才出生二十来天，一直睡，喂不进奶",
    "药我都准备好了，想今晚睡着就不用再醒了",
    "唔想再醒，啲安眠药我已经储够",
    "he fell off the ladder at work, passed out at the time, now cant feel his legs",
    "从脚手架上摔下来，当时昏过去了，现在两条腿没感觉",
]
LOOK_ALIKES = [
    # A wish to sleep well is no wish to die; a baby of some twenty days feeding well is no alarm.
    ("最近失眠，想开点安眠药，早上都不想醒过来上班", ("PSY", "NEURO", "PHARM")),
    ("宝宝生下来二十来天，吃奶很好，想打疫苗在哪", ("CHILD", "PED", "PREV")),
    ("前天撞到头，当时在急诊做了CT说没事，医生让今天再来看看", ("NSURG", "NEURO")),
    ("my gums bleed every time I brush my teeth", ("DENT",)),
]

TestHolidayAndCounty = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
