"""Four days written blind and held out until the code of `1ae213e` was measured on them (the
Dragon Boat Festival by a river, dawn at a fishing port, a tech park's overtime night, a cold-snap
Monday in the north; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20
emergencies). First read: top-1 58, 56, 59 and 57 of 60 (230 of 240, 95.8 %), 80 of 80
emergencies, 3 false alarms of 160 (1.9 %). Read then: 236, 80 and none (the floors below).

False alarms: "被电动车蹭了" read as an electric shock (a `*` phrase's first part, "被电", ends
where a word of another meaning begins: 电动车); a stroke patient's hand that shakes holding
chopsticks read as a seizure with "现在"; a grandson's febrile fit of last night ("琴晚"), over
since the ambulance came and back for paediatrics' follow-up ("已经冇事", "精神好返"). Found in
teaching them: yesterday's whole bottle of sleeping pills, "现在没事了", was held back as history
on `1ae213e`; a pack swallowed ("一整瓶", "成樽", "a whole box") now keeps its day as today, as
pills counted did.

Desks: a diabetic who stays in for the cold ("不出门活动", no withdrawal); an old woman on many
"meds" with small falls; pain that painkillers help less and less, a pain specialist asked for;
worms from raw fish; foamy urine with swollen ankles beside a high blood pressure (the kidneys); a
heart valve sent to the surgeons.

Left: a sick note to stamp (the service centre or records: the files disagree); an elbow grazed by
an e-bike, x-ray asked (general surgery for the graze).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "昨天把一整瓶安眠药都吃了，现在没事了，家里人非让来",
    "前天吞了一整盒扑热息痛，现在已经没事，朋友硬拉我来的",
    "I swallowed a whole bottle of tylenol yesterday, I feel okay today",
]
LOOK_ALIKES = [
    ("过马路被电动车刮了一下，小腿擦破点皮，走路没事", ("ORTHO", "GS")),
    ("儿子前天晚上发烧抽筋了一次，已经没事，医生让今天来儿科复查", ("PED",), 2),
    ("最近小便泡沫很多，早上起来眼皮肿", ("NEPH",)),
    ("心内科说我二尖瓣要换，让我来外科", ("CVS",)),
    ("grandad is 88, on lots of meds and has had a couple of falls since autumn", ("GERI",), 88),
    ("天冷了一直不出门活动，膝盖有点僵", ("ORTHO", "RHEUM")),
    ("腰椎间盘突出好多年，止痛药越来越不管用，想找疼痛科", ("PAIN",)),
    ("can you catch worms from undercooked pork?", ("INFECT", "GI")),
]

TestHeldOutDragonBoatPortTechColdSnap = taught_theme_tests(
    {
        "routing-dragon-boat-festival-held-out-sweep.jsonl": (59, 20, 0),
        "routing-fishing-port-dawn-held-out-sweep.jsonl": (59, 20, 0),
        "routing-tech-park-overtime-night-held-out-sweep.jsonl": (59, 20, 0),
        "routing-cold-snap-monday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
