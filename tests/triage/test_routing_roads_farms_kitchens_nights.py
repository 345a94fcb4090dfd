"""The road, farms and villages, kitchens and food, woken in the night: four general sweeps
taught, and two held out.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `eed4971` before anything was read from it:

- routing-travel-and-the-road-sweep.jsonl: 19 of 20 emergencies, no false alarm, top-1 57; now
  20, none, 59.
- routing-farms-and-villages-sweep.jsonl: 17 of 20, 1 false alarm, top-1 51; now 20, none, 59.
- routing-kitchens-and-food-sweep.jsonl: 18 of 20, none, top-1 57; now 20, none, 60.
- routing-woken-in-the-night-sweep.jsonl: 19 of 20, 2 false alarms, top-1 54; now 20, none, 60.

Held out (an ordinary Tuesday afternoon and a busy Friday night), their misses read only in the
next session, once both ends had been measured (`test_routing_eight_days_and_read_held_out.py`; the
floors below are today's):

- routing-tuesday-afternoon-held-out-sweep.jsonl: 20 of 20, no false alarm, top-1 60.
- routing-friday-night-held-out-sweep.jsonl: 18 of 20, no false alarm, top-1 56.

Taught: a drink from an unlabelled bottle with vomiting, sweating or a muddle is a poisoning; one
limb gone ice cold, then pale or numb in the next clause, is an artery blocked; a black scab after
burying or skinning dead livestock goes to infectious diseases; bright blood on the paper after
a stool to general surgery; an urge to walk the legs at night to neurology; "where do I pick
them up" after a test told in a clause of its own to the laboratory; fumes in a car closed with
the air conditioning running; a shock said in Cantonese (触咗电) off a water pump; a body burning
hot with muddled answers after a day at the stove; vision "gone snowy" after a street liquor; a
bee sting said whole (被蜜蜂叮); "pulled a tick off" is no pulled muscle; an egg as a food
allergy's food; a rash "slept off" after spraying is no poisoning now; a child who cannot be
woken to pee at night is a deep sleeper, not unconscious; a month named bare ("in March") is
the past.

Left: a grazed knee scabbed over, a little red round it, asking whether a tetanus shot is still
due, goes to orthopaedics (the tetanus rule leaves a healed scratch to the vaccine clinic); a
liver and kidney check six months after a pesticide poisoning goes to nephrology.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-travel-and-the-road-sweep.jsonl": (59, 20, 0),
    "routing-farms-and-villages-sweep.jsonl": (59, 20, 0),
    "routing-kitchens-and-food-sweep.jsonl": (60, 20, 0),
    "routing-woken-in-the-night-sweep.jsonl": (60, 20, 0),
}

EMERGENCIES = [
    "他在车上开着暖气睡了一觉，醒来头痛得厉害，一直想吐，走路打晃",
    "my uncle drank something out of an unlabelled bottle in the garage and now he's throwing up",
    "工地上有人喝了矿泉水瓶装的东西，现在一直吐，满头大汗",
    "阿爸修抽水机嗰阵触咗电，而家心口好闷",
    "右边手臂冰冷冰冷的，手指发白，是今天下午突然这样的",
    "my son fell into a ditch by the canal, we got him out and he's drowsy and coughing",
    "在锅炉房干了一天，人倒了，身体滚烫，问他话答得乱七八糟",
    "drank some homemade liquor last night, today everything went snowy",
    "Dad got dizzy after spraying pesticide, slept it off but now he is drooling and twitching",
    "我妈起夜摔了一跤叫不醒",
]
LOOK_ALIKES = [
    ("上个月脚踝扭了，现在好了，想问问能不能去跑步", ("ORTHO", "REHAB", "SPORTS")),
    ("pulled a splinter out of my thumb yesterday, now it's red and sore", ("GS", "DERM", "GP")),
    ("每次上大号纸上都有点鲜红的血，不疼", ("GS", "GI")),
    ("my legs feel restless at night and I have to get up and walk about", ("NEURO",)),
    ("孩子吃了鸡蛋嘴巴周围起了红疹子，别的都好", ("ALLERGY", "PED", "DERM"), 1),
    ("had a fall in march, my hip is still stiff and sore", ("ORTHO", "REHAB", "PAIN")),
    ("被蜜蜂叮了一下，肿了一块，不喘", ("DERM", "ALLERGY", "GP")),
    ("女儿8岁还尿床，晚上叫她起来尿尿也叫不醒", ("PED", "CHILD"), 8),
]

TestRoadsFarmsKitchensNights = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)

TestHeldOutTuesdayAndFriday = theme_sweep_tests(
    {
        "routing-tuesday-afternoon-held-out-sweep.jsonl": (60, 20, 0),
        "routing-friday-night-held-out-sweep.jsonl": (58, 20, 0),
    },
    emergencies=20,
)
