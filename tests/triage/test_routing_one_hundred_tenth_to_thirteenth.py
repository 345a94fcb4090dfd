"""Four hand-written files, the one hundred and tenth to the one hundred and thirteenth (60
complaints each, 20 emergencies), written blind and committed as written: routing-one-hundred-
tenth-handwritten.jsonl … routing-one-hundred-thirteenth-handwritten.jsonl. This module holds
their per-file gates, their emergencies and their false alarms (the wrong desks are the desks
teachers').

First run, on commit 38615a7 (the round's start): top-1 53, 56, 57, 52 of 60 (218 of 240); 74 of
80 emergencies; 3 of 160 false alarms. After this module's change, with the desks teachers' edits
as they stood when it was written: top-1 60, 60, 60, 60 (240 of 240); emergencies 80 of 80;
false alarms 0 of 160. Every case file's top compared with the engine as this teaching began:
none worse, no emergency lost and none gained outside the four files. The held-out hand-written
files (the 39th, 40th, 41st, 48th-50th, 57th-59th): 508 of 540, 174 of 180 emergencies, 4 of
360 false. The steps changed (the saturation read with where it was read, redflags._SAID; a
pregnancy's term "七个多月", context._AGE_OR_TERM_BEFORE) are tested through the engine in the
tables below.

Several of the six missed emergencies were of families taught before; why the teaching did not
carry, and what was widened (by family, never by sentence):
- "被清洗劑噴到眼睛，沖過水了還是睜不開": @chemical was a list of named chemicals (漂白水, 石灰,
  硫酸 …), no word for a cleaning agent as a kind. It reads cleaning agents, solvents, pesticides
  and battery acid (清洗剂, 去污剂, 除油剂, 洗涤剂, 消毒剂, 农药, 稀释剂, 香蕉水, 电池液, degreaser,
  cleaning spray / fluid / product, cleaner, disinfectant, paint thinner, battery acid …), for
  every rule that names it (the eye's, the swallowed corrosive's); contact lens solution, eye
  drops or an eye wash are no chemical in the eye;
- heat stroke "spent all afternoon on the Great Wall in the sun … stopped sweating" and "在大三巴
  外面晒了两个多钟，突然倒地上": the signs were known (taught last time), the exposure was not:
  it was a closed list ("in the sun all day", "晒了一天", "晒*一下午"). The exposure reads the
  sun or the heat said any way ("in the sun", "under the sun", "out in the heat", "sun for
  hours", 晒了, 晒…钟 / 小时, 太阳下, 日头…晒); a sunburn, a rash, an itch, sunscreen or a question
  is none ("dry skin" alone is no sign now: "hot dry skin", "skin is dry" are);
- "怀娃娃七个多月了 … 底下出血了": two gaps. @pregnancy knew 怀孕, 怀了, 怀着 but not a pregnancy
  said with the baby (怀娃娃, 怀宝宝, 怀孩子, 怀二胎, "im expecting", "months gone"); and a
  context bug: "七个多月了" was read as months gone by (a long story), because the term's count
  "七个多" was not recognised after a pregnancy (its 个 before 多): even "怀孕七个多月了，出血了"
  was held back as history. The term after a pregnancy or a child now counts "N个多" too
  (context._AGE_OR_TERM_BEFORE);
- the asthmatic who "can barely finish a sentence. the oximeter at the hostel said 86": the
  broken sentences were whole forms ("cant finish a sentence"); the rule reads them composed now
  (barely / hardly / cant / unable … finish … sentence, "gasping between words", 一句话…分…说,
  说句话…喘). The saturation's reading needed its number within a few characters of its word:
  where it was read may stand between now, then what it said ("the oximeter at the hostel said
  86", "血氧仪在药店量了一下只有86"; redflags._SAID["saturation"]);
- "a truck clipped me on my bike … nearly pass out when I stand up and my belly feels swollen and
  tight": the vehicle was read only in the passive ("clipped by", "hit by a car"); a vehicle that
  hit, clipped, knocked or ran into someone (and 车/的士/货车…撞倒, 把我撞…) is read now; and the
  shock's signs gained a faint on standing (@faint_standing, "nearly pass out") and a belly
  swollen, tight or hard (肚…胀, 肚…硬).
The false alarms:
- "吃了冇洗干净的青菜 … 冇哪里不舒服": produce that may carry pesticide was a poisoning. Such
  produce (没洗…菜, 农药残留, "unwashed vegetables", "pesticide residue") is no poisoning by
  itself; with vomiting, drooling, sweating, small pupils, twitching or confusion it is, in a rule
  of its own (ER II);
- "竹签玩戳到眼皮上 … 眼珠子没事": a poke beside the eye with the eyeball said unharmed
  (@eye_unharmed: 眼球没事, 没伤到眼球, "the eye itself is fine", "vision is fine") is no eye
  injury and no impalement;
- "a 'heart attack' scare that turned out to be just reflux": a scare, or a heart attack thought
  of and found to be something else, is no heart attack.
One emergency of another file lost to a desks teacher's phrase ("发冷发热" as the fever desk's,
which hid the sepsis rule's 发冷 / 发热 in it) is kept: the sepsis rule reads "发冷发热" too.
"""

