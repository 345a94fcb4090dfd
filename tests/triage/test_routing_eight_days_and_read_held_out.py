"""Eight general sweeps of ordinary days: four taught, four held out; and the eight sweeps held out
before them, read once their start and end had been measured.

Each new sweep was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional,
15 English), and scored on `8eba710` before anything was read from it:

- routing-elderly-wednesday-sweep.jsonl: 20 of 20 emergencies, 1 false alarm, top-1 58; now 20,
  none, 58.
- routing-calls-for-someone-else-sweep.jsonl: 20 of 20, none, top-1 59; now 59.
- routing-before-a-long-weekend-sweep.jsonl: 20 of 20, 1 false alarm, top-1 56; now 20, none, 59.
- routing-international-tuesday-sweep.jsonl: 20 of 20, none, top-1 59; unchanged.

Held out, their misses read by nobody (a Monday morning, a winter Thursday evening, a summer
Sunday by a beach and a highway, the small hours):

- routing-monday-morning-held-out-sweep.jsonl: 20 of 20, 1 false alarm, top-1 58.
- routing-winter-thursday-evening-held-out-sweep.jsonl: 20 of 20, 1 false alarm, top-1 58.
- routing-summer-sunday-midday-held-out-sweep.jsonl: 19 of 20, 1 false alarm, top-1 56.
- routing-small-hours-held-out-sweep.jsonl: 20 of 20, 4 false alarms, top-1 55.

The eight sweeps held out by the session before (a Tuesday afternoon … a Saturday afternoon) had
been scored on that session's start and end, and not one top suggestion had moved. Their misses
were read here and mended by mechanism: 151 of 160 emergencies and 2 false alarms became 160 and
none; top-1 456 of 480 became 469 (their floors are in the four modules of that session).

Mechanisms: someone else's sudden turn on an earlier day, told on a visit to them, is theirs; "都是
X走的" (what took a relative) is a family's history; "is X a side effect of" asks; "老毛病X" names
X as the known illness, so a massive bleed told today is no old story. Red flags: a collapse with
chest compressions or "没在呼吸"; a chest or back pain likened to tearing in its own clause; a
weight pressing, told in a clause after the chest's; dark lips with breathlessness; a long coach
or train ride before a swollen leg and breathlessness; a faint "晕了一下" with a belly pain and a
late period; a kick in the groin with vomiting; a flask knocked over ("碰倒") onto a child.

Left: a certificate that an old tuberculosis is not infectious (a care home asks) goes to
geriatrics; a husband's discharge papers copied for an insurer, with his heart attack named, go to
cardiology; a fit-to-fly letter after a mini stroke goes to the records office.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-elderly-wednesday-sweep.jsonl": (58, 20, 0),
    "routing-calls-for-someone-else-sweep.jsonl": (59, 20, 0),
    "routing-before-a-long-weekend-sweep.jsonl": (59, 20, 0),
    "routing-international-tuesday-sweep.jsonl": (59, 20, 0),
}

EMERGENCIES = [
    "球场上有个大叔突然倒下了，现在没在呼吸，有人在给他压胸",
    "他下午扛完水泥就说后背疼，好像被撕开一样，以前血压就高",
    "胸口不太舒服，好像有块大石头压着，快两个钟了，一身冷汗",
    "my dad is breathless and can't lie flat tonight, and his lips look dark",
    "坐了一夜的火车回来，今天小腿肿，走几步就喘不上气",
    "她刚才在厕所晕了一下，肚子疼，月经晚了快六周",
    "he got kneed in the groin at rugby, it's worse and he's been sick",
    "小孩把热水瓶碰倒了，胸口和肚子起了好大的泡",
]
LOOK_ALIKES = [
    ("a burning in my chest after heavy meals, worse lying down, antacids help", ("GI",)),
    ("我不是来看急诊的，前几天急诊缝过针，单位要诊断证明", ("RECORDS", "CS")),
    ("我现在挺好，就是我爷爷和我爸都是脑溢血走的，想查一查", ("NEURO", "PREV", "CARD", "GP")),
    ("我朋友昨天突然倒下了，送来你们这抢救，现在在几号床，想去看看", ("CS",)),
    (
        "Is dizziness a side effect of my new statin? I'm fine, just read the leaflet",
        ("CARD", "PHARM", "GP"),
    ),
]

TestEightDaysTaught = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)

TestHeldOutMondayWinterSummerSmallHours = theme_sweep_tests(
    {
        "routing-monday-morning-held-out-sweep.jsonl": (58, 20, 1),
        "routing-winter-thursday-evening-held-out-sweep.jsonl": (58, 20, 1),
        "routing-summer-sunday-midday-held-out-sweep.jsonl": (56, 19, 1),
        "routing-small-hours-held-out-sweep.jsonl": (55, 20, 4),
    },
    emergencies=20,
)
