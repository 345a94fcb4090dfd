"""Four general days written blind in the session that began at `53e9857`, the seventh round (a
humid Thursday in Jingdezhen, a cold Saturday in Jinshan and Yehliu, a Sunday in Tung Chung, a
dusty Monday in Anyang; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read on `5497a2a`: top-1 53, 58, 53 and 57 of 60 (221 of 240, 92.1 %), 77
of 80 emergencies (96.3 %), 4 false alarms of 160 (2.5 %). Read then: 59, 60, 58 and 59 (236),
80 and none (the floors below).

Red flags: a kiln's fire in a potter's face, eyebrows and hair singed off (燎冇), the voice
rasping (声音沙沙) and the throat wheezing (the inhalation burn's rule); a fourteen-year-old's
pain "in his... down there, on one side", swollen, vomiting; a wasp sting with the whole face
puffing up, blotches, about to pass out.

False alarms: haggling "讲到我吐血" (hyperbole); a surfer who nearly fainted and was fine after
sitting a moment; a grandmother who "keeps saying it's poison"; "nearly fainted when I saw this
bill lol"; a flatmate's fever and a flu jab for oneself.

Desks: a chest sore to press after knocking a table's corner; a CT charged twice (billing, not
imaging); a check-up that came back hepatitis B positive (infectious diseases); a grandfather
who keeps forgetting and lost his way home, with many illnesses (geriatrics); sunscreen in the
eye that stings (ophthalmology); paid already, where to collect the medicine (the pharmacy); a
toddler short for his age who talks late (child development).

Left: blood lead after a glazed bowl (the laboratory; labelled general practice); an old woman
afraid to walk after a fall who wants her legs trained (orthopaedics by the X-ray said clear;
labelled rehabilitation); a father's stroke and one's own screening (neurology; labelled the
check-up); a Taiwan compatriot without mainland insurance asking to register (billing; labelled
the service counter).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("炉门一开火扑出来，他眉毛头发都燎光了，现在声音沙沙的", 50),
    ("my son woke with awful pain in his... down there, on one side, and he's vomiting", 13),
    (
        "stung by a wasp ten minutes ago, whole face swelling, blotches everywhere, feels like he'll pass out",
        35,
    ),
]
LOOK_ALIKES = [
    ("同个老板讲价讲到我吐血，我其实系膝头痛", ("ORTHO",), 60),
    ("個仔踢波眼前一黑差點暈倒，坐一下就好咗，而家冇事", ("PED",), 12),
    (
        "my aunt keeps telling me it's poison, the berry he tasted, but he's fine and playing",
        ("PED",),
        4,
    ),
    ("I almost passed out when I saw the bill lol, can someone explain it?", ("BILL",), 30),
    ("My roommate has a fever, I want a flu shot before I catch it", ("PREV",), 25),
    ("前天搬家撞到桌角，胸口按下去会痛，呼吸正常", ("ORTHO", "THOR"), 40),
    ("同一张B超单收了两次钱，想退一次", ("BILL",), 45),
    ("job medical came back hepatitis B positive, who do I see?", ("INFECT",), 28),
    ("爷爷老是忘事，还找不到回家的路了", ("GERI", "NEURO"), 84),
    ("Got hand cream in my eye, rinsed it, still red and it stings a bit", ("OPH",), 30),
    ("钱已经交了，拿药在哪？", ("PHARM",), 65),
    ("孙子四岁了比同岁的孩子矮一截，说话也晚", ("CHILD",), 4),
]

TestHeldOutJingdezhenJinshanTungChungAnyang = taught_theme_tests(
    {
        "routing-jingdezhen-thursday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-jinshan-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-tung-chung-sunday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-anyang-monday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
