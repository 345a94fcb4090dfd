"""Two look-alike sweeps taught and four general sweeps held out, written blind this round.

Each sweep is 60 complaints (27 Simplified, 18 Traditional, 15 English). The two look-alike
sweeps hold 10 emergencies among 50 complaints that name a stroke, a heart attack, a faint, a
bleed, a fever or a fall and are no emergency now; scored on `2c4ecfd` before anything was read:

- routing-the-old-and-their-carers-look-alike-sweep.jsonl: top-1 45, 9 of 10 emergencies, 6 false
  alarms; now 56, 10, none
  (57 once the held-out sweeps were read).
- routing-mothers-and-parents-look-alike-sweep.jsonl: top-1 47, 10 of 10, 6 false alarms; now 55,
  10, 1.

Held out, their misses read by nobody (20 emergencies each; first run on `2c4ecfd`, then now):

- routing-snowy-tuesday-morning-held-out-sweep.jsonl: 52, 20, 1 false alarm; now 53, 20, none.
- routing-university-town-sunday-evening-held-out-sweep.jsonl: 57, 20, 1; unchanged.
- routing-industrial-night-held-out-sweep.jsonl: 58, 20, 1; now 59.
- routing-railway-station-thursday-held-out-sweep.jsonl: 53, 18, none; unchanged.

Read the round after, once both ends were measured (test_routing_held_out_sweeps_read.py): the
floors below are their figures then.

Mechanisms: a visit to someone admitted is read from clothes brought, the ward's floor asked, a
move to a ward, a deposit, a stay for observation in the emergency department; 呢 of a state going
on ("留观呢") asks nothing; a belief named otherwise by a neighbour or a nurse ("以为是心脏病，
隔壁说是皮蛇") is the belief; "他之前…" and 之前 counted as an episode ("之前…昏过去一次") tell the past; "冇话过想死"
(never said) denies; the birth of the baby told as a time ("生bb嗰阵") is an earlier birth's; the
visiting hours asked are a service asked. Red flag: one side "不太听使唤" since last night.

Left: a teenager who fainted this morning and is fine now stays an emergency (a faint of today is
not read away); a fever of a month ago told on a follow-up of its febrile fit still sends to the
fever clinic; a mother's own fever read as her baby's.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-the-old-and-their-carers-look-alike-sweep.jsonl": (57, 10, 0),
    "routing-mothers-and-parents-look-alike-sweep.jsonl": (55, 10, 1),
}

EMERGENCIES = [
    "我妈从昨晚开始右边手脚就不大听使唤，早上筷子都拿不稳",
    "左手左脚突然不听使唤",
]
LOOK_ALIKES = [
    ("我是陪护的，阿姨前天晕倒送进来的，现在转到普通病房了，住院部几楼", ("CS",)),
    ("我爸心梗在急诊留观呢，医生说要收住院，押金去哪交", ("ADMIT", "BILL")),
    ("背上起了一串水泡，疼得我以为是心脏病，邻居说是缠腰龙", ("DERM", "PAIN")),
    ("他在透析，之前透到一半血压低昏过去一次，想把时间改到上午", ("NEPH", "CARD")),
    (
        "my uncle was treated in your emergency department yesterday and the bill came twice",
        ("BILL",),
    ),
    ("探视时间几点到几点？我外公做了心脏手术住在ICU", ("CS",)),
    ("我阿妈成日食完饭心口痛，仲反酸", ("GI",)),
    ("今朝开始眼前好似有乌蝇咁飞", ("OPH",)),
    ("医生开了心脏彩超的单子，在哪做", ("IMG",)),
    (
        "my mum's had every heart test and they're clear, but she lies awake worrying about her heart",
        ("PSY",),
    ),
    ("女儿被球砸到眼睛，眼白有块红，不疼，看东西也正常", ("OPH",), 9),
    ("我老婆坐月子，喂奶时乳头裂了流点血，疼得直哭", ("OB", "GS", "GYN")),
    ("老婆生完BB之后唔想见个BB，喊到停唔到，冇讲过想死", ("PSY",)),
    ("孩子上周发烧现在好了，来做入学体检", ("CHILD", "PREV"), 6),
    ("I'm 10 weeks and had a little pink spotting once yesterday, no cramps since", ("OB",)),
    ("生完孩子以后一咳嗽就漏尿", ("GYN", "URO")),
    ("生仔嗰阵出血多咗啲，医生叫我六个礼拜后返嚟检查，喺边度登记", ("OB", "GYN")),
]

TestLookAlikesTaught = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=10)

TestHeldOutSnowRailwayCampusNightShift = theme_sweep_tests(
    {
        "routing-snowy-tuesday-morning-held-out-sweep.jsonl": (58, 20, 0),
        "routing-university-town-sunday-evening-held-out-sweep.jsonl": (59, 20, 1),
        "routing-industrial-night-held-out-sweep.jsonl": (60, 20, 0),
        "routing-railway-station-thursday-held-out-sweep.jsonl": (58, 20, 0),
    },
    emergencies=20,
)
