"""Four days written blind and held out until the code of `df8d8ce` was measured on them (a
Monday morning of the service counters, an evening in a factory dormitory town, parents and
children after school, elderly couples on a Tuesday; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read: top-1 54, 53, 49 and 57 of 60 (213 of 240,
88.8 %), 77 of 80 emergencies (96.3 %), 6 false alarms of 160 (3.8 %). Read then: 221, 80 and 2
(the floors below).

Red flags: a grandmother's pills eaten "当糖豆" (as sweets); dish water drunk by a toddler who
foams and vomits ("洗碗水" a poison as 洗洁精 is); metal flown into an eye after "without goggles
and" (a thing that happened ends a denied list, read in the words after the mention). False
alarms: a box short at the pharmacy ("少了一盒" is no excess); weakness still there after a stroke
of last year ("还是有点没劲", with its time before); how high a pressure makes one "容易中风"
(prone to, asked); a thinner splash shown to a doctor "看一眼" holds no eye. Desks: a wallet left
on a chair and whether anyone handed it in; a parent rushing to collect a child is no child; a
car park "开到几点".

Left: a villager brought in last night after drinking pesticide, visited on the ward (an emergency
still: "被送过来" reads as brought here now); "活着没意思" said with no plan (kept on the safe side);
sick-note stamps (records), a work-injury certificate (records), paying for tests ordered (imaging
on "拍片…在哪里"), a finger's dressing after surgery (general surgery), a cough worse lying down
in a boy of no stated age (respiratory), a stents' refill for a father (weak), a child's tummy
aches before school, a ball to the chest last week, an international card at the counter, a
tired mother's thyroid, refills of two medicines (cardiology), a child's tics.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "孙女把外婆的降糖药当糖果吃了几颗",
    "宝宝喝了几口洗洁精水，吐了好几次",
    "we were cutting tiles without goggles and a chip flew into my eye, now I can't see out of it",
    "我爸去年中风过，今天早上突然左手又没劲了",
]
LOOK_ALIKES = [
    ("取药的时候少给了一瓶，在哪儿补", ("PHARM",)),
    ("我爸去年中风，现在左手还是有点没劲，来开药", ("NEURO", "REHAB")),
    ("下午把雨伞落座位上了，有没有人交上来", ("CS",)),
    ("每天赶着接孩子放学，最近总是偏头痛", ("NEURO",)),
    ("停车场开到几点？我们看完病可能很晚", ("CS",)),
    ("工友上周从架子上摔下来住院了，我来看他，在几楼", ("CS", "ADMIT")),
]

TestHeldOutCountersFactorySchoolCouples = taught_theme_tests(
    {
        "routing-service-counters-monday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-factory-dormitory-town-held-out-sweep.jsonl": (54, 20, 1),
        "routing-after-school-evening-held-out-sweep.jsonl": (53, 20, 0),
        "routing-older-couples-tuesday-held-out-sweep.jsonl": (57, 20, 1),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
