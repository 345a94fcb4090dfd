"""Four general days written blind in the fifth round of the session that began at `1ae213e` and
left unread through two sessions (an ordinary Wednesday, a suburban Sunday evening, a Friday in a
Cantonese-speaking city, a Monday at a hilly county's hospital; 60 complaints each, 27 Simplified,
18 Traditional, 15 English, 20 emergencies). Scored on every engine from `1ae213e` to `c6b71a7`
alike, and first read on `c6b71a7`: top-1 56, 55, 56 and 54 of 60 (221 of 240, 92.1 %), 79 of 80
emergencies (98.8 %), 5 false alarms of 160 (3.1 %). Read then: 232, 80 and one (the floors
below).

Red flags: a blow to the throat (a cricket ball, a punch, an elbow) with noisy breathing or a
changed voice. False alarms: no face swelling said after a rash (a place between "no" and what it
denies); one seizure "when I was 16"; "can a fever of 38.2 cause a seizure" (a number in the
question); a stroke's warning sign read online ("网上睇到话…可能系中风前兆"); a faint some days
ago, well now ("现在好好的"); periods heavy for months with a pad soaked an hour (a months-long
complaint with no faintness); spotting a year after the periods stopped ("月经断了一年多",
not labour).

Desks: a knock to the head a week ago, scanned, still dizzy (neurosurgery, not the fall's
orthopaedics: still left, the fall outweighs it); a blood-red white of the eye after coughing; a
toddler's testicle bigger than the other ("大过"); a chest hit at basketball, pressed sore; a
father's heart attack and stent named when asking where to register (cardiology, not the
service centre); a pneumonia patient to be signed in (admissions).

Left: a GP who wanted a follow-up (the GP is named); the cashier asked for after the pharmacy
(the pharmacy named first); a dog bite's itchy scab (dermatology); "can stress cause a heart
attack" (psychology); gums bleeding with bruises and pallor (the bleeding red flag: gum bleeding
in dengue and on warfarin must stay one); a discharge bill (admissions or billing); a scooter
burn not healing (surgery's wound outranks the burn); the knock to the head above.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "打排球时被球正面砸到喉咙，现在说话声音很怪，吸气有嘶嘶声",
    "got punched in the throat outside the bar, voice has gone croaky and he's struggling to breathe",
    "網球打中喉嚨，而家把聲好怪，索氣有聲",
]
LOOK_ALIKES = [
    ("被球砸到喉咙一下，有点疼，说话和呼吸都正常", ("ENT",)),
    ("I had a febrile seizure when I was 3, can I still join the army?", ("NEURO",)),
    ("Can a temperature of 39.5 cause a fit in toddlers? he's fine, just asking", ("PED",), 2),
    ("朋友说头晕眼花可能是脑梗的前兆，我就偶尔有点头晕，别的都正常", ("NEURO",), 50),
    ("爸爸前两天吃饭时晕过去几秒，现在好好的，想查查", ("NEURO", "CARD"), 70),
    (
        "Bad allergy rash on my neck from a new perfume, no lip swelling, breathing fine",
        ("ALLERGY", "DERM"),
    ),
    ("月经断了三年，这两天又见红，一点点", ("GYN",), 56),
    (
        "Periods heavy for the past year, soaking a pad an hour on the worst day, no dizziness",
        ("GYN",),
        40,
    ),
    (
        "my son's left testicle looks bigger than the right, gets bigger when he cries",
        ("PEDSURG",),
        1,
    ),
    ("眼白上一片血红，昨晚咳嗽咳的，不疼不影响看东西", ("OPH",), 40),
    (
        "got hit in the chest by a ball on Saturday, x-ray was clear, still sore when I press",
        ("ORTHO", "THOR"),
        40,
    ),
    ("我爸上个月放了支架，今天复查，去哪挂号", ("CARD",), 68),
    ("My dad needs to stay in for his heart, where do we sign him in?", ("ADMIT",)),
]

TestHeldOutWednesdaySuburbCantoneseHill = taught_theme_tests(
    {
        "routing-ordinary-wednesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-suburban-sunday-evening-held-out-sweep.jsonl": (58, 20, 0),
        "routing-cantonese-city-friday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-hill-county-monday-held-out-sweep.jsonl": (57, 20, 1),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
