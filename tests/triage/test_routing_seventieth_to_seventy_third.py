"""Four hand-written files, the seventieth to the seventy-third (60 complaints each, 27 Simplified,
18 Traditional, 15 English, 20 emergencies), written blind: routing-seventieth-handwritten.jsonl …
routing-seventy-third-handwritten.jsonl. This module holds their per-file gates, their emergencies
and their false alarms (the wrong desks are test_routing_seventieth_to_seventy_third_desks.py's).

First run, on commit da9b6b8 (migration 0061, the round's start), seventieth to seventy-third:
top-1 48, 50, 47, 49 of 60; emergencies 16, 15, 15, 18 of 20; false alarms 3, 3, 3, 2 of 40. On
dc957a7 (migration 0063, after this round's ten other files were taught, before any change for
these): top-1 50, 51, 48, 50; emergencies 17, 15, 15, 18; false alarms 2, 2, 2, 2. After this round
(together with the desks' teacher): top-1 60, 60, 60, 60 (240 of 240), 80 of 80 emergencies, no
false alarm; 8,496 case-file complaints compared with dc957a7, none worse.

Taught by family (the engine's context, the shipped rules and concepts), never by sentence.
Missed emergencies: pre-eclampsia with the pregnancy's term said in months (怀孕八个月了: a
pregnancy's term or a baby's age in months made every clause a "long story" and so a habit, which
held the pregnancy's danger composition back and left the swollen feet to nephrology) or in weeks
with 有 (老婆有三十二个礼拜), and flashes before the eyes (眼前…闪光); Taiwanese 袂 read as 不 (讲袂
清楚, 举袂起来); a baby of days (才十一天) or of months named as a child (孩子四个月, 女儿三个月) who is
floppy or not feeding; a nappy not wet (尿布半天都没湿) with vomiting or diarrhoea; a wound pumping
or spurting (pumping through the towel, 标到成地) and "cannot make it stop"; a child slipped under
in the bath; a venomous fish's or a jellyfish's sting (石头鱼, stingray, lionfish) with a whole-body
reaction; a blow to the chest, then breathlessness (砸胸口…气越来越短); a heart attack told without
the chest (the jaw, the top of the back or the left arm, with a cold sweat, clamminess or a grey
colour); sickle cell disease in a crisis (pain everywhere, chest pain, breathing hard, fever);
urine the colour of cola, soy sauce or strong tea after a race, a workout or a crush
(rhabdomyolysis); a sugar reading said as BGL, BSL, BG or CBG (below 3 with symptoms, the existing
reading rule). False alarms: a word said fine with the copula (呼吸是正常的); a pain denied inside a
red flag's `*` phrase (胸口不疼: a red flag keeps its `*` phrases whatever their gap says, "叫他没
反应", but a pain denied is no pain); a heart rate read while exercising with nothing unwell said,
or reached once (心率到过182); another's warning of what the visitor will get (同事话我…会中风);
"not here for the emergency department" (不是来看急诊的); an earlier pregnancy ("last pregnancy",
上一胎); medicine taken every day (每天吃十几片药: a routine, not an overdose); what a relative had
at an age ("had a heart attack at 60"). And, for two desks the desks' teacher left to the engine:
what the visitor wants seen this time (这次是要看膝盖, after a story of the past) and a department
named only in a screen's general claim (看电视说胸口疼可能是心梗) yields to the one named now.

Label kept: f73-009 (aspirin, black stools for days, "人没劲") is labelled GI, no emergency; the
earlier files' black stools are emergencies with a faint or dizziness, which it does not tell.
"""

import pytest

