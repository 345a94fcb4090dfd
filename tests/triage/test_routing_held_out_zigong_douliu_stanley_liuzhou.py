"""Four general days written blind in the session that began at `53e9857`, the second round (a
lantern-festival Thursday in Zigong, a chilly Monday in Douliu, a Saturday around Stanley and
Repulse Bay, a rainy Wednesday in Liuzhou; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `68bdb87`: top-1 50, 56, 53 and 57 of 60 (216 of 240,
90.0 %), 76 of 80 emergencies (95.0 %), 4 false alarms of 160 (2.5 %). Read then: 58, 57, 58
and 60 (233), 80 and none (the floors below).

Red flags: a diabetic mother after her insulin and no meal, in a cold sweat, "唔系好识应" (barely
answering, Cantonese); a worker pitched off a lantern frame (栽下来) onto his back, "两只脚杆一
点感觉都莫得" (Sichuan: no feeling in his legs); a roommate's goodbye message and the hotel
rooftop; a grandson (孙崽) who ate his grandmother's blood pressure pills, seven or eight short.

False alarms: "Not the worst headache or anything" (a denial with "the"); "辣到我想死" (spicy
enough to die: hyperbole); crowds that nearly made her faint, "哈哈"; a stranger who fainted on
the bus, "唔关我事".

Desks: "不是我发烧" (not the visitor's fever) and a grandchild's fever of last month, records
asked (a mention denied is not told now, so the fever's words are all the past's); last week's
fever of the spouse (屋头那个), long over, and a check-up booked; cholesterol with a general
check-up; a heart that "nearly stopped" at the bill; blisters in the mouth after chilli (泡泡 is
no foamy urine); 无精神 (no spirit) is no azoospermia, and a husband who sits and stares (发呆)
for a month; a child's cut by a shell and a tetanus shot (paediatric surgery); an X-ray's bill
not understood; a silica gel packet chewed; a three-year-old with few words who does not look at
you (child development).

Left: a tension headache worse with stress (mental health, as the rules read stress said as
one's own); certificates and sick notes for an employer (records, labelled the service
counter); a father's heart medicines collected with a refill slip (cardiology); a CT on a disc
(imaging); a residence permit's blood test (the check-up); whether a painkiller clashes with
blood pressure pills (cardiology).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("我阿爸有糖尿，打完针冇食饭，而家出冷汗，叫佢唔系好识应", 70),
    ("工友从脚手架上栽下来，背着地，两只脚一点感觉都莫得", 40),
    (
        "my sister texted everyone a goodbye message and I found her standing on the roof of our building",
        25,
    ),
    ("外孙趁我睡觉把我的降压药吃了，少了六七粒，现在蔫蔫的", 4),
]
LOOK_ALIKES = [
    (
        "Dull band round my head most afternoons, worse when I'm stressed, not the worst headache ever",
        ("NEURO", "PSY"),
        35,
    ),
    ("今天火锅辣到我想死，肚子有点痛，拉了两次", ("GI",), 28),
    ("排队挤得我快晕倒了，哈哈，现在没事，就是想量个血压", ("CARD", "GP"), 60),
    ("地铁上有个阿婆晕低咗，唔关我事，我系嚟覆诊血压", ("CARD",), 55),
    ("不是我发烧，是我儿子上个月发烧住院，现在要复印病历报保险", ("RECORDS",), 45),
    ("屋头那个上礼拜发烧，现在早好了，我想约个体检", ("PREV",), 50),
    (
        "My heart almost stopped when I saw the bill, haha, where do I get the insurance claim form?",
        ("INSUR",),
        40,
    ),
    ("吃了两天麻辣烫，嘴里起了好几个泡，吃饭都痛", ("DENT",), 30),
    ("My toddler bit into a silica gel packet from a shoebox, spat it out, he's fine", ("PED",), 2),
    ("我老公这一个月整天坐在门口发呆，晚上睡不着，什么都不想做", ("PSY",), 50),
    ("講話攏無精神，整日發呆，睡袂去", ("PSY",), 60),
    ("女儿在海边被贝壳割了个小口子，问要不要打破伤风", ("PEDSURG",), 7),
    ("呢張單我睇唔明，淨係照咗張X光，點解收咁多錢？", ("BILL",), 70),
    ("個女兩歲半，得幾個字識講，叫佢都唔望人", ("CHILD",), 2),
]

TestHeldOutZigongDouliuStanleyLiuzhou = taught_theme_tests(
    {
        "routing-zigong-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-douliu-monday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-stanley-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-liuzhou-wednesday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_the_worst_headache_denied_with_the() -> None:
    assert mention("just annoying, not the worst headache or anything", "worst headache").negated
    assert not mention("this is the worst headache of my life", "worst headache").negated


def test_not_the_visitors_own_fever() -> None:
    assert mention("不是我发烧，是我孙子", "发烧").negated
    assert not mention("是我发烧，不是我孙子", "发烧").negated
