"""Four hand-written files, the eighty-sixth to the eighty-ninth (60 complaints each, 20
emergencies), written blind: routing-eighty-sixth-handwritten.jsonl …
routing-eighty-ninth-handwritten.jsonl. This module holds their per-file gates, their emergencies
and their false alarms (the wrong desks are the desks teacher's, in
test_routing_eighty_sixth_to_ninth_desks.py).

First run, on commit efe1d43 (migration 0066, the round's start), eighty-sixth to eighty-ninth:
top-1 55, 57, 53, 58 of 60 (223 of 240); emergencies 19, 19, 15, 19 of 20 (72 of 80); false
alarms 1, 0, 1, 0 of 40 (2 of 160). On 39a57c5 (after the eighty-second to eighty-fifth were
taught): 55, 57, 54, 58 (224 of 240); 72 of 80; 1 of 160. After this module's change, with the
desks teacher's: top-1 60, 60, 60, 60 (240 of 240); emergencies 20, 20, 20, 20 (80 of 80); false
alarms 0, 0, 0, 0. Every case file's top compared with 39a57c5's engine (the 82nd-85th taught):
none worse, 19 better (the desks teacher's among them; this module's are the batch's nine and,
beside it, the forty-eighth's "shaking with chills, kind of confused, BP 80 over 50", now a sepsis
by the low pressure's number, never taught from it).
The two steps changed are tested in test_routing_steps.py and
test_routing_context_present.py. The eighty-sixth shares one sentence, written blind, with the
fourth, thirty-sixth and seventy-fourth ("喉嚨痛咗三日，吞口水都痛，冇發燒"), now listed in
test_routing_new_files.SHARED_BETWEEN_FILES.

Why the eight emergencies were missed, and what was taught (by family, never by sentence):
- a urinary infection left for days, then 打摆子 (rigors), cold hands and feet, a pressure of
  85/50 and slow to answer ("喊她半天才答应") went to the fever clinic: 打摆子 was no chill for
  the three sepsis rules, a low pressure said by its number was none, and being slow to answer
  no confusion. Now 打摆子 is a chill in each sepsis rule; a systolic pressure said under 90 (血压
  85/50, "BP 80 over 50", 血压八十) is a low pressure beside an infection or a fever (the
  `re:` form in their requires: a number of two digits, never a part of 180 or 一百八十); and
  半天才答应, 好久才应, 叫好耐先应, "slow to answer" are confusion;
- "came down from tibet yesterday, my girlfriend is confused and stumbling like she's drunk":
  no rule knew altitude. A new concept, high altitude (高原, 高反, 西藏, 拉萨, 青海, 珠峰,
  Tibet, Everest, base camp…), and a new composition: altitude with confusion, no response,
  staggering (走路不稳, 东倒西歪, stumbling), breathlessness at rest or pink froth (altitude
  cerebral or pulmonary oedema); not a trip planned, asked about, or of last year;
- "数了下一分种一百八": a pulse counted per minute was read as 一分钟 only. 一分种 (its common
  typo) is read too, and a verb or a "just" between the minute and the number (一分钟跳了一百五,
  每分钟才三十几下), and "170 beats a minute" (a code step, redflags._SAID["heart_rate"]);
- "我妈心衰好几年了，这两宿躺不下，只能坐着喘，…嘴唇发紫": the years of her heart failure made
  the whole complaint a long story, so the breathlessness sitting up and the blue lips were read
  as a habit. A long illness named with its years and no 有 before it (心衰好几年了, 糖尿病十几年
  了, "has had heart failure for years") now holds its years as 有高血压好多年 did, so the other
  clauses are today's (a code step, context._CONDITION_FOR_YEARS); a symptom had for years
  (胸闷好几年了) is still a long story;
- "有粒鐵碎彈咗入眼，流緊血，睇嘢矇晒": 铁碎 was no metal and 流紧血, 蒙晒 no bleeding or sight
  lost. A new concept, a chip of metal (铁屑, 铁碎, 铁片, 钢屑, 金属碎片, "metal chip"…), in the
  eye-injury composition beside the eye, and there blood being shed (流紧血, 流着血) or sight
  blurred (@blurred, 蒙晒, 睇嘢蒙); not spectacles' metal frames;
- "my roommate drink too much vodka, now he dont wake up": "dont wake up" was no unresponsiveness
  in learner's English. "he dont wake", "she doesnt wake", "dont wake up when…" are now (said of
  someone, not "I don't wake up for work"), and 叫都叫不醒, 怎么摇都不醒;
- "来月经跟开了闸似的，一个钟头湿透俩夜用的，站起来就天旋地转": 开了闸 (only 开闸) and pads
  soaked within the hour were no heavy bleeding, and 天旋地转 or a faint on standing no
  faintness. The bleeding-with-faintness rule now takes 开了闸 / 开咗闸, pads soaked within an
  hour (钟头…湿透, 湿透…夜用, 湿晒…卫生巾, "soaking through", "pad every hour") and requires
  also 天旋地转 or a faint on standing (@faint_standing); a heavy period every month stays
  gynaecology's;
- "吃了山上捡的见手青…看见墙上有小人在跳，一直讲胡话": 见手青 was no mushroom. The wild-plant
  rule now names the wild mushrooms eaten in Yunnan (见手青, 牛肝菌, 鸡枞, 干巴菌, 青头菌) and the
  poisonous ones (毒蘑菇, 鹅膏, 白毒伞, 红伞伞), and hallucinations (@hallucination, little men
  seen, 小人…跳) and jaundice are among its signs; not a mushroom bought or asked about.
False alarms:
- "cat scratched me yesterday kinda red around it do i need shots": "shot" of major trauma took
  the vaccinations; "need a shot", "need any shot", "get a shot", "had my shot" are now the
  trauma rule's exceptions (its plural read by the phrase's ending; a gunshot still fires). Beside
  it, "shoots" (as "it shoots down my leg") is an everyday word the speller never corrects into
  "shots" (common_english.txt: "shots" became a rule word this round);
- "外婆八十七了，高血压、冠心病、糖尿病都有，药一大把，想一起看看" (found by the last desks
  teacher): a handful of daily medicines (药一大把, 药一把一把) said with no word of swallowing
  in the whole complaint is no overdose for the two overdose rules (a `re:` exception); "把药一
  大把吞了", "吃了一大把药", "药一大把，刚才一口气全吃了" stay overdoses;
- "电动车翻了，膝盖擦破了，没别的事" (found by the last teachers): a vehicle overturned with a
  graze and "nothing else" (没别的事, 其他都没事, 别的都还好, "nothing else", "otherwise fine") is
  no major trauma for the trauma and the e-bike rules (a `re:` exception: the graze and the
  "nothing else" in its clause or the next); a crash with a leg that will not move or a head
  struck and vomiting stays one.
"""

