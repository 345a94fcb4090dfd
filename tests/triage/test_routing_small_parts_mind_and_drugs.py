"""Emergencies hidden in "small" complaints (eyes, throat, jaw, skin, feet), and in the mind, drink,
drugs and old age (migration 0131).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0130, before anything was taught from them:

- routing-small-parts-sweep.jsonl: 16 of 30 emergencies, no false alarm, top-1 44; taught from:
  29 of 30, top-1 57.
- routing-mind-and-drugs-sweep.jsonl: 22 of 30, no false alarm, top-1 47; taught from: 30 of 30,
  top-1 56.

The quiet sweep held out since migration 0127 (test_routing_quiet_emergencies.py) went from 22 to
23 of 30 with this teaching.

Taught, by family, in our own wordings below (each a new composition unless said):
- a curtain across one eye's sight that leaves nothing seen; a curtain over part of the sight
  stays the eye clinic's urgent case, as the project's tables hold (the sweep's one miss, labelled
  ER by its writer: a curtain with a piece of the sight missing, flashes and floaters);
- blisters, skin peeling off, or a raw mouth or eyes after a new medicine (Stevens-Johnson); a
  sunburn's peeling, hand-foot-and-mouth or a scald is not;
- a toe or a wound gone black that smells, weeps or swells (gangrene); a toenail blackened by a
  knock, or a slight darkening round a slow wound, is not;
- a red, hot patch spreading day by day with a fever or shivers (the spreading-infection flag);
- a throat too sore to swallow the spit, drooling, a muffled voice (epiglottitis, an abscess);
- a hard swelling under the jaw that pushes the tongue up or stops the mouth opening; mumps is not;
- an eye swollen shut with a fever (orbital cellulitis); a mosquito bite is not;
- "I don't feel safe with myself", thoughts of jumping (the suicide flag);
- an old person found on the floor who cannot be got up (the long-lie flag);
- a drink from a stranger, then drowsy or not standing (spiked);
- lithium with vomiting, a tremor or an unsteady walk;
- a fit, shaking or seeing things after stopping drinking; wanting to stop is not;
- herbs, a home remedy or a medicinal wine, then vomiting, floppiness, a numb mouth;
- tablets counted roughly (三十来片) are a count: last night's overdose is no history (context);
- whether two medicines can be taken together is the pharmacy's question (new, department).
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-small-parts-sweep.jsonl": (57, 29, 0),
    "routing-mind-and-drugs-sweep.jsonl": (56, 30, 0),
}

EMERGENCIES = [
    "右眼前面像拉了个帘子，什么都看不见了",
    "a grey curtain came down over my left eye and now I can't see anything from it",
    "吃了新开的消炎药三天，身上起了好多水泡，嘴里都烂了",
    "started new tablets for gout, now my skin is peeling off in sheets",
    "我爸糖尿病，脚趾头发黑了，一股臭味",
    "my mum's toe has gone black and there's pus and a bad smell",
    "腿上一大片红肿，一天比一天大，还发烧打寒颤",
    "喉咙痛得口水都咽不下去，一直流口水",
    "sore throat so bad he's drooling and his voice sounds muffled",
    "拔牙后下巴底下肿得越来越硬，嘴都张不开",
    "孩子眼皮肿得睁不开，发烧39度",
    "I don't feel safe with myself tonight, I keep thinking about jumping",
    "奶奶被发现在地上，扶不起来",
    "在酒吧喝了陌生人给的酒，现在站都站不稳",
    "my mum takes lithium and she's been vomiting and shaky since yesterday",
    "他戒酒三天了，今天早上抽筋了一次",
    "喝了偏方泡的药酒，嘴麻，一直吐",
    "昨晚心情不好，吃了二十来片止痛药，现在没什么感觉",
]
LOOK_ALIKES = [
    ("眼前有黑点飘来飘去好几年了", ("OPH",)),
    ("右眼像有块帘子挡着，上面一半看不清", ("OPH",)),
    ("脚趾甲发黑，前几天踢到了", ("ORTHO", "DERM", "GS")),
    ("晒伤了，背上脱皮", ("DERM",)),
    ("孩子手上脚上起水泡，嘴里也有，幼儿园有手足口", ("PED",)),
    ("喉咙有点痛，能咽口水", ("ENT",)),
    ("小孩痄腮，下巴下面肿", ("PED",)),
    ("被蚊子叮了，眼皮肿了", ("DERM", "OPH")),
    ("我想戒酒，怎么戒", ("PSY",)),
    ("降压药跟钙片能一起吃吗", ("PHARM",)),
    ("my dad wants to cut down on drinking, where can he get help", ("PSY",)),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
