"""Four hand-written files, the one hundred and sixth to the one hundred and ninth (60 complaints
each, 20 emergencies), written blind and committed as written: routing-one-hundred-sixth-
handwritten.jsonl … routing-one-hundred-ninth-handwritten.jsonl. This module holds their per-file
gates, their emergencies and their false alarms (the wrong desks are the desks teachers').

First run, on commit 6ac872b (the round's start): top-1 53, 55, 57, 56 of 60 (221 of 240); 74 of
80 emergencies; 4 of 160 false alarms. After this module's change, with the desks teachers' and
the relatives' context step (as measured when it was written): top-1 60, 59, 60, 60 (239 of 240;
the one left is the jet ski's eye, no longer an emergency, now at the fallback: a desk's);
emergencies 20, 20, 20, 20 (80 of 80); false alarms 0, 0, 0, 0. Every case file's top compared
with the engine as this teaching began (the desks' first edits in): none worse, no emergency lost
and none gained outside the four files ("not answering me properly" stays the learner's
no-response rule at I). The held-out hand-written files (the 39th, 40th, 41st, 48th–50th,
57th–59th): 507 of 540, 174 of 180 emergencies, 4 of 360 false, as before. The step changed
(the blood pressure read in the text, redflags._SAID) is tested through the engine in the
tables below.

Why the six emergencies were missed, and what was taught (by family, never by sentence):
- "drink vodka and also some liquid from bottle for car window, now he say everything look like
  snow … breath very fast": no concept knew a toxic alcohol but 甲醇 and antifreeze inside
  @poison, and "drink" with a liquid named by what it is for was nothing. A new concept
  (@toxic_alcohol: 甲醇, 工业酒精, 假酒, 玻璃水, 雨刮水, 雨刷精, 防冻液, 水箱精, 乙二醇, methanol,
  screenwash, washer fluid, antifreeze, coolant, meths) and a rule (ER I): one drunk
  or swallowed, or a liquid / fluid "for the car window / windscreen / wipers" drunk (喝…擦车窗的
  水); not splashed, smelt, or asked about. And a rule (ER I) for sight like snow (@snow_vision:
  像下雪, 满眼雪花, 眼前白茫茫, "looks like snow", "like a snowstorm") after alcohol: methanol
  until shown otherwise (not dandruff, a screen, or the glare of a ski slope);
- "My husband pressure is 220 on 130 on pharmacy machine": the pressure's words were "my / his
  pressure", not "my husband pressure", and the two numbers were said "/", "over", "and", not
  "on". A pressure after a possessive and one word reads (not tyres, water, eyes, ears, air,
  work), and "on" joins the two numbers of a pressure (redflags._SAID["blood_pressure"]). The
  weak left hand beside a headache and vomiting was no stroke sign in English (左手没力 was one
  in Chinese): a new rule (ER I) reads a left or right hand, arm, leg or side weak, with no power
  or heavy, with a headache, vomiting, dizziness, confusion or "suddenly" (not carpal tunnel, an
  old stroke, the gym, a sprain, months or years);
- "吃了一盘皮皮虾，这会儿冒冷汗发虚，血压计上写的75 40": only a high pressure was read. A new rule
  (ER II): a pressure read under 90 (digits or numerals, with or without its lower number, 75 40,
  78 over 45, 八十五，五十) with a cold sweat, faintness, pallor, signs of shock, confusion or no
  response; not a pressure always low (平时, 一向, usually), nor a question;
- "fever 40.5 since morning, shivering too much, now he is not answering us properly": answers
  that are not right were no confusion. @confused reads "not answering (us / them / questions)
  properly", "not responding properly / normally", 回答不对, 问话答不对, 回答问题怪怪的, 答得唔啱
  ("not answering me" stays the learner's no-response rule, at I);
- "the sugar machine only say LO": the meter's LO / HI was read after "says", "shows", "reads",
  not "say", "show", "display", nor a "machine". The LO / HI phrase reads them (写的, 写住 too);
- "手被冲床压了，两根手指头快掉下来了，用毛巾裹着血还是一直往外渗": a punch press was no heavy
  thing, a finger nearly off no injury, blood seeping through a towel no bleeding that will not
  stop. @heavy_thing reads presses, lathes, rollers, conveyors, mincers (冲床, 压力机, 啤机, 机床,
  传送带, 绞肉机, "punch press", "hydraulic press", "lathe", "conveyor belt"); a new concept
  (@nearly_off: 快掉下来, 快断了, 差点切断, 只连着一点皮, 就快甩, "nearly / almost cut off",
  "hanging off", "hanging by the skin") with a finger or a limb, and a cut, a crush, a machine or
  blood said, is a new rule (ER II; not tired, cold or sore limbs "about to fall off": 冷得手指
  都快掉了 is no amputation in the major-trauma rule either); @not_stopping reads 一直往外渗,
  还是一直渗, 渗透毛巾, "seeping through", "through the towel / bandage".
The false alarms:
- "撒尿不利索 … 小肚子憋得慌": 憋得慌 was breathlessness wherever it stood. A full bladder or lower
  belly that feels pent up (小肚子 / 小腹 / 膀胱 / 尿憋得慌) is a word of its own for the
  segmenter (lexicon words), so 憋得慌 inside it is no breathing word; said alone it still is;
- "前天骑电动车拐弯摔了一下，膝盖肿了，能走": a limb swollen after an e-bike fall that still moves
  was no major trauma; one that can walk or bear weight (能走, 可以走路, 走得了, 能着地, 行得, "can
  walk", "can bear weight") is not either;
- "玩水上電單車撞親隻眼": 电单车 (a motorbike) inside 水上电单车 (a jet ski) was a motorbike crash. A
  jet ski (水上电单车, 水上摩托(车), 水上机车) is a word of its own now; the blow to the eye goes to
  its desk (the desks teachers');
- "我爸五十岁就心梗放了两个支架 … 像我这种有家族史的该查点啥": a father's heart attack told as the
  family history of a visitor asking for checks; fixed by the relatives' context step (a
  relative's clause with no now, in a complaint that asks about a family's history, is told as
  background: test_routing_relatives.py), not here.
"""