import pytest

from tests.triage.routing_helpers import off_their_desk
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# No false alarm is kept on purpose in these files.
KEPT_FALSE_ALARMS: dict[str, int] = {}

TestFiles = file_tests("eighty_sixth_to_ninth", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "an infection with rigors (打摆子), cold limbs, a low pressure by its number or slow answers": [
        ("我爸肺炎好几天了，今天打摆子，手脚冰凉",),
        ("阿媽膀胱炎幾日，今日血壓得80/50，叫佢好耐先應",),
        ("my dad has a urine infection, BP 85 over 50 and he's slow to answer",),
    ],
    "at or just down from altitude, confused, staggering, breathless at rest or pink froth": [
        ("刚从拉萨回来，我老公说话颠三倒四，走路东倒西歪",),
        ("在青海旅遊，朋友咳粉紅色泡沫痰，躺著也喘",),
        ("we're at everest base camp and my friend is stumbling and confused",),
    ],
    "a pulse counted per minute, 130 or more or 40 or less, with faintness or a sweat": [
        ("摸了下脉搏，一分钟跳了一百五，头晕冒冷汗",),
        ("數咗下，每分鐘才三十幾下，人好暈",),
        ("my heart is doing 170 beats a minute and I feel faint",),
    ],
    "heart failure for years, now breathless sitting up or with blue lips": [
        ("我爸心衰七八年了，这几天晚上只能坐着喘，嘴唇发紫",),
        ("阿爺心臟衰竭好多年，呢兩晚瞓唔平，坐住喘，嘴唇發紫",),
        (
            "my mum has had heart failure for years, tonight she can only breathe sitting up and "
            "her lips are blue",
        ),
    ],
    "a chip of metal in the eye with bleeding or sight blurred": [
        ("打磨的时候铁屑崩进眼睛里，一直流血",),
        ("切割時金屬碎片飛入眼，睇嘢好朦",),
        ("a metal chip flew into my eye while grinding, now it's blurry",),
    ],
    "someone who will not wake after drinking": [
        ("he drank too much beer at the party and now he dont wake up",),
        ("喝多了酒，叫都叫不醒，吐了一身",),
        ("飲大咗，叫極都唔醒",),
    ],
    "a period soaking pads within the hour, with faintness or a faint on standing": [
        ("月经量特别大，一个小时就湿透一片卫生巾，一站起来就晕",),
        ("月經好似開咗閘，一個鐘濕晒兩塊夜用，企起身就黑",),
        ("my period is so heavy, I soak through a pad every hour and I am dizzy and lightheaded",),
    ],
    "a wild mushroom eaten, then hallucinations, vomiting or confusion": [
        ("吃了自己采的见手青，现在吐得厉害，看东西都花",),
        ("屋企人食咗山上執嘅野生菌，依家見到啲小人喺度跳",),
        ("ate wild mushrooms we picked on the hike, now he's seeing things and vomiting",),
    ],
}
# Look-alikes: the same words in a harmless sense, planned, past, well, or a vaccination: no
# emergency.
NOT_EMERGENCIES = {
    "rigors from the cold, a low pressure usual and well": [
        ("冬天在外面冻得打摆子，进屋暖和了就好了",),
        ("血压一直85/50，平时就偏低，没有不舒服",),
    ],
    "altitude planned, or long past and well": [
        ("下个月要去西藏，怎么预防高原反应",),
        ("去年去西藏高反头痛了几天，现在想体检",),
        ("Planning a trip to Tibet, do I need altitude pills?",),
    ],
    "a fast count while running and well, or counted in the past": [
        ("跑步的时候一分钟一百八，停下来就好了，没有不舒服",),
        ("以前心跳一分钟一百八，做了消融，现在来复查",),
    ],
    "heart failure for years, well or here for its care": [
        ("我妈心衰好几年了，最近还好，来开药",),
        ("心衰十几年了，腿有点肿，来复查",),
    ],
    "metal spectacles, a chip taken out long ago": [
        ("金属框眼镜压得眼睛疼，看东西有点模糊",),
        ("以前眼睛进过铁屑，取出来了，现在复查",),
    ],
    "drinking and oversleeping": [
        ("I drink too much and sometimes I dont wake up for work on time",),
    ],
    "a heavy period without faintness, or every month": [
        ("月经量多，一个小时换一片，不头晕",),
        ("每个月月经都多，夜用的都湿透，想调理一下",),
    ],
    "a wild mushroom asked about or bought, nothing wrong": [
        ("见手青怎么做才安全？想买点回去炒",),
        ("超市买的牛肝菌，吃了没事，想问能不能给孩子吃",),
    ],
    "shots as vaccinations": [
        ("dog licked my hand where I had a scratch, do I need any shots?",),
        ("stepped on a rusty nail, do I need a tetanus shot",),
        ("Back pain since lifting boxes, it shoots down my leg",),
    ],
    "a handful of daily medicines, nothing swallowed at once": [
        ("我爸一身病，每天药一大把，想找医生调一调",),
        ("奶奶药一大把一大把地吃，想少吃几种",),
    ],
    "a vehicle overturned with only a graze and nothing else": [
        ("摩托车翻了，手肘擦伤，其他都没事",),
        ("三轮车翻了，腿上蹭破点皮，别的都没事",),
        ("my moped tipped over, just grazed my knee, nothing else",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("My son was shot in the leg",),
    ("He got shot, bleeding a lot",),
    ("她把药一大把吞了",),
    ("吃了一大把药",),
    ("我妈药一大把，刚才一口气全吃了",),
    ("电动车翻了，膝盖擦破了，腿动不了",),
    ("电动车翻了，膝盖擦破了，头撞了一下，一直吐",),
    ("我爸糖尿病十几年了，今天叫不醒",),
    ("心衰好多年了，今天突然喘不上气，嘴唇发紫",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each false alarm's look-alike goes to (the first is enough).
LOOK_ALIKE_DESKS = [
    ("dog licked my hand where I had a scratch, do I need any shots?", "PREV"),
    ("我爸一身病，每天药一大把，想找医生调一调", ("GERI", "GP")),
    ("摩托车翻了，手肘擦伤，其他都没事", ("GS", "ORTHO")),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses
