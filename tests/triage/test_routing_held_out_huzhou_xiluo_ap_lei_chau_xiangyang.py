"""Four general days written blind in the session that began at `7054da1`, the seventh round (a
Tuesday in Huzhou among the bamboo and white tea, a Wednesday in Xiluo by the soy-sauce
breweries, a dragon-boat Saturday in Ap Lei Chau, a Friday in Xiangyang; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `92b01bd`: top-1 56, 56,
55 and 55 of 60 (222 of 240, 92.5 %), 78 of 80 emergencies (97.5 %), 6 false alarms of 160
(3.8 %). Read then: 58, 58, 58 and 59 (233), 80 and none (the floors below).

Red flags: an arm that suddenly would not lift and words "coming out all mushed"; a late period
(月经已经晚了), sudden pain, nearly passing out (差点昏过去).

False alarms: a hand burnt by a pot lid, a red patch, no blisters (没有起水泡); hot oil on an arm,
a few big blisters (几个大水泡); "a heart attack waiting to happen" (a coach's words); a faint
last week, "之后都很正常"; a face "红到似中风" after rice wine (likened); a mother who "成日话自
己「中风」，其实系" eyelid twitching.

Desks: a hand laid on a hot wok (搭到锅子上; the burn's blisters); painkillers that "barely help"
(the pain clinic); insurance from elsewhere not registered (异地冇备案); the kidney clinic named
(肾科).

Left: insomnia and acupuncture (mental health; labelled Chinese medicine); diabetes poorly
controlled with nocturia (urology ties endocrinology); a self-paid visit before the health card
came (billing; labelled insurance); a stroke patient's chronic prescription and a generic brand
asked (the pharmacy weak in a clinical story); an itemised receipt an insurer needs (the
insurance office, as the desk tests hold; labelled billing here and on most days this session,
left for a decision on the desk rather than a rule changed against its tests).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "Grandpa suddenly couldn't lift his right arm at dinner and his words are coming out all mushed",
        78,
    ),
    ("我老婆突然肚子痛到蹲下，差点昏过去，她月经已经晚了三个礼拜", 29),
]
LOOK_ALIKES = [
    ("手被锅盖烫到，红红的一片，没有起水泡，冲过冷水了", ("BURN",), 33),
    ("炒菜时热油溅到手臂，起了几个大水泡，冲过凉水了", ("BURN",), 40),
    (
        "My trainer says I'm a heart attack waiting to happen because my pulse is 50, I feel great",
        ("CARD",),
        30,
    ),
    ("上礼拜在家洗澡的时候晕倒一次，几秒就醒了，之后都很正常", ("CARD", "NEURO", "GP"), 36),
    ("飲完酒面紅到似中風，哈哈，其實係頸起紅疹", ("ALLERGY", "DERM", "NEURO"), 29),
    ("炒茶的时候手搭到锅子上，起了一大片水泡", ("BURN",), 41),
    (
        "Forty years at the loom, my right shoulder and neck ache every day and the pharmacy painkillers barely help anymore",
        ("PAIN", "REHAB"),
        60,
    ),
    ("城乡居民医保，在这边住院，出院结算说异地冇备案报不了", ("INSUR",), 58),
    ("我老豆有糖尿病好多年，对脚肿，验身话肾功能唔好，想睇肾科", ("NEPH",), 69),
    ("我阿媽成日話自己「中風」，其實係眼皮成日跳", ("NEURO", "OPH"), 63),
]

TestHeldOutHuzhouXiluoApLeiChauXiangyang = taught_theme_tests(
    {
        "routing-huzhou-tuesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-xiluo-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-ap-lei-chau-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-xiangyang-friday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