import pytest

from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("one_hundred_sixth_to_ninth")


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a toxic alcohol drunk: methanol, fake liquor, screenwash, antifreeze": [
        ("我舅舅喝了半瓶玻璃水，以为是酒",),
        ("he drank some screenwash from the garage",),
        ("my uncle drank antifreeze mixed with his beer",),
        ("老公喝了假酒，现在看东西模糊",),
        ("飲咗啲防凍液，而家好唔舒服",),
        ("my brother drink the blue fluid for the windscreen wipers by mistake",),
    ],
    "sight like snow after alcohol": [
        ("昨晚喝了自酿的白酒，今天看东西像下雪一样",),
        ("drank homemade liquor at a party, now his vision looks like snow",),
        ("喝完酒以後眼前白茫茫一片，呼吸很快",),
    ],
    "a relative's pressure, and two numbers said 'on'": [
        ("my mother pressure is 210 on 120 and she has a headache",),
        ("his BP 200 on 115 at the clinic machine",),
        ("my father pressure reading 230 and he is vomiting",),
    ],
    "a blood pressure read under 90 with a cold sweat or faintness": [
        ("血压只量到70/40，冒冷汗",),
        ("the BP machine says 78 over 45 and she is clammy and dizzy",),
        ("量血压八十五，五十，人发虚出虚汗",),
        ("血壓計顯示72 38，臉色蒼白",),
        ("grandad's blood pressure is 80/50 and he looks pale and faint",),
    ],
    "confusion said as answers that are not right": [
        ("fever 39.8 and she is not answering questions properly",),
        ("发高烧，问他话答不对",),
        ("發燒到40度，回答問題怪怪的",),
        ("my diabetic dad is not answering me properly",),
    ],
    "a glucose meter that shows LO or HI, in plain or broken words": [
        ("the glucose meter show LO and she is shaking",),
        ("sugar machine say HI, he is very drowsy",),
        ("血糖仪只显示LO，出冷汗",),
        ("血糖機上面寫的LO，人迷迷糊糊",),
    ],
    "a hand caught in a machine, a finger nearly off": [
        ("工厂里手被压力机压了，骨头都露出来",),
        ("his hand got crushed in a punch press at work",),
        ("切菜的时候手指差点切断，血流个不停",),
        ("the tip of my finger is hanging off after the mandoline, bleeding a lot",),
        ("锯木头锯到手指，只连着一点皮",),
        ("阿爸隻手指俾機器夾到，就快甩，流好多血",),
    ],
    "bleeding that seeps through a towel or a bandage": [
        ("伤口用纱布包着，血还是一直往外渗",),
        ("cut my leg, blood is seeping through the towel i pressed on it",),
        ("手割破了，用毛巾按住还是一直渗",),
    ],
    "one arm, hand or leg weak with a headache or vomiting, in English": [
        ("his head very pain, he vomit and his left hand feel weak",),
        ("my wife has bad headache and vomiting, her right arm is weak",),
        ("mum suddenly dizzy and her left leg has no power",),
    ],
}
# Look-alikes: the same words as a habit, a question, mild, past, or without the sign: no emergency.
NOT_EMERGENCIES = {
    "screenwash, antifreeze or methanol named, nothing drunk": [
        ("玻璃水溅到手上了，有点痒",),
        ("is it dangerous if a dog licks antifreeze?",),
        ("我在汽修厂上班，经常闻到防冻液的味道，想做个体检",),
        ("what happens if someone drinks methanol?",),
        ("I work with antifreeze all day, can I drink beer after my shift?",),
        ("drank moonshine at a wedding last night, bad hangover today",),
    ],
    "snow or a white haze without alcohol, or dandruff": [
        ("头皮屑多得像下雪一样",),
        ("my TV screen looks like snow",),
        ("went skiing, had a beer, now my eyes hurt from the glare",),
    ],
    "a pressure that is fine, tyres, or work": [
        ("my husband pressure is 130 on 85, is that ok",),
        ("my tyre pressure was 220 on the gauge",),
        ("my work pressure is huge, 200 emails a day",),
    ],
    "a low pressure that is always low, or with nothing wrong": [
        ("我平时血压就低，90/60左右，想问问要不要紧",),
        ("my blood pressure is usually 85/55, I feel fine",),
        ("血压85/55，没什么不舒服，来复查",),
        # A heart rate on the pressure's monitor, an age, a lower number: no low pressure.
        ("血压计上显示心率75，有点头晕",),
        ("血压高，今年75了，头晕",),
        ("血压，低压75，头有点晕",),
        ("blood pressure machine says pulse 72, a bit dizzy",),
    ],
    "LO in another sense": [
        ("my son has type 1 diabetes, we want to learn to read the meter",),
        ("the sugar machine is broken, where can I buy a new one",),
    ],
    "a limb about to break from tiredness or cold": [
        ("走了一天路，腿都快断了",),
        ("冷得手指头都快掉了",),
        ("抱了一天孩子，胳膊快断了，很酸",),
        ("my arms are nearly falling off after the gym, so tired",),
    ],
    "a small wound that oozes a little, no pressing": [
        ("湿疹抓破了，有点渗液",),
        ("纹身的地方有点渗出来",),
    ],
    "a bladder that feels full, no breath": [
        ("夜里起来好几次，小肚子憋得慌",),
        ("老是想尿，膀胱憋得慌",),
    ],
    "a fall off an e-bike or a scooter, a knee swollen but walking": [
        ("昨天骑电动车摔了，脚踝肿了，能走",),
        ("fell off my scooter, knee is swollen but I can walk",),
        ("騎機車跌倒，膝蓋腫，還能走路",),
    ],
    "a jet ski, a bump and nothing more": [
        ("玩水上摩托撞到手臂，有点淤青",),
        ("坐水上電單車撞親膝頭，有啲瘀",),
    ],
    "one hand weak from the wrist, an old stroke, the gym": [
        ("my right hand feels weak for months, carpal tunnel maybe, some headache from work",),
        ("left arm weak since my stroke two years ago, want physio",),
        ("right leg feels heavy after leg day at the gym, bit dizzy",),
        ("left hand weak after I sprained my wrist, no headache",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("小肚子憋得慌，喘不上气",),
    ("骑电动车摔了，腿动不了",),
    ("fell off my motorbike and cant move my leg",),
    ("血压220/130，头痛",),
    ("喝了农药",),
    ("drank bleach",),
    ("血糖2.1，出冷汗",),
    ("手被机器卷进去了",),
    ("手指切断了",),
    ("血压低，发烧，人迷糊",),
    ("高烧40度，叫不醒",),
    ("撞到眼睛，看不见了",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