from tests.triage.routing_helpers import (
    off_their_desk,
)
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("seventieth_to_seventy_third")


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "pre-eclampsia, the term said in months (no long story) or in weeks with 有": [
        ("老婆怀孕七个月了，头痛得厉害，看东西模糊",),
        ("我太太有三十四个礼拜，头好痛，眼前闪光",),
        ("媳妇怀孕九个月了，头疼得要炸，眼前冒金星",),
    ],
    "Taiwanese 袂 for 不 (讲袂清楚, 举袂起来)": [
        ("阮阿嬤今仔日講話講袂清楚，左手舉袂起來",),
        ("我爸突然讲袂出话，半边手脚举袂起来",),
    ],
    "a baby of days, or of months named as a child, floppy or not feeding": [
        ("孩子才八天，今天不吃奶，软软的", 0),
        ("女儿三个月了，整天不喝奶，身子软塌塌的", 0),
        ("孙子刚满二十天，一直睡，叫不醒", 0),
    ],
    "a nappy not wet, with vomiting or diarrhoea": [
        ("宝宝上吐下泻，尿布一上午都没湿", 1),
        ("個仔屙咗成日，尿片半日都冇濕過", 1),
        ("She's been vomiting all day and her nappy has not been wet since this morning", 1),
    ],
    "a wound pumping or spurting (标到成地)": [
        ("Sliced my wrist on a broken window, it's pumping through the bandage",),
        ("剪刀插到大髀，血标到成地",),
        ("He cut his arm on the grinder and it keeps spurting, we cannot make it stop",),
    ],
    "a child slipped under in the bath": [
        ("My daughter slid under the water in the bath, I pulled her out and she's drowsy", 2),
        ("孩子在浴缸里沉下去了，捞上来一直咳，现在没精神", 3),
    ],
    "a venomous fish's or a jellyfish's sting with a whole-body reaction": [
        ("Got stung by a lionfish while diving, my hand is swollen and I feel faint",),
        ("钓鱼被石头鱼刺了手，痛得直冒冷汗，头晕",),
        ("海边被水母蜇了，浑身起疹子，喘不上气",),
    ],
    "a blow to the chest, then breathlessness": [
        ("骑电动车摔了，胸口撞在路牙上，气越来越短",),
        ("Fell off the ladder onto my chest, now I'm more and more short of breath",),
        ("打架被人踢了胸口，现在呼吸困难",),
    ],
    "a heart attack told as the jaw, the upper back or the left arm, sweating or grey": [
        ("My dad's jaw is aching and he's gone grey and clammy",),
        ("阿妈下巴痛，出咗一身冷汗，面色灰白",),
        ("老公左胳膊疼得厉害，脸色苍白，一身冷汗",),
    ],
    "sickle cell disease in a crisis": [
        ("My son has sickle cell disease and he has a fever and chest pain",),
        ("我有镰状细胞贫血，现在全身痛得厉害，喘不上气",),
    ],
    "cola- or tea-coloured urine after a race, a workout or drill (rhabdomyolysis)": [
        ("Did a spin class yesterday, my thighs are killing me and my pee is cola coloured",),
        ("军训三天后，尿像浓茶一样，大腿疼",),
        ("马拉松跑完，尿是酱油色的，腿痛",),
    ],
    "a sugar reading said as BGL, BSL (below 3, with symptoms)": [
        ("BSL 1.8, she's sweating and confused",),
        ("his BGL is 2.3 and he's drowsy",),
    ],
}
# Look-alikes: the same words said fine, denied, of a workout, another's, earlier, a routine or of
# another sense: no emergency.
NOT_EMERGENCIES = {
    "a word said fine with the copula (呼吸是正常的)": [
        ("吃了芒果起疹子，呼吸是正常的",),
        ("食完虾身上痕，呼吸都系正常",),
    ],
    "a pain denied inside a red flag's phrase (胸口不疼)": [
        ("胸口不疼，就是最近老咳嗽",),
        ("心口冇痛，只系有啲咳",),
    ],
    "a heart rate read while exercising, or reached once": [
        ("打球的时候手环显示心率178，休息一下就降了",),
        ("My watch hit 181 during my run, came straight back down, I feel fine",),
        ("昨天心率到过150，现在正常了",),
    ],
    "another's warning of what the visitor will get (话我…会中风)": [
        ("老婆话我食咁咸会中风，想检查下血压",),
        ("我妈说我老熬夜会心梗，想查查心脏",),
    ],
    "not here for the emergency department (不是来看急诊的)": [
        ("我不是来看急诊的，想约个骨科复查",),
    ],
    "an earlier pregnancy (last pregnancy, 上一胎)": [
        ("I'm 16 weeks pregnant, I had bleeding in my last pregnancy, all fine now, routine scan",),
        ("怀孕二十周，上一胎的时候晕倒过，这次一直挺好",),
    ],
    "medicine taken every day (每天吃十几片药)": [
        ("我爸每天要吃十几片药，想问问能不能减一些",),
    ],
    "what a relative had at an age (had a stroke at 58)": [
        ("My father had a stroke at 58, I'd like a check-up",),
        ("Grandma had a heart attack at 70, I want my cholesterol checked",),
    ],
    "a screen's general claim beside today's complaint": [
        ("看电视说头痛可能是脑瘤，我就是牙痛",),
        ("手机上讲胸口痛可能是心梗，我其实只是咳嗽",),
    ],
    "the new families' words in a harmless sense": [
        ("尿黄得像浓茶，眼睛也发黄",),
        ("I carry the sickle cell trait, can my baby get it?",),
        ("卧推时杠铃砸了一下胸口，有点疼，呼吸正常",),
        ("Hit my chest on the steering wheel last week, still a bit sore",),
        ("下巴痛，张嘴咔咔响",),
        ("my jaw aches when I chew",),
        ("被水母蜇了一下，腿上红了一条，有点痒",),
        ("孩子洗澡时滑了一跤，膝盖磕破了",),
        ("宝宝尿布疹，屁股红红的",),
        ("my heart is pumping hard after the gym",),
        ("BGL 6.5 this morning, want to review my insulin",),
        ("孩子两天没精神，不想吃饭",),
        ("孩子咳嗽三个月了",),
        ("备孕两年了，一直没怀上",),
        ("孩子四个月了，想打疫苗",),
    ],
}
# Red flags that stay: told beside a workout, a denied pain, another's warning, an earlier
# pregnancy, a routine or a baby's age.
STILL_EMERGENCIES = [
    ("my watch says 175 while running and I feel faint",),
    ("跑步的时候心率180，胸口痛",),
    ("坐着看电视，手表显示心率150，心慌",),
    ("胸口不疼，但是喘不上气，嘴唇发紫",),
    ("孩子叫不醒",),
    ("I had a miscarriage last pregnancy and now I'm bleeding heavily at 10 weeks",),
    ("我每天吃好几片降压药，今天一下子吃了一整瓶",),
    ("老婆说我再喝酒会中风，现在我突然口角歪斜，说话不清",),
    ("他说他不想活了，要自杀",),
    ("我不是来看急诊的，但是胸口压着痛，出冷汗",),
    ("我每天吃着降压药血压还有200",),
    ("跟人说话我会突然说不清楚，半边手麻",),
    ("宝宝四个月了，今天叫不醒", 0),
    ("怀孕八个月了，今天下面出了好多血",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each look-alike goes to where this round taught it (the first is enough).
LOOK_ALIKE_DESKS = [
    ("吃了芒果起疹子，呼吸是正常的", "DERM"),
    ("胸口不疼，就是最近老咳嗽", "RESP"),
    ("我不是来看急诊的，想约个骨科复查", "ORTHO"),
    ("怀孕二十周，上一胎的时候晕倒过，这次一直挺好", "OB"),
    ("看电视说头痛可能是脑瘤，我就是牙痛", "DENT"),
    ("手机上讲胸口痛可能是心梗，我其实只是咳嗽", "RESP"),
    ("我妈五年前中风过，现在定期复诊，这次是要看眼睛", "OPH"),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses


def test_taiwanese_not_is_read_and_the_sleeve_stays() -> None:
    from triage.routing.text import normalise

    assert normalise("講袂清楚，舉袂起來") == "讲不清楚|举不起来"
    assert "联袂" in normalise("两人联袂演出")


def test_a_babys_age_or_a_pregnancys_term_is_no_long_story() -> None:
    from triage.routing.context import Story

    for text in ("孩子四个月了|今天软塌塌的", "媳妇怀孕八个月了|头疼得要裂开"):
        story = Story(text)
        start = text.index("|") + 1
        assert not story.mention(start, start + 2).not_now, text
    # A symptom's months, and trying for a baby, still are.
    story = Story("咳嗽三个月了|胸口痛")
    assert story.mention(7, 9).habit
    story = Story("备孕两年了|头痛得厉害")
    assert story.mention(6, 8).habit
