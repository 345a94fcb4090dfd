"""Four hand-written files, the ninetieth to the ninety-third (60 complaints each, 20
emergencies), written blind: routing-ninetieth-handwritten.jsonl …
routing-ninety-third-handwritten.jsonl. This module holds their per-file gates, their emergencies
and their false alarms (the wrong desks are the desks teacher's, in
test_routing_ninetieth_to_ninety_third_desks.py).

First run, on commit efe1d43 (the round's start), ninetieth to ninety-third: top-1 52, 49, 53, 51
of 60 (205 of 240); 67 of 80 emergencies; 8 of 160 false alarms. On 09fda9f (after the
eighty-second to eighty-ninth were taught): 53, 50, 53, 52 (208 of 240); 68 of 80; 7 of 160.
After this module's change, with the desks teacher's: top-1 60, 60, 60, 60 (240 of 240);
emergencies 20, 20, 20, 20 (80 of 80); false alarms 0, 0, 0, 0. Every case file's top compared
with 5e340e9's engine: none worse, 55 better (the desks teacher's and the real-text teacher's
among them).
The three steps changed are tested in test_routing_steps.py and test_routing_context_present.py.

Why the twelve emergencies were missed, and what was taught (by family, never by sentence):
- "took like a whole bunch of her adderall plus some other pills, her heart is racing": "a whole
  bunch of" was no excess (only "a bunch of") and adderall no medicine. "a whole bunch of" joins
  @excess, and the prescribed stimulants (adderall, ritalin, vyvanse, concerta, 利他林, 专注达)
  @medicine, so the overdose rule reads them;
- "孩子才俩月，烧到39度，…这会儿倒不哭了，蔫蔫的奶也不吃": 才俩月 was no baby of weeks or months
  and 奶也不吃 no feed refused. The floppy-baby composition now reads a child's age said with 才,
  刚, 只有 (孩子才俩月, 宝宝才两个月, 孙女才一个多月; a `re:` phrase, never "吃了才一个月") and
  奶也不吃, 奶都不喝, 奶都唔食;
- "老爷子打麻将打着打着嘴就歪了，舌头发硬说话大舌头，右手牌都攥不住了": the stroke rule's
  exception 打麻 (打麻药, a dentist's numbing) took mahjong (打麻将). The exception is now 打麻 not
  followed by 将 or 雀; a hand that cannot grip told with its side (右手…攥不住, 左手…握不住) is a
  stroke sign (a fist that cannot close in stiff joints is none);
- "my friend cut hand in kitchen with big knife, very deep, blood not stopping, cloth full red":
  the bleeding rule knew "blood not stop" but not "blood not stopping", "bleeding no stop", nor a
  cloth or towel "full red" (learner's English); these are bleeding now, and "cut … very deep";
- "阿爺頭先喺廁所暈低，屙咗好多黑色嘅屎，佢長期食薄血藥同止痛藥": 长期 (long-term) made the whole
  complaint a long story, so the faint and the black stools were a habit. A medicine taken
  long-term (长期食薄血药, 长期吃阿司匹林) now holds its time as a condition's years do (a context
  step, context._CONDITION_FOR_YEARS): the other clauses are today's;
- "my son 2 year, i give 10 ml medicine but doctor say 1 ml, now very sleepy breathing slow": no
  rule knew a dose given wrongly. A new composition: a dose given ten times over or misread
  ("10 ml but the doctor said 1 ml", 看错剂量, 十倍的量, 毫升…看成) with very sleepy, breathing
  slowly, floppy or no response;
- "I have hepatitis B, today my eyes very yellow and my roommate say I am talking nonsense": the
  jaundice went to gastroenterology. A new concept, a liver disease (乙肝, 大三阳, 肝硬化, 肝癌,
  "hepatitis B", cirrhosis…), and a composition: a liver disease with confusion, talking nonsense
  or no response (hepatic encephalopathy); not "confused about which test";
- "劏魚嗰陣啲魚骨彈入眼，而家隻眼流緊血，睇唔到嘢": the eye-injury composition took a chip of metal
  only. A fish bone, a fish spine, glass, wood chips or fragments into the eye are there now, and
  睇唔到 / 看不到东西 (sight lost);
- "屋企火燭，阿媽索咗好多煙，咳出黑色嘅痰，把聲都沙埋": black sputum said in a clause of its own
  (咳出黑色嘅痰, 黑色的痰) and a voice gone hoarse said as 把声都沙, 沙埋, 声音都哑 are now signs of an
  airway burn beside smoke breathed in;
- "Inhaler isn't touching it. I can only get a couple of words out at a time.": "isnt touching
  it" was no reliever failing, and "a couple of words at a time" no broken sentences. Both are
  now (@no_effect, @broken_sentences), and an inhaler "isnt touching" it is an asthma attack;
- "my roommate not sleep four days, hear voices, today she stand on window of 9 floor": "hear
  voices" was no hallucination, and danger now was known only as a weapon. A new concept,
  standing at a window, a ledge or a roof edge high up (站在窗台, 天台边, "stand on window", "on the
  ledge"), and a composition: voices, feeling persecuted or days without sleep with it;
- "shovelling snow…, now there's pressure in his jaw and left arm, he's grey and clammy": the
  jaw-and-left-arm heart-attack composition took pain and ache, not pressure or tightness; it
  does now (pressure in the jaw, left arm pressure, 下巴发紧, 左臂压着).
False alarms:
- "My dad had a stroke years back, now he keeps forgetting things": "years back" was no past as
  "years ago" is; "weeks back", "months back", "years back" now are (not "years, back pain");
- "Can grief bring on a heart attack?", "can too much coffee give you a heart attack?", "is it
  heart attack or only stress??": a condition asked of in general. "can/does … give you" and
  "bring on" join "cause" and "lead to", and "is it X or only/just Y" is a question (context
  steps, context._HYPOTHETICAL_EN);
- "体检转氨酶120，吓得我差点晕过去": a fright said as nearly fainting (吓得…差点晕, 吓到…快晕) is
  no collapse (the unconscious rule's exceptions);
- "吃完蝦子全身癢癢的起疹子，呼吸都OK": fine said in English letters after the Chinese (呼吸都OK,
  还ok) is now fine as 呼吸都正常 is (context._FINE_AFTER), so the allergy's breathing is no
  trouble;
- "下午在彰化騎機車自摔，手腕腫起來，可以動但很痛": a swollen wrist, ankle or knee that still moves
  after a motorbike fall is no e-bike emergency (a `re:` exception), and 自摔, 摔车, 跌车 are falls
  for the orthopaedic composition (a fall, then a joint swollen); a limb that will not move or a
  head struck and vomiting stays one;
- found earlier: "昨晚喝醉了，今天头晕想吐" (a hangover): the alcohol rule read 晕 (dizzy) as
  drowsiness; it now requires drowsiness, confusion or no response by name. "一分钟跑了两百米，
  心跳好快": 两百 was read as a heart rate; 两百, 200, 一百八, 180 followed by a unit (米, 步, 块,
  公分, cm…) or after 身高 are none.
"""

