"""Four days written blind and held out until the code of `14cc99d` was measured on them (the
Qingming Festival, a week of stomach bugs and hand, foot and mouth disease at a school, a
night-market evening, a Monday rush by a metro interchange; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read: top-1 57, 49, 55 and 56 of 60 (217 of 240,
90.4 %), 76 of 80 emergencies (95.0 %), 4 false alarms of 160 (2.5 %). Read then: 238, 80 and none
(the floors below).

Red flags: a snake that "俾佢咬咗" (the snake and its bite apart in a clause); a sleeve caught by
the paper offerings' fire ("袖子着了"); a grandmother's pills taken for sweets ("阿嬤", "以为是
糖果"); a child after hand, foot and mouth disease with grey lips and fast breathing. False
alarms: "不會想傷害自己" (nor would); a wasp's sting with "breathing totally fine"; a poison
line's advice ("poison line" is no poisoning); sugars up and down over days ("一会儿3点多一会儿15")
in a man well now.

Desks: a fall of hot oil's blister (burns, not blisters' dermatology); a scald's old scar from
childhood (plastic surgery); a scar feared after a cleaning product (the 厕所 of "洗厕所" asks for
no toilet); shingles healed and still hurting (the pain clinic); an adult who caught hand, foot and
mouth disease (infectious diseases) and a vaccine asked for it (child health); a child's groin
bulge bigger when he cries (no crying child's paediatrics); no pregnancy after years; a lump at
the anus; panic that keeps a commuter off the metro; hunger's tremor (the sugar).

Left: a question whether stinky tofu causes stomach cancer (oncology, as a late-supper question
was left before); heart flutters under stress with a normal ECG (psychology wins over cardiology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "在田里被蛇一口咬在小腿上，现在腿肿得发亮，人有点晕",
    "点蚊香的时候裤腿烧着了，小腿一大块皮发白，疼得直跺脚",
    ("外婆的降压药撒了一地，孙女当成糖吃了三四粒，现在脸色煞白叫不太醒", 2),
    (
        "my daughter had hand foot and mouth, now her lips look grey and she is breathing really fast",
        2,
    ),
]
LOOK_ALIKES = [
    ("整天没精神，心情很差，不会想伤害自己，就是累", ("PSY",)),
    (
        "bee stung my finger this morning, a bit swollen, breathing totally fine",
        ("DERM", "ALLERGY", "GP"),
    ),
    (
        "my toddler tasted some dish soap, the poison control line said he'd be fine, he's playing normally",
        ("PED",),
        2,
    ),
    ("妈妈糖尿病打胰岛素，这礼拜血糖一会儿4点几一会儿18，人没什么不舒服，想调药", ("ENDO",), 70),
    ("小时候被开水烫过，手臂上的疤最近又痒又凸", ("PLAST", "DERM")),
    ("结婚两年了一直没有怀孕，想两个人一起查查", ("REPRO",)),
    ("屁股那里凸出来一个小肉球，大便时有点痛", ("GS",)),
    ("一坐地铁就心慌手抖，觉得要出事，现在都不敢坐地铁了", ("PSY",)),
    ("擦地时清洁剂溅到手上，现在结痂了，怕会不会留疤", ("PLAST", "DERM", "BURN")),
    ("炒菜被油溅到手背，起了个小水泡，想处理一下", ("BURN",)),
    ("带状疱疹好了三个月了，那块皮还是一碰就刺痛", ("PAIN",)),
    ("孩子得了手足口，我自己也传上了，手脚都是疹子", ("INFECT", "DERM")),
    ("小的两岁，想打手足口的EV71疫苗", ("CHILD", "PREV"), 2),
    ("grandma keeps forgetting if she already took her pills, she is 84", ("GERI", "NEURO"), 84),
    ("三岁儿子大腿根鼓个包，一哭闹就更大", ("PEDSURG",), 3),
]

TestHeldOutQingmingSchoolNightMarketMetro = taught_theme_tests(
    {
        "routing-qingming-festival-held-out-sweep.jsonl": (60, 20, 0),
        "routing-school-outbreak-week-held-out-sweep.jsonl": (59, 20, 0),
        "routing-night-market-evening-held-out-sweep.jsonl": (59, 20, 0),
        "routing-metro-interchange-monday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
