"""Four days written blind in the third round of the session that began at `c6b71a7` (the October
golden week at a seaside resort, a smog alert in a northern winter, a weekend of village banquets
in Sichuan, a Tuesday among high-rise apartment blocks; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read on `3813f48`: top-1 54, 58, 54 and 55 of 60
(221 of 240, 92.1 %), 76 of 80 emergencies (95.0 %), 2 false alarms of 160 (1.3 %). Read then:
229, 80 and none (the floors below).

Red flags: a gas canister that burst and burned a child's face and hands, the skin coming off
("烧到" after a face, a hand or a heat source is a burn, not a fever); hot-pot soup over a
toddler's legs and belly, big blisters, a large area ("烫起大泡泡", "面积好大"); a firecracker's
hand with the bone showing and a towel that cannot stop the blood; fluid leaking at 26 weeks after
a fall.

False alarms: a hand still weak since last year's stroke ("左手现在还有点没劲": the stroke's
sequel); a near-drowning yesterday, no cough and no wheeze now ("而家冇咳冇喘").

Desks: a stent and a question about smog, "没啥不舒服" (啥 denies as 什么 does); chilli oil
splashed on a hand (a burn); a sore bottom with bright blood dripping after hot pot (the
anorectal surgeons).

Left: diarrhoea at 37.8 °C after seafood (the fever clinic by the hospital's rule, gastroenterology
accepted); a postpartum breast red and hot at 38 °C (the fever clinic); a lab slip and a CT report
asked for (the service centre, the counters named); a mother anxious that 128/78 is too low
(psychology's 紧张); an old woman off her food indoors for a week (gastroenterology); an
antibiotic and baijiu asked about (the pharmacy); a hangover; twelve floors climbed, breathless,
rested (respiratory); a sick-leave certificate (no rule); the near-drowning above (orthopaedics'
cramp).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "厨房煤气炉爆了，我老公脸上和两只手都烧到，皮都掉下来了",
    "电锯切到手，毛巾捂着还是止不住，骨头都露出来了",
    "she's 30 weeks pregnant and there's fluid leaking since she slipped in the shower",
    ("孩子被一锅热汤烫到两条腿，烫起好多大泡泡，面积好大", 3),
]
LOOK_ALIKES = [
    ("前年中过风，右手现在还有点没劲，今天来拿降压药", ("CARD", "NEURO"), 72),
    ("前天在泳池呛水差点淹到，现在没咳没喘，想查一下", ("RESP", "GP"), 30),
    ("最近没啥不舒服，就想问问高血压平时要注意啥", ("CARD",), 60),
    ("hot chilli oil splashed my wrist, red and stinging, no blisters", ("BURN",), 30),
    ("解大便的时候肛门疼，纸上有鲜红的血", ("GS",), 40),
    ("烧到39度，全身酸痛，喉咙痛", ("FEVER",), 30),
    ("吃了布洛芬牙还是疼，压不住", ("DENT",), 30),
]

TestHeldOutSeasideSmogSichuanHighRise = taught_theme_tests(
    {
        "routing-golden-week-seaside-held-out-sweep.jsonl": (56, 20, 0),
        "routing-smog-alert-day-held-out-sweep.jsonl": (59, 20, 0),
        "routing-sichuan-banquet-weekend-held-out-sweep.jsonl": (58, 20, 0),
        "routing-high-rise-tuesday-held-out-sweep.jsonl": (56, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