import pytest

from tests.triage.routing_helpers import off_their_desk
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

# No false alarm is kept on purpose in these files.
KEPT_FALSE_ALARMS: dict[str, int] = {}

TestFiles = file_tests("ninetieth_to_ninety_third", KEPT_FALSE_ALARMS)


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a stimulant or many pills taken, with a racing heart or shaking": [
        ("my brother took a whole bunch of his ritalin, his heart is pounding",),
        ("她把一大把利他林都吃了，心跳得好快",),
        ("he swallowed a whole bunch of adderall and he's shaking",),
    ],
    "a baby of weeks or months with a fever, then quiet, floppy or not feeding": [
        ("宝宝才两个月，发烧了，现在蔫蔫的，奶也不吃",),
        ("我孙女才一个多月，烧起来了，软趴趴的不吃奶",),
    ],
    "stroke signs told by the mouth, the tongue or a hand, now": [
        ("阿爸食饭食到一半嘴歪咗，讲嘢大舌头",),
        ("奶奶打麻将的时候突然嘴歪了，说话含糊",),
        ("我爸刚才右手攥不住筷子，嘴也歪了",),
    ],
    "a deep cut bleeding that will not stop (learner's English)": [
        ("I cut my hand with a knife, blood not stopping",),
        ("my wife cut finger very deep, bleeding not stopping, towel full red",),
    ],
    "black stools and a faint on a blood thinner taken long-term": [
        ("佢長期食薄血藥，今日屙黑色嘅屎，頭先暈低咗",),
        ("我爸长期吃阿司匹林，今天拉黑便，站起来就晕",),
    ],
    "a dose given ten times over, then very sleepy or breathing slowly": [
        ("my son is 3, I gave him 10 ml but the doctor said 1 ml, now he is very sleepy",),
        ("我看错剂量，给宝宝喂了十倍的量，现在叫不醒",),
    ],
    "a liver disease with confusion or nonsense talk": [
        ("我爸肝硬化，今天眼睛很黄，说胡话",),
        ("my mum has hepatitis B and today she is confused and very yellow",),
    ],
    "a fish bone, a splinter or a chip in the eye, bleeding or sight lost": [
        ("做木工时木屑弹进眼睛，一直流血，看不到东西",),
        ("杀鱼的时候鱼刺扎到眼睛，流着血，看不清",),
    ],
    "smoke breathed in, with black sputum or a hoarse voice": [
        ("家里着火，我吸了很多烟，咳出黑色的痰，声音都哑了",),
        ("fire at home, my dad breathed in a lot of smoke, now coughing black phlegm and hoarse",),
    ],
    "asthma the inhaler does not touch, speaking in words": [
        ("my inhaler isnt touching it and I can only say two words at a time",),
        ("哮喘犯了，喷了药都没用，说两个字就喘",),
    ],
    "voices or days without sleep, and standing at a window or a ledge": [
        ("she hears voices and is standing on the window ledge",),
        ("他几天没睡，说听到有人叫他，现在站在窗台上",),
    ],
    "pressure in the jaw or the left arm with a sweat or a grey colour": [
        ("my dad has pressure in his jaw, he's sweaty and grey",),
        ("左臂压着难受，下巴发紧，一身冷汗",),
    ],
}
# Look-alikes: the same words prescribed, asked, past, well or someone's fright: no emergency.
NOT_EMERGENCIES = {
    "a stimulant taken as prescribed, or asked about": [
        ("I take adderall for my ADHD, can I drink coffee with it?",),
        ("my son takes ritalin, a whole bunch of side effects, can we switch?",),
    ],
    "a baby of weeks or months, well": [
        ("宝宝才两个月，要打什么疫苗",),
        ("孩子才两个月，奶量多少合适",),
    ],
    "mahjong, a dentist's numbing, stiff finger joints": [
        ("爷爷打麻将输了，气得睡不着",),
        ("打了麻药以后嘴有点歪，是正常的吗",),
        ("手指关节肿，早上拳头攥不住，活动一下就好",),
    ],
    "a small cut, stopped": [
        ("I cut my finger chopping onions, it stopped bleeding with a plaster",),
        ("a small cut on my hand, a bit of blood, do I need stitches?",),
    ],
    "a medicine taken long-term, nothing wrong now": [
        ("我爸长期吃阿司匹林，想问要不要查胃镜",),
        ("长期吃降压药，最近想换药",),
    ],
    "a dose as the doctor said": [
        ("my son took 5 ml of paracetamol like the doctor said, he has a fever still",),
        ("医生说吃5毫升，孩子现在退烧了睡得很好",),
    ],
    "a liver disease and a question": [
        ("我有乙肝，想复查一下肝功能",),
        ("I have hepatitis B, I'm confused about which tests I need",),
        ("肝硬化好几年了，来开药",),
    ],
    "a fish bone in the throat, sand in the eye": [
        ("吃鱼被鱼刺卡住了",),
        ("眼睛里进了沙子，揉了有点红",),
    ],
    "cooking fumes or tobacco and a hoarse voice": [
        ("厨房油烟大，咳嗽，嗓子有点哑",),
        ("I smoke a lot and my voice is hoarse",),
    ],
    "voices long past, a window cleaned": [
        ("我儿子以前有幻听，现在吃药控制得很好",),
        ("my daughter is cleaning the windows and hears the radio",),
    ],
    "a jaw that clicks, shoulders sore from snow": [
        ("shoveling snow made my shoulders sore",),
        ("jaw pain when chewing, clicking",),
    ],
    "a stroke or a heart attack years back": [
        ("My mum had a stroke years back, she's here for her check-up",),
        ("my grandpa had a heart attack a few years back, now he wants a flu jab",),
    ],
    "a heart attack asked of in general": [
        ("can stress give you a heart attack?",),
        ("does smoking cause a heart attack?",),
    ],
    "a fright told as nearly fainting": [
        ("体检报告出来吓得我差点晕过去，血脂有点高",),
        ("看到针头吓得快晕了",),
    ],
    "an allergy with breathing said OK": [("吃了虾起了几个疹子，呼吸都OK",)],
    "a motorbike fall with a swollen joint that moves": [("骑机车自摔，膝盖肿了，还能动",)],
    "a hangover": [("昨晚喝醉了，今天头痛想吐",), ("昨天喝多了，今天有点晕",)],
    "two hundred metres, a height of 180": [
        ("跑了两百米就喘，心跳快",),
        ("身高一百八，心跳有点快，想体检",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("他突然晕过去了，叫不醒",),
    ("他喝醉了，叫不醒",),
    ("喝醉了，昏昏沉沉的，吐了一地",),
    ("心跳两百，快晕了",),
    ("心跳一百八，快晕了",),
    ("my heart rate is 200 and I feel faint",),
    ("crushing chest pain and sweating, is it a heart attack or just stress?",),
    ("My dad had a stroke, now he cant move his arm",),
    ("吃了虾，全身起疹子，呼吸有点困难",),
    ("骑电动车摔了，手腕肿了，动不了",),
    ("骑摩托车摔了，头撞了一下，一直吐",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each false alarm's look-alike goes to (the first is enough).
LOOK_ALIKE_DESKS = [
    ("骑机车自摔，膝盖肿了，还能动", "ORTHO"),
    ("吃了虾起了几个疹子，呼吸都OK", ("DERM", "ALLERGY")),
    ("can stress give you a heart attack?", ("PSY", "CARD")),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses
