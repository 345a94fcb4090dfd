"""Four general days written blind in the session that began at `53e9857`, the eighth round (a
rainy Friday in Shaoguan, a windy Tuesday in Toucheng and Jiaoxi, a Wednesday in Fo Tan and Ma
Liu Shui, a bright Sunday in Jiaozuo; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `f111e89`: top-1 55, 54, 57 and 57 of 60 (223 of 240,
92.9 %), 77 of 80 emergencies (96.3 %), 3 false alarms of 160 (1.9 %). Read then: 59, 56, 58
and 58 (231), 80 and none (the floors below).

Red flags: a father on insulin who ate nothing, in a cold sweat and not knowing his son (insulin
taken and no meal, with confusion); a grandfather who sprayed the scallion field (园里喷药),
drooling, sweating, vomiting, his pupils small (organophosphate); Hokkien "讲话大舌" (slurred
speech; not Mandarin's 大舌头 of a new tongue stud).

False alarms: "讲话我老听不清" (the ears, not slurred speech); a dormitory warden who insists she
fainted, "其实没有"; "Not for me", a colleague who fainted on Friday and was sent home.

Desks: "I don't remember my last tetanus shot" after a cut (the tetanus shot asked, not the
booster); "always faint with needles" before a blood test (the laboratory); a foot hurt on a
hike last week and an X-ray for a crack.

Left: a cold, no fever, medicine wanted (ear, nose and throat; labelled general practice); a
child's itchy rash and a child's earache after a pool (the rules' skin and ear clinics; labelled
paediatrics); a chest wall pulled hauling a surfboard (the GP's rule; labelled orthopaedics); a
health card left on a chair, "有人捡到吗" (insurance by the rules; labelled the service
counter); low pressure after a hot spring (cardiology; labelled general practice); three months
without a period, tests negative, stress (mental health ties gynaecology); heel blisters
(dermatology; labelled general practice).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阿妈打完胰岛素一口饭都没吃，现在一身冷汗，连我是谁都认不出", 72),
    ("阿伯早上在菜园喷药，回来一直流口水、出汗，瞳孔小小的", 68),
    ("阿公讲话大舌，一直流口水", 78),
]
LOOK_ALIKES = [
    ("老头子耳朵越来越背，屋里人讲话他老听不清", ("ENT",), 75),
    ("室友非说我晕倒了，其实没有，就是站起来眼前黑了一下", ("GP", "NEURO", "CARD"), 22),
    (
        "Not for me - my friend fainted at the gym yesterday, the ER sent her home and said see cardiology. Where is it?",
        ("CARD",),
        30,
    ),
    ("need my bloods redone, I always faint with needles, can I lie down?", ("LAB",), 20),
    (
        "Cut my hand on a tin lid yesterday, I can't remember my last tetanus shot",
        ("GS", "PREV"),
        40,
    ),
    ("上个礼拜跌亲只脚，而家落楼梯仲痛，想照个X光睇下有冇裂", ("ORTHO",), 35),
]

TestHeldOutShaoguanTouchengFoTanJiaozuo = taught_theme_tests(
    {
        "routing-shaoguan-friday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-toucheng-tuesday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-fo-tan-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-jiaozuo-sunday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
