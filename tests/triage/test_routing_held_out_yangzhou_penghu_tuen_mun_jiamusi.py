"""Four general days written blind in the sixth round of the session that began at `3506417` (a
Wednesday of tea houses and bathhouses in Yangzhou, a windy Sunday in Magong, Penghu, a Tuesday
in Tuen Mun, a snowy Saturday in Jiamusi; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `f35f5fc`: top-1 56, 57, 59 and 55 of 60 (227 of 240,
94.6 %), 79 of 80 emergencies (98.8 %), 8 false alarms of 160 (5.0 %). Read then: 237, 80 and 1
(the floors below).

Red flags: a late period in Cantonese (M迟咗) with a sudden low belly pain, a shoulder tip and a
faintness told three clauses on (the ectopic's pain and faint read across one more clause).

False alarms: a faint of a few seconds in a hot bath, awake at once ("晕咗几秒，即刻醒返"); a
mouthful of blood that was the gums ("一看是牙龈"); a stranger's collapse with CPR given by the
visitor (her own shock: someone to talk to); a graze that has stopped bleeding ("不咋淌了"); a
big nosebleed pinched and stopped; the emergency department of the night before named by a
visitor who waited there or was treated there ("来挂急诊", "陪…喺急诊").

Desks: a pedicure's cut gone septic (冒脓); a pregnancy's puffy ankles after a flight (the
obstetric clinic, not the flight's); a sick-leave paper in English; a handbag forgotten
(唔记得咗); a snow shovel's rib pain with last year's ECG fine (the check named as past is no
heart's or check-up's).

Left: a mother's pressure of 180 last night, brought down in the emergency department, now sent
to cardiology (the reading of 180 raises its red flag whatever the story: a false alarm kept);
a sick-leave certificate asked after a back seen last Friday (no rule reads it).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("老婆M迟咗三个礼拜，突然下腹好痛，痛到弯晒腰，膊头都痛，头晕到企唔稳", 30),
]
LOOK_ALIKES = [
    ("修脚修破了脚趾，这两天红肿冒脓", ("GS", "DERM"), 60),
    ("浸温泉太耐，企起身晕咗几秒，即刻醒返，而家冇事", ("GP", "CARD"), 35),
    ("早上吐了一口血，一看原来是牙龈出血，刷牙就出", ("DENT",), 50),
    (
        "A man collapsed at the market and I did CPR, now I keep seeing it and can't sleep, is there someone I can talk to?",
        ("PSY",),
        33,
    ),
    (
        "I'm 30 weeks pregnant and my ankles got puffy on the long flight, I want a routine check",
        ("OB",),
        31,
    ),
    ("冰上卡了个跟头，手掌心秃噜皮了，渗了点儿血现在不咋淌了，想消消毒包一下", ("GS", "GP"), 60),
    ("陪我妈喺急诊等咗成晚，唔记得咗个手袋，有冇人执到", ("CS",), 45),
    ("推了一下午雪，胸口一按就疼，心电图去年单位体检做过挺好", ("GP", "ORTHO"), 50),
    (
        "had a big nosebleed, a lot of blood, pinched it for ten minutes and it stopped, nothing since",
        ("ENT",),
        30,
    ),
]

TestHeldOutYangzhouPenghuTuenMunJiamusi = taught_theme_tests(
    {
        "routing-yangzhou-wednesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-penghu-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-tuen-mun-tuesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-jiamusi-saturday-held-out-sweep.jsonl": (58, 20, 1),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
