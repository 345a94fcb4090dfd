"""Four general days written blind in the session that began at `7054da1`, the fifth round (a
Wednesday in Zhenjiang by the vinegar brewery and the ferry, a Thursday in Huwei among peanut and
garlic farms, a race-night Wednesday in Happy Valley, a Monday in Nanyang's herb and jade
markets; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `163d168`: top-1 56, 55, 57 and 50 of 60 (218 of 240, 90.8 %), 79 of 80 emergencies
(98.8 %), 7 false alarms of 160 (4.4 %). Read then: 58, 58, 59 and 57 (232), 80 and none (the
floors below).

Red flags: chopsticks falling from a father's hand and "talking like he's drunk" (he doesn't
drink; the rule's "drunk" no longer cancels a likeness).

False alarms: a wife who "说我中风了，其实就是…" a stiff neck (what someone says, then what it
was, with or without "一直"); hands "火烧一样" after peeling garlic; a baby's shots (vaccines); a
nosebleed, "blood everywhere … but it was just a nosebleed"; a headache "爆炸咁" the visitor
always has (成日都系咁); hands trembling from a fright; a bottle of pills from the pharmacy, its
dosing asked.

Desks: out-of-town insurance registered (异地备案); a toddler with few words and a development
check; an itemised bill asked (打个明细); a finger burnt by incense (烧亲; the burn's blister is
no skin disease); a nosebleed in dry air (the nose, not chapped skin); injections for back pain;
a thin stream (尿尿很细); pain high on the right after greasy food (胆里有石头).

Left: a father's heart attack and a heart check (preventive care ties cardiology); a stiff neck
with meningitis in the news (orthopaedics; labelled paediatrics); a rural insurance claim after
discharge (admissions ties insurance); a CT room asked, "do I pay first" (billing; labelled
imaging); "my heart is about to give out" at a bill, a joke (cardiology; labelled billing); an
enzyme blood test after pesticide poisoning (the laboratory, weak in a clinical story).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "Mum's spoon just slipped out of her hand at breakfast and now she's talking like she's drunk, she never drinks",
        70,
    ),
]
LOOK_ALIKES = [
    ("我老婆说我中风了，其实就是落枕，脖子扭不动，手脚都好好的", ("ORTHO", "TCM"), 50),
    ("摘了一下午辣椒，两只手火烧一样，皮有点红", ("DERM", "GP"), 45),
    ("When can my son come in for his shots and a growth check?", ("CHILD", "PREV", "PED"), 1),
    (
        "Blood everywhere on my shirt, but it was only a nosebleed, stopped after five minutes",
        ("ENT",),
        30,
    ),
    ("我头痛到爆炸咁，不过唔使惊，我成日都系咁，瞓唔够就痛", ("NEURO",), 40),
    (
        "The pharmacy gave me a bottle of pills, how many times a day do I take them?",
        ("PHARM",),
        55,
    ),
    ("我是镇江隔壁扬州的医保，异地备案在哪块办？刚才收费窗口说刷不了", ("INSUR",), 60),
    ("我个仔两岁仲净系识讲几个字，想做发展评估", ("CHILD",), 2),
    ("这几项自费的太贵了，能不能给我打个明细？", ("BILL",), 45),
    ("拜神时俾香烧亲手指，起咗粒细水泡", ("BURN", "GP"), 66),
    ("It's the dry air, I had a nosebleed and my nose feels cracked inside", ("ENT",), 30),
    ("腰疼十几年，贴膏药不管事，听说这儿能打针止疼", ("PAIN",), 58),
    ("阿伯尿尿很细，要等好久才出来", ("URO",), 70),
    ("吃了带油的东西右上边肚子就疼，疼到后背", ("GS",), 50),
    ("看到有人晕倒，吓到我手都在抖，心跳好快，现在好多了", ("CARD", "GP", "PSY", "NEURO"), 50),
]

TestHeldOutZhenjiangHuweiHappyValleyNanyang = taught_theme_tests(
    {
        "routing-zhenjiang-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-huwei-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-happy-valley-wednesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-nanyang-monday-held-out-sweep.jsonl": (57, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_what_someone_says_then_what_it_just_was_is_not_told() -> None:
    assert mention("我老伴吓得要死，说我中风了，其实就是脖子扭不动", "中风").condition
    assert not mention("我老伴说我中风了，赶紧送来", "中风").condition
