"""Four days written blind and held out until the code of `eff3271` was measured on them (a rainy
Friday night of delivery riders, the Mid-Autumn Festival at a county town, a Sunday by a sports
centre, a Thursday of women's health; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read: top-1 52, 53, 56 and 56 of 60 (217 of 240, 90.4 %), 77 of
80 emergencies (96.3 %), 5 false alarms of 160 (3.1 %). Read then: 227, 80 and 2 (the floors
below).

Red flags: a forearm bent the wrong way with the rider pale and sweaty; going over the handlebars
and not feeling the legs; a grandfather on dialysis who ate pomelo at the festival with his heart
out of rhythm and his limbs weak. False alarms: a scooter fall of yesterday, the shoulder sore but
moving; a chronic chest a little worse for the cold, still walking and talking; "嘴也不歪" (a
crooked mouth denied, as a pain or a swelling is). Desks: a car park's barrier, an ovarian cyst
in English, numbness of the saddle after a long ride, a wallet left at the cashier's window.

Left: a knee grazed with grit (orthopaedics for the fall; graze words taken to surgery broke older
files' desks); panic with an argument, several times this month and over in minutes (kept as an
emergency for "喘不上气"); a runner's heart rate of 190 asked as "正常吗" (the reading is kept); a
question of stomach cancer from late suppers (oncology); an alarm pendant pressed by mistake; a
girlfriend who said she wanted to die, safe now (no desk); water in an ear after the rain; a dry
cough after a flight; a rash round a child's mouth after mooncakes; a heart check after a
teammate's arrest (anxiety); a smear test's report (the lab); a thyroid in Cantonese (hair loss
wins); a coil out before trying for a baby.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "he crashed his bike, his wrist is bent the wrong way and he is pale and clammy",
    "外公在透析，今天吃了一大个柚子，现在心慌手脚没力",
    "my friend flew over the handlebars and now says he cant feel his legs",
    "今天早上突然嘴歪了",
    # Found in writing the README: "sanding" was read as sand, an eye injury's exception.
    "we were sanding a door and a splinter flew into my eye, now I can't see out of it",
]
LOOK_ALIKES = [
    ("奶奶这两天头晕，说话清楚，嘴也没歪", ("NEURO", "CARD", "GERI")),
    ("fell off my scooter yesterday, my elbow is sore but I can still move it", ("ORTHO",)),
    ("老慢支，这几天喘得比平时重一点，不过还能下楼走路说话", ("RESP",)),
    ("the car park exit barrier won't take my ticket, who can help", ("CS",)),
    ("I have an ovarian cyst, my doctor wants it checked again", ("GYN",)),
    ("some sand blew into my eye at the beach, it's a bit blurry", ("OPH",)),
]

TestHeldOutRainAutumnSportsWomen = taught_theme_tests(
    {
        "routing-rainy-night-riders-held-out-sweep.jsonl": (54, 20, 1),
        "routing-mid-autumn-festival-held-out-sweep.jsonl": (58, 20, 0),
        "routing-sports-centre-sunday-held-out-sweep.jsonl": (58, 20, 1),
        "routing-womens-health-thursday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
