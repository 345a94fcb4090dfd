"""Four general days written blind in the session that began at `53e9857`, the sixth round (a
damp Monday in Yueyang, a drizzly Saturday in Ruifang and Pingxi, a typhoon-signal Thursday in
Tsing Yi, a windy Wednesday in Ordos; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `34ee560`: top-1 56, 52, 53 and 57 of 60 (218 of 240,
90.8 %), 76 of 80 emergencies (95.0 %), 6 false alarms of 160 (3.8 %). Read then: 60, 58, 57
and 58 (233), 80 and none (the floors below).

Red flags: a father on a blood thinner who slipped on wet steps and is now confused, one pupil
bigger (a fall with confusion or a pupil changed, the head injury's rule); a sky lantern's fire
in a face, eyebrows singed, the voice going hoarse (an inhalation burn, a rule of its own); a
heart "going crazy fast", grey and sweaty, about to black out; a loose wire that threw a man
back.

False alarms: "poison level" spicy; "不是心脏那种胸口痛" (not that kind); the white of the eye
"跟出血了一样" (a simile) on a day of car sickness; a lantern drifting toward the power lines; a
chest hit on a bus handrail, "喘气、走路都没问题"; "一听到打风我个心就好似俾人揸住咁" with a
heart already checked and fine (anxiety).

Desks: a knee aching in damp weather (湿气重 of the days, not the body); oil spat onto a hand
(not into an eye); Hokkien "无心情" and "睏袂去"; an admission booked for an operation today;
a welder's back sore with the rain; lips cracked and bleeding in the wind.

Left: a stroke survivor's forgotten blood pressure pills and aspirin (cardiology; labelled
neurology or general practice), twice; just a cold (respiratory; labelled general practice);
a sick-leave certificate (records; labelled the service counter); a full check for a mother of
seventy-six after a dizzy spell (neurology; labelled geriatrics); a blood test ordered elsewhere
(endocrinology and gastroenterology by the tests' names; labelled the laboratory).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "Grandma is on warfarin, she slipped in the bathroom this morning, now she is very confused",
        80,
    ),
    ("烧烤炉的火一下扑到他脸上，眉毛都烧焦了，现在声音越来越哑", 35),
    (
        "his heart is going crazy fast since the bus, he's grey and sweaty and says he's gonna pass out",
        70,
    ),
    ("he touched a bare wire while fixing the fan and it threw him back", 40),
]
LOOK_ALIKES = [
    ("the hotpot was poison level spicy lol, now a mouth ulcer", ("DENT",), 25),
    ("莫慌，不是心脏那种胸口痛，是吃辣了烧心反酸", ("GI",), 45),
    ("眼白红了一块，跟出血了一样，不痛，看得清", ("OPH",), 55),
    ("搭地铁急刹，胸口撞到扶手，按着痛，喘气都没问题", ("ORTHO", "GP"), 40),
    ("一听到打雷我个心就好似俾人揸住咁，心脏科查过话心脏冇事，成晚瞓唔着", ("PSY",), 50),
    ("这几天湿气重得很，腰酸，弯腰穿袜子都费劲", ("ORTHO",), 55),
    ("炸鸡的时候油溅到手臂，起了几个小水泡", ("BURN",), 35),
    ("最近做啥攏無心情，睏袂去", ("PSY",), 35),
    ("阑尾炎约了今天住院开刀，入院手续在哪里办？", ("ADMIT",), 30),
    ("嘴唇干裂到出血，天天涂润唇膏都没用", ("DERM",), 30),
]

TestHeldOutYueyangRuifangTsingYiOrdos = taught_theme_tests(
    {
        "routing-yueyang-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-ruifang-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-tsing-yi-thursday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-ordos-wednesday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
