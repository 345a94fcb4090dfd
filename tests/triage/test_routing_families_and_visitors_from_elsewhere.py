"""Families (children, pregnancy, new mothers) and visitors from elsewhere: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `961dff0` before anything was read from them:

- routing-families-sweep.jsonl: 17 of 20 emergencies, no false alarm, top-1 56; now 20,
  top-1 60.
- routing-visitors-from-elsewhere-sweep.jsonl: 20 of 20, no false alarm, top-1 55; now top-1
  58.

Taught, as concepts rather than sentences: a baby that "动得特别少" or is "几乎没感觉到动" late in
pregnancy (the pregnancy danger concept); a rash pressed under a glass that does not go
("拿玻璃杯压下去也不会退"; the non-blanching concept); "magnetic balls" swallowed (the
swallowed-hazard concept, which also mends the typo "magentic"). A birth certificate is the
service centre's; an EpiPen or "肾上腺素笔" refill the allergy clinic's (the adrenal gland of
"肾上腺" is a word inside "肾上腺素笔", which the segmenter now keeps whole); a foreign card,
cash or "jiaofei" said in pinyin the cashier's; a job medical that found something ("says
hepatitis B positive") is no request for one.

Left: an insurer's claim form with an invoice and the doctor's stamp goes to medical records
(the writer's labels: the service centre or the cashier).
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-families-sweep.jsonl": (60, 20, 0),
    "routing-visitors-from-elsewhere-sweep.jsonl": (58, 20, 0),
}

EMERGENCIES = [
    "怀孕35周，今天娃动得很少，下午几乎没感觉到动",
    "孩子发烧，身上有小红点，用玻璃杯压下去也不退",
    ("my little one swallowed some magnetic beads from a toy an hour ago", 2),
]
LOOK_ALIKES = [
    ("出生证明上的名字写错了，怎么更正", ("CS",)),
    ("想补开一支肾上腺素笔备用，对花生过敏", ("ALLERGY", "PHARM")),
    ("can I pay with a foreign credit card or in cash", ("BILL",)),
    ("the job medical says hepatitis B positive, which doctor explains it", ("INFECT", "GI")),
    ("肾上腺长了个瘤，医生让我来看", ("ENDO",)),
]

TestFamiliesAndVisitorsFromElsewhere = taught_theme_tests(
    SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20
)
