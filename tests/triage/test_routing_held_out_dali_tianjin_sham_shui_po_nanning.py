"""Four general days written blind in the fifth round of the session that began at `bcb8f7b` (a
Saturday in Dali's old town, a Sunday evening by Tianjin's port, a cold Tuesday in Sham Shui Po,
a hot Thursday in Nanning's border trade; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `eb200a5`: top-1 57, 57, 58 and 58 of 60 (230 of 240,
95.8 %), 79 of 80 emergencies (98.8 %), 3 false alarms of 160 (1.9 %). Read then: 238, 80 and
none (the floors below).

Red flags: a heart rate told "heart about 170" (the heart's own reading with "about", "at",
"over"), after pills from a stranger at a bar.

False alarms: "嗓子也不紧" after seafood (the throat's tightness required by the food allergy is
not one denied right after the throat); a facial palsy with the eye "闭不严", water leaking from
the mouth's corner, arms and legs "好使" and speech "利索" (the palsy's own desk); a knock to the
head a month ago, CT clear ("照过CT话冇事"), back for its follow-up (覆诊; with vomiting, sleepiness or
anything worse told, it stays one).

Desks: a childhood fit "抽过筋" with no other in years (neurology); a fish hook asking for a
tetanus jab (surgery's wound, not the vaccine clinic); altitude pills asked before Shangri-La
(高山症 and the Yunnan mountains as high altitude); heartburn "burning up into the throat"
(no fever).

Left: right lower belly pain at 38 °C (the hospital's fever rule); a normal blood pressure with a
health check asked (general practice; the writer chose the check or cardiology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "上礼拜撞到头，今日覆诊，但系今朝开始呕，好瞓",
    "took a pill someone handed him at a party, now he's sweating, confused and his heart's at 160",
]
LOOK_ALIKES = [
    ("吃完蛤蜊身上起了几个小红点，有点痒，嗓子不紧，喘气没事", ("ALLERGY", "DERM")),
    ("前天早上起来右眼闭不严，喝水从嘴角漏，手脚都好使，说话清楚", ("NEURO",), 45),
    ("早兩個禮拜撞親頭，照過CT話冇事，今日覆診", ("NSURG", "NEURO"), 66),
    ("heartburn after spicy food, burning up into my chest at night", ("GI",)),
    ("细个抽过筋，之后二十年都冇再发，而家想考车牌", ("NEURO",), 30),
    (
        "stepped on a fish hook at the pier, got it out myself, do I need a tetanus shot?",
        ("GS", "GP"),
    ),
    ("下個月要去香格里拉，想先開點高山症的藥", ("GP",)),
]

TestHeldOutDaliTianjinShamShuiPoNanning = taught_theme_tests(
    {
        "routing-dali-old-town-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-tianjin-port-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-sham-shui-po-tuesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-nanning-border-thursday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
