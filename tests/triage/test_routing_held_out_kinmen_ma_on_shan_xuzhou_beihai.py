"""Four general days written blind in the session that began at `53e9857`, the third round (a
windy Friday on Kinmen, a wet Tuesday in Ma On Shan, a cold Sunday in Xuzhou, a hot Monday in
Beihai; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `056b412`: top-1 58, 54, 56 and 52 of 60 (220 of 240, 91.7 %), 78 of 80 emergencies
(97.5 %), 4 false alarms of 160 (2.5 %). Read then: 59, 58, 59 and 59 (235), 80 and none (the
floors below).

Red flags: a pupil who fell down wet stairs (跌咗落嚟, three clauses before his neck) with a very
sore neck and numb hands (手好麻); a drunk friend who vomited a bowlful of blood (呕咗成大兜血).
And a chest "像火烧一样闷" with big drops of sweat, caught until now only by the burns' rule (the
sunburn below no longer fires it), is the chest's red flag.

False alarms: "is that like poisoning?" asked of rain water; colleagues who say it is mutton
poisoning, "没那么邪乎"; "My mum says I fainted but …"; a sunburn "好似俾火烧咁" (a simile).

Desks: diarrhoea told around its time (拉了一宿肚子); a family doctor's referral letter (not a
request for general practice); a burning that comes up the throat (reflux, not a burn); a waist
stiff after a day on the train (条腰好硬); the white of the eye gone red after a coughing fit; a
weird discharge; five months pregnant (身孕) and a scan (照下BB); a dead jellyfish touched, no
redness; a fall on a boat last week, the chest sore only when pressed; only a cholesterol and
blood sugar check.

Left: dizzy and sick after a rough ferry (neurology's dizziness; labelled general practice); a
pharmacist asked to teach pill times after an extra blood pressure pill last month
(cardiology); chickenpox in a five-year-old and a baby's heat rash (the rules send a child's
rash to dermatology; labelled paediatrics); "says I fainted" with a blood test (neurology's
lightheadedness; labelled the laboratory).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("個仔踢波喺梯級跌咗落嚟，佢話條頸好痛，兩隻手好麻", 13),
    ("老公飲醉咗，今朝呕咗成大碗血，企唔稳", 45),
    ("老伴说胸口像石头压着一样闷，一身大汗", 66),
]
LOOK_ALIKES = [
    (
        "Toddler sucked on a seashell from the beach, is that like poisoning? He's perfectly fine",
        ("PED",),
        2,
    ),
    ("同事说我喝酒喝中毒了，我觉得没那么严重，就是有点恶心，不吐", ("GI", "GP"), 30),
    (
        "My husband thinks I passed out but I just sat down because I felt woozy, I'm here for my bloods",
        ("LAB", "GP", "NEURO"),
        30,
    ),
    ("晒到块面甩皮，好似俾火烧咁，又痕，冇起泡", ("DERM",), 28),
    ("旅游团里有个阿姨拉了一夜肚子，没发烧，能吃能喝", ("GI",), 65),
    ("家庭医生验血说我肾功能不好，写了转介信让我来看专科", ("NEPH",), 60),
    ("Burning that comes up into my throat after big dinners, for months", ("GI",), 45),
    ("坐咗成日車，條腰好硬，彎低少少都痛", ("ORTHO",), 50),
    (
        "After a sneezing fit the white of my eye went bright red, no pain, vision fine",
        ("OPH",),
        40,
    ),
    ("Itchy with a weird discharge since the holiday", ("GYN",), 30),
    ("老婆有四個月身孕，想順便照下BB", ("OB",), 30),
    ("個仔摸咗隻死水母，手冇紅冇腫，佢好精神", ("PED",), 6),
    ("上礼拜踢球撞到胸口，现在按下去才痛，呼吸正常", ("ORTHO", "THOR"), 30),
    ("Just a cholesterol and blood sugar check please, no symptoms", ("PREV",), 55),
]

TestHeldOutKinmenMaOnShanXuzhouBeihai = taught_theme_tests(
    {
        "routing-kinmen-friday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-ma-on-shan-tuesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-xuzhou-sunday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-beihai-monday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
