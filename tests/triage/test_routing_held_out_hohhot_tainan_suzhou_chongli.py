"""Four general days written blind in the sixth round of the session that began at `bcb8f7b` (a
Monday in Hohhot, a festival Saturday in Tainan, a Sunday between Suzhou's industrial park and its
old town, a snowy weekend at Chongli's ski resorts; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read on `c0e7c70`: top-1 56, 56, 57 and 57 of 60
(226 of 240, 94.2 %), 78 of 80 emergencies (97.5 %), 2 false alarms of 160 (1.3 %). Read then:
234, 80 and none (the floors below).

Red flags: a truck's or a bus's crash told in English ("truck crash", "crashed … lorry"); no
answer when called in Shanghainese "叫伊勿应".

False alarms: a knock to the head a week ago, the emergency department's CT clear, a little
dizzy, back for its follow-up ("回诊追踪"; the other head-injury red flag read its clear scan
already); a chest sore to the press after falls on the slopes, "喘气不疼" (not breathlessness).

Desks: a black-centred sore after skinning a dead sheep (infectious diseases: skin anthrax); a
childhood fit "抽过风", none for years, asked for a driving licence's certificate (neurology, as a
rule of its own with 抽过筋); a thyroid the company check found abnormal (endocrinology, not the
check); out-of-town medical insurance asked at the desk (insurance, not the cashier); a thumb
yanked back by a ski pole strap (orthopaedics).

Left: ribs sore only with a dusty cough (thoracic surgery for the ribs); a faint two years ago
asked before a long walk (neurology); a chest tight in firework smoke (cardiology); burning
urine after unprotected sex (the sexual-health clinic under dermatology); an old knee in
Shanghainese 膝馒头 with years of pain (the pain clinic).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "前两天摔车撞到头，急诊照过CT说没事，今天开始吐了两次",
    "bus crash on the mountain road, a passenger's leg is bent the wrong way",
    "阿爷吃茶辰光一头栽下去，叫伊伊勿应",
]
LOOK_ALIKES = [
    ("上周剥了病死的羊，手上起了个疙瘩，中间黑了，不疼", ("INFECT", "DERM"), 50),
    ("细个抽过风，之后十几年都冇再犯，想问饮酒有冇影响", ("NEURO",), 28),
    ("前两天摔车撞到头，急诊照过CT说没事，今天还有点晕，回诊", ("NSURG", "NEURO"), 35),
    ("滑雪摔了几跤，左边胸口一按就疼，喘气不痛", ("ORTHO", "GP", "PAIN"), 30),
    ("外地医保在这能直接结算吗，异地备案怎么办", ("INSUR", "CS")),
    ("jammed my thumb catching a ball, it's swollen and stiff", ("ORTHO",)),
]

TestHeldOutHohhotTainanSuzhouChongli = taught_theme_tests(
    {
        "routing-hohhot-monday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-tainan-festival-saturday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-suzhou-park-sunday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-chongli-ski-weekend-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
