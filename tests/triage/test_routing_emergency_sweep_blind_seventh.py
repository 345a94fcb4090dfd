"""The seventh emergency sweep written blind (150 complaints in Simplified and Traditional Chinese
— Hong Kong Cantonese and Taiwan Mandarin — and English: 100 emergencies by family and 50
look-alikes), its missed emergencies and false one taught by family (concept, composition,
context), never by a file's sentence.

First run (the base commit): 97 of 100 emergencies, 1 of 50 false (top-1 136 of 150); with this
module's change (migration 0121) 100 of 100, 0 of 50 (top-1 140 of 150). No false alarm is kept
and no emergency is judged mislabelled.

Why the emergencies missed:

- Vomited blood said as black-red stuff (呕了半碗黑红的东西) with dizziness and a racing heart:
  the bleeding rule knew 暗红 and 咖啡色 but not 黑红 nor black or dark red stuff thrown up.
- A pain at the pit of the chest (心窝) as if wrung (拧着似的), bent double and drenched
  (浑身湿透了): nothing matched at all; the chest rule had 胸*拧 but not 心窝*拧, and sweat said
  as clothes or a body soaked through was no sweat.
- Cantonese breathlessness at night with purple lips (索唔到氣, 口唇紫紫哋): 索唔到氣 was no
  breathing trouble, and 紫紫 or 口唇紫 no blue lips the breathlessness rule knew.

Why the false one fired:

- A neighbour's breathlessness last night, an ambulance called (叫了120), told to ask about one's
  own mother's chronic lung disease: someone else's emergency cared for is their story (as one
  taken to hospital was), and 昨晚 no longer makes it today's.

Left as they are: the sweep's ten top-1 misses that are no emergency question (an EEG follow-up
after a fit to orthopaedics; a carotid scan after a colleague's stroke to cardiology; checks
after carbon monoxide and an alarm to buy; insulin needles and test strips; a friend's bee
sting; an EpiPen asked for in Cantonese; the most paracetamol a day in Taiwan Mandarin; a statin
taken twice; hunger's shaking). Every wording in the tables is our own, in Simplified and
Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-seventh.jsonl"

EMERGENCIES = {
    "vomited blood said as black-red, dark red or coffee stuff": [
        "我爸刚才吐了一大口黑红色的东西，脸白得吓人，站都站不稳",
        "阿爺啱啱嘔咗好多黑紅色嘅嘢，而家頭暈心跳好快",
        "我媽剛剛吐了半碗暗紅色的東西，現在頭好暈",
        "my dad just threw up a lot of dark red stuff and he is dizzy and his heart is racing",
        "she vomited black stuff that looked like coffee and now she feels faint",
    ],
    "a pain at the pit of the chest wrung or gripped, drenched in sweat": [
        "我老公心窝那里像被人拧住一样疼，汗出得衣服都湿透了",
        "心窩好似俾人揸住咁痛，成身濕晒",
        "我心窩像被擰著一樣痛，全身都濕透了",
    ],
    "breath that cannot be drawn, in Cantonese, with purple lips": [
        "阿爸索唔到氣，嘴唇紫晒",
        "我婆婆半夜吸不上气，嘴唇紫紫的",
        "外婆喘不過氣來，嘴唇發紫，一直要坐著",
        "my grandma can't catch her breath and her lips are going blue",
    ],
}

NOT_EMERGENCIES = {
    "a bleed of last month, red food or wine": [
        "上个月胃出血住过院，现在好了，来复查胃镜",
        "孩子吃了火龙果，大便是红色的，精神很好",
        "I threw up once after red wine last night, it was just the wine colour, I feel fine now",
    ],
    "heartburn at the pit of the chest": [
        "心窝有点烧心，吃完饭更明显，打几个嗝就好",
        "心窩有啲翳，食飽飯先會，冇出汗",
        "my upper stomach burns after spicy food, no sweating, it settles with antacids",
    ],
    "lips blue with cold, breathless on the stairs": [
        "出去冻了一会儿嘴唇有点紫，进屋暖和就好了，呼吸正常",
        "I get a bit out of breath on the stairs, my lips are a normal colour",
    ],
    "a neighbour's emergency cared for, told to ask about one's own": [
        "邻居昨天中风叫了救护车，我想问问怎么预防中风",
        "隔籬屋阿伯琴日叫咗白車，我想問下點樣量血壓",
        "my neighbour called an ambulance for her husband last night; I'd like a blood pressure "
        "check for myself",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "我爸刚才吐了好多鲜血，现在叫不醒",
    "胸口压着疼，出冷汗，左手臂发麻",
    "外婆喘得厉害，嘴唇发紫",
    "邻居家孩子喝了农药，我们刚把他送来了",
]

# Calm stories, each to its clinic.
CALM = [
    ("心窝有点烧心，吃完饭更明显，打几个嗝就好", ("GI",)),
    ("邻居昨天中风叫了救护车，我想问问怎么预防中风", ("NEURO", "PREV")),
    ("隔籬屋阿伯琴日叫咗白車，我想問下點樣量血壓", ("CARD",)),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
