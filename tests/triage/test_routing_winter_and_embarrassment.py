"""Winter (coughs, chests and hearts) and health said with embarrassment: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `c471201` before anything was read from them:

- routing-winter-chests-and-hearts-sweep.jsonl: 20 of 20 emergencies, 1 false alarm, top-1 58;
  now none false.
- routing-said-with-embarrassment-sweep.jsonl: 15 of 20, no false alarm, top-1 52; now 20,
  top-1 57.

Taught: a sexual assault just now ("被人强迫了，就是那种事") is a red flag of its own (injuries,
emergency contraception, HIV prophylaxis, evidence); so is a snap of the penis during sex, swollen
and bent. A priapism said around ("那里一直硬着下不去", after "那种蓝色的药") reaches its flag; a
redness grown "成大片" with a fever is the spreading-infection flag. An ovarian cyst a doctor once
named ("之前医生说她卵巢有颗水瘤") cancelled the torsion flag as if the pain had been seen by a
doctor: it is the flag's risk, not its exception. A skier's toes that went white and are red now
are no acute limb ischaemia.

Left: a varicocele ("袋子里面像蚯蚓") goes to vascular surgery; a painless sore "down there" falls
back to general practice; a pill prescription renewed goes to the pharmacy; a cold in pregnancy
asking for a medicine goes to the chest clinic; frostnip goes to neurology for its tingling.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-winter-chests-and-hearts-sweep.jsonl": (58, 20, 0),
    "routing-said-with-embarrassment-sweep.jsonl": (57, 20, 0),
}

EMERGENCIES = [
    "我同学刚才在宿舍被人强奸了，一直在哭",
    "she was raped an hour ago and hasn't showered",
    "she was raped after a film at the cinema an hour ago",
    "吃了伟哥以后那里一直硬着下不去，五个小时了，发紫",
    "during sex there was a popping sound, now it's swollen and bent to one side",
    "左下腹突然剧痛，一直吐，之前医生说有卵巢囊肿",
    "糖尿病，大腿根又红又肿，两天红到成大片，发烧39度",
]
LOOK_ALIKES = [
    ("去年被性侵过，现在常做噩梦，想看心理医生", ("PSY",)),
    # The news and a childhood are read by the context, not listed as the flag's exceptions.
    ("小时候被性侵过，现在常做噩梦，想看心理", ("PSY",)),
    ("新闻里说有人被强奸，好可怕，我最近睡不着", ("PSY", "NEURO")),
    ("my knee made a popping sound playing football", ("ORTHO",)),
    ("skiing yesterday, my toes went white, now red and tingly", ("BURN", "DERM", "NEURO")),
]

TestWinterAndEmbarrassment = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
