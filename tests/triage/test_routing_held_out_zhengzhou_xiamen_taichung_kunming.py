"""Four general days written blind in the fourth round of the session that began at `bcb8f7b` (a
Wednesday by Zhengzhou's airport logistics hub, Mid-Autumn in Xiamen, a Monday morning in
Taichung, a Thursday by Kunming's flower market; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read on `73ec8d3`: top-1 57, 58, 57 and 59 of 60
(231 of 240, 96.3 %), 80 of 80 emergencies, 2 false alarms of 160 (1.3 %). Read then: 235, 80
and none (the floors below).

False alarms: a period's pain, rolling with it, for two months (the belly's severe pain told with
the period, no faint, no cold sweat, no late period; with a faint it stays one); "呼吸都很正常" after shrimp (two words of
degree before the breathing's "normal").

Desks: a firework spark that hit an eye, watery, sight fine (the eye's red flag wrote "hit my
eye" as one word, and it hid the eye from every other rule: now "hit … eye", "punched … eye",
"struck … eye"); a burn on a baking tray cooled under the cold tap (no cold); a normal blood
pressure the doctor said to bring to the heart doctor (cardiology).

Left: reports of a CT or a biopsy asked where to collect (the writers chose the service centre or
records, the shipped rules imaging and pathology); diarrhoea after Bangkok at 37.8 °C (the
hospital's fever rule); a normal blood pressure for a company check (general practice; the
writers split between the check, cardiology and the GP); pollen asked of a stroke for a father
with high blood pressure (cardiology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "来例假肚子疼得打滚，刚才在厕所晕过去了，脸色煞白",
]
LOOK_ALIKES = [
    ("来月经肚子疼得打滚，量多还有血块，这半年都这样", ("GYN",), 24),
    ("a bit of sparkler ash hit my eye, it's watering but vision is fine", ("OPH",)),
    ("吃了花生嘴角起了两颗小疹子，呼吸都很正常", ("ALLERGY", "DERM")),
    ("got punched in the eye last night, bruised and sore but I can see fine", ("OPH",)),
    ("struck my eye on the cupboard door, a bit sore", ("OPH",)),
    (
        "burnt my hand on a hot baking tray, small blister, held it under the cold tap",
        ("BURN", "GS"),
    ),
    (
        "Dad's BP is 126/80 today, is that okay? His doctor said to show the readings to cardiology",
        ("CARD",),
        70,
    ),
]

TestHeldOutZhengzhouXiamenTaichungKunming = taught_theme_tests(
    {
        "routing-zhengzhou-hub-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-xiamen-mid-autumn-held-out-sweep.jsonl": (59, 20, 0),
        "routing-taichung-monday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-kunming-flowers-thursday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