import pytest

from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("one_hundred_tenth_to_thirteenth")


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a cleaning agent, a solvent or a pesticide in the eye": [
        ("清洗剂溅到眼睛里，睁不开",),
        ("工厂的去污剂喷到眼睛，冲了水还是很痛",),
        ("擦玻璃的清洁液喷进眼睛，火辣辣的",),
        ("洗車的除油劑噴到眼睛，一直流眼淚",),
        ("打农药的时候农药溅到眼睛里，很刺痛",),
        ("got degreaser in my eyes at work, cant open them",),
        ("some cleaning spray went into his eye, it is burning",),
        ("paint thinner splashed in my eye",),
        ("battery acid in my eye from the car",),
    ],
    "heat stroke after hours in the sun, said without 'all day'": [
        ("my husband was in the sun all afternoon at the beach, now confused and not sweating",),
        ("working under the sun for hours, he collapsed, skin burning hot",),
        ("out in the heat all morning on the building site, now he's talking nonsense",),
        ("在工地晒了三个多小时，人倒了，浑身滚烫",),
        ("老人家在太阳下等车等了好久，突然晕倒，身上很烫",),
        ("喺日头底下晒咗两个钟，跟住成个人晕低，讲嘢乱晒",),
        ("爬山的時候在太陽下曬了一下午，現在意識不清，皮膚又乾又燙",),
        ("marathon in the hot sun, she collapsed at the finish and stopped sweating",),
    ],
    "a pregnancy said with the baby (怀娃娃, 怀宝宝) or a term 'N个多月'": [
        ("怀孕七个多月了，下面出血了",),
        ("怀宝宝六个多月，突然流了好多血",),
        ("我老婆怀着孩子八个月了，肚子一阵一阵发硬，见红很多",),
        ("怀二胎五个多月，今天出血，肚子很疼",),
        ("怀娃娃三个多月，底下一直流血",),
        ("im expecting, about 30 weeks, and bleeding a lot",),
        ("she is 7 months gone and bleeding heavily",),
        ("懷寶寶八個多月，剛剛流了很多血",),
        ("怀小孩四个多月了，下面一直出血，肚子好痛",),
    ],
    "asthma: too breathless to finish a sentence, said any way": [
        ("asthmatic, I can barely finish a sentence",),
        ("my son has asthma and he can hardly finish a sentence",),
        ("wheezing badly, struggling to finish my sentences",),
        ("her asthma is bad, she can barely get the words out",),
        ("哮喘犯了，一句话要分几次说",),
        ("有哮喘，现在说句话都喘",),
        ("氣喘發作，講句話都喘不過來",),
        ("asthma, gasping between words",),
    ],
    "an oxygen reading told with where it was read": [
        ("short of breath, the oximeter at the pharmacy said 87",),
        ("the pulse oximeter in the hotel showed 85 and I am wheezing",),
        ("my oxygen at the clinic was 88, breathing is hard",),
        ("血氧仪在药店量了一下只有86，喘",),
        ("sats on the home machine said 84",),
        ("the oxygen thing on his finger at the chemist read 83, he is gasping",),
        ("血氧夹在诊所测了一下才85，呼吸困难",),
    ],
    "a vehicle that hit the visitor, told actively, then faint or a swollen belly": [
        ("a truck clipped me on my bike, now I nearly pass out when I stand",),
        ("a car hit me on the crossing, my belly is getting swollen and tight",),
        ("a van knocked me off my scooter, I feel faint and my tummy is hard",),
        ("the bus clipped my bike, now I'm pale and clammy",),
        ("一辆货车把我撞倒了，现在一站起来就眼前发黑",),
        ("电动车撞到我，肚子越来越胀，快晕了",),
        ("被车撞了，肚子硬硬的，站起来就晕",),
        ("a taxi ran into me at the lights, my stomach is swollen and I feel faint",),
        ("一架的士撞倒我，而家企起身就晕，个肚好胀",),
    ],
    "produce with pesticide eaten, then poisoning signs": [
        ("吃了打过农药的菜，现在一直吐，流口水",),
        ("ate unwashed vegetables from the farm, now vomiting and sweating a lot, pupils tiny",),
        ("吃了没洗干净的水果，呕吐出汗，人迷迷糊糊",),
        ("食咗啲冇洗乾淨嘅菜，而家狂嘔，口水流唔停",),
        ("we had sprayed vegetables from the field, now we are all vomiting and twitching",),
        ("阿公吃了喷过农药的菜，出很多汗，呼吸困难",),
    ],
}
# Look-alikes: the same words as a habit, a question, mild, past, or without the sign: no emergency.
NOT_EMERGENCIES = {
    "a faint at the needle, over": [
        ("抽血的时候有点晕，坐了一会儿就好了",),
        ("我晕针，一打针就晕，坐一下就好",),
    ],
    "a cleaning agent named, not in the eye": [
        ("清洗剂弄到手上，有点痒",),
        ("where can I buy eye cleaning solution for contacts",),
        ("我在清洁公司上班，经常接触清洁剂，想做体检",),
        ("洗发水进眼睛了，有点涩",),
    ],
    "the sun without heat stroke: sunburn, a rash, dry skin": [
        ("was in the sun all afternoon, my shoulders are sunburnt and burning hot",),
        ("晒太阳以后皮肤发红发痒，有点烫",),
        ("I have dry skin that gets worse in the sun",),
        ("在太阳下晒了一下午，晒伤了，很烫",),
        ("how do I keep my baby safe in the sun on holiday?",),
    ],
    "a pregnancy's term with no danger, or a baby's age": [
        ("怀孕七个多月了，想问产检在哪里做",),
        ("怀宝宝五个多月，腿有点抽筋，晚上睡不好",),
        ("孩子八个多月了，想打疫苗",),
        ("im expecting, can I still fly next month",),
    ],
    "asthma without broken sentences": [
        ("I have asthma and can finish sentences fine, just need a new inhaler",),
        ("my inhaler ran out, I need a prescription, breathing is ok",),
        ("哮喘复查，开药",),
    ],
    "an oxygen reading that is normal": [
        ("the oximeter at the pharmacy said 98, just a cough",),
        ("血氧仪在家量了是97，有点咳嗽",),
    ],
    "a vehicle named, no hit, or a mild bump": [
        ("my car got clipped in the car park, I'm a bit shaken",),
        ("I was clipped by a bike mirror last week, bruise on my arm",),
        ("my car was hit in the car park, my neck is a bit stiff",),
    ],
    "pesticide on produce, no symptoms": [
        ("吃了没洗干净的青菜，担心有农药残留，没有不舒服",),
        ("I ate unwashed fruit, is pesticide residue dangerous?",),
        ("菜上面可能有农药残留，怎么洗干净",),
    ],
    "a poke near the eye, the eyeball fine": [
        ("树枝戳到眼皮，眼球没事，就是有点肿",),
        ("my kid poked his eyelid with a pencil, the eye itself is fine, lid is swollen",),
        ("筷子戳到眼角，没伤到眼球，流眼泪",),
    ],
    "a heart attack scare that was reflux, or a scare only": [
        ("last year I had a heart attack scare, it was reflux, now heartburn after dinner",),
        (
            "I thought it was a heart attack but it turned out to be indigestion, want a stomach check",
        ),
        ("以前以为是心梗，结果是胃食管反流，现在又烧心",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    # A faint at the needle is no emergency ("抽血*晕", "晕针"), unless the visitor is not waking
    # up: the exception no longer holds the unconscious rule back then (found by the desks teacher).
    ("抽血的时候晕倒了，现在叫不醒",),
    ("打针的时候晕倒了，到现在还没反应",),
    ("she fainted at the blood test and now she won't wake up",),
    ("石灰溅到眼睛里",),
    ("bleach splashed in my eye",),
    ("中暑晕倒了",),
    ("heat stroke, he collapsed",),
    ("怀孕八个月，出血很多",),
    ("asthma attack, inhaler not working",),
    ("sats 85 and breathless",),
    ("hit by a car, pale and sweaty",),
    ("喝了农药",),
    ("竹签扎进眼睛，看不见了",),
    ("crushing chest pain, sweating, I think it's a heart attack",),
    ("I'm having a heart attack",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
