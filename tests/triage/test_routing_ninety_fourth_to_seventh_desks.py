"""The wrong desks of the ninety-fourth to the ninety-seventh hand-written files (60 complaints
each, written blind): every first-run miss that was no emergency and whose engine answer was not
ER (a wrong department, or a service point mixed up with a clinic). Their emergencies and the
misses answered ER are the emergencies teacher's.

First run (the 90th to 93rd taught), the wrong desks of each file: ninety-fourth 0, ninety-fifth 3,
ninety-sixth 3, ninety-seventh 3 (9, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): heart disease "nearly brought on" by a fright or by anger (吓得/气得/嬲到 ...
心脏病都要犯了, 就嚟发; "they'll give me a heart attack") is a figure of speech, no heart
complaint: the ringing ears, the sleeplessness keep their desks (the concepts `stirred_up` and
`nearly_strikes`, an exception of the heart's two rules); a small burn singed by a firecracker or
a candle (燎了个泡, a sparkler) is the burns desk's, a child's too (a large or facial one stays the
emergency's); hands, lips or heels chapped and cracked by cold, wind or dry air (手冻得裂口子,
皲裂, 爆拆, "chapped from the cold") are the skin clinic's, no wound for surgery and no cold for
the chest clinic (`chapped` with `cold_dry` required); "in and out of the loo", "running to the
toilet" with no word of urine is diarrhoea (the loo with peeing stays the urinary rule's); after
one's own heart attack, stent or bypass (`heart_attack_or_stent`), medicine running out or a
refill asked (`refill_asked`) is the heart clinic's, which reviews the medicines before they are
written again (a prescription already written, 慢性处方笺, 开好了处方, stays the pharmacy's; after
a stroke the medicine fetched stays the pharmacy's, as the 90th to 93rd taught), and a check-up
wished for is the heart clinic's too (a full-body package, a scare that was nothing or a relative's
death stays prevention's); a child's sore throat with nothing stuck is the children's department's
(at 13 or under; an adult's, or a fish bone, stays ENT's).

No step changed: data only (rules.json, lexicon.json). Two exceptions widened: blisters (水疱、
疱疹) say nothing of the skin clinic when burnt or singed ("burnt", 燎, 焫亲), and a sparkler is a
heat source.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "heart disease 'nearly brought on' by a fright or anger: a figure of speech": [
        ("邻居放烟花吓得我心脏病都快犯了，现在耳朵嗡嗡响", ("ENT",), 50),
        ("婆婆天天唠叨，气得我心脏病都要犯了，晚上睡不着", ("PSY",), 40),
        ("個仔成日唔返屋企，嬲到我心臟病都就嚟發，夜晚瞓唔着", ("PSY",), 50),
        ("my kids are going to give me a heart attack, I can't sleep at all lately", ("PSY",), 40),
    ],
    "a small burn singed by a firecracker, a candle or a sparkler": [
        ("女儿玩蜡烛把手指燎了个泡", ("BURN", "PEDSURG"), 7),
        ("小朋友玩炮仗焫親手指，起咗個水泡", ("BURN", "PEDSURG"), 6),
        ("my son burnt his finger on a sparkler, small blister", ("BURN", "PEDSURG"), 7),
    ],
    "skin chapped and cracked by cold, wind or dry air": [
        ("嘴唇冬天风一吹就干裂出血", ("DERM", "DENT"), 30),
        ("冬天手背冻得皲裂，一碰水就疼", ("DERM",), 45),
        ("對手一到冬天就爆晒拆，好痛", ("DERM",), 40),
        ("hands chapped and cracked from the cold, they sting", ("DERM",), 35),
    ],
    "'in and out of the loo' with no word of urine: diarrhoea": [
        ("dodgy tummy after a curry, in and out of the toilet all night", ("GI",), 30),
        ("running to the loo since the kebab last night, cramps", ("GI",), 25),
    ],
    "after a heart attack or a stent, medicine running out or a refill asked": [
        ("去年心梗放了支架，药快吃完了，想来拿点药", ("CARD",), 65),
        ("三年前通波仔，啲藥就食完，想攞藥", ("CARD",), 70),
        ("had a stent in 2020, running out of my tablets, need a refill", ("CARD",), 62),
    ],
    "after a heart attack or a stent, a check-up wished for": [
        ("I had a heart attack three years ago, would like a check-up with someone", ("CARD",), 66),
        ("前年心梗过，想来检查一下心脏", ("CARD",), 60),
    ],
    "a child's sore throat: the children's department": [
        ("小朋友五岁，喉咙痛两天，没有发烧", ("PED",), 5),
        ("my 4 year old son has a sore throat, eating less", ("PED",), 4),
        ("個女六歲，喉嚨痛咗兩日，冇發燒", ("PED",), 6),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # Heart disease said plainly.
    ("我有心脏病，最近脚肿", ("CARD",), 70),
    # An adult's sore throat; a cold with a sore throat.
    ("大人喉咙痛两天，没发烧", ("ENT",), 35),
    ("sore throat for two days, no fever", ("ENT",), 30),
    ("caught a cold, runny nose and sore throat", ("RESP", "ENT", "GP"), 30),
    # A prescription already written; a stroke's medicine fetched (the pharmacy fills it, the
    # illness's clinic prescribes it again).
    ("去年放了支架，医生已经开好处方了，来拿药", ("PHARM", "CARD"), 66),
    ("中风以后一直吃的药吃完了，来拿药", ("PHARM", "NEURO"), 70),
    # A relative's death or a scare that was nothing: prevention.
    (
        "My husband died of a heart attack, so I thought I'd better have a proper check-up",
        ("PREV",),
        69,
    ),
    (
        "Last year I had a heart attack scare that turned out to be a pulled muscle. Now I just want a full checkup",
        ("PREV",),
        55,
    ),
    # An old stent and another complaint today.
    ("我爸十年前心肌梗塞放過支架，現在固定回診，這次是要看膝蓋，走路會痛", ("ORTHO",), 72),
    ("去年心梗放过支架，今天是来看牙的，刷牙老出血", ("DENT",), 64),
    # A cut, cold white fingers, a fall in the toilet, urine on the loo.
    ("手指切了个口子，还在流血", ("GS",), 30),
    ("手指遇冷发白发麻", ("RHEUM",), 40),
    ("在厕所摔了一跤，膝盖疼", ("ORTHO",), 60),
    ("peeing all the time, in and out of the loo all night", ("URO",), 50),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子放鞭炮把脸燎了一大片泡", 8),
    ("去年心梗放了支架，今天突然胸口压着疼，出冷汗", 66),
    ("had a heart attack last year, now crushing chest pain and sweating", 60),
    ("生气以后心脏病犯了，胸口压着疼，出冷汗", 60),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
