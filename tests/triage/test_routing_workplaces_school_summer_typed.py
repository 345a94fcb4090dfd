"""Workplaces, school and campus, summer, typed in a hurry: four general sweeps taught.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `9d6be90` before anything was read from it:

- routing-workplaces-sweep.jsonl: 18 of 20 emergencies, no false alarm, top-1 56; now 20, 60.
- routing-school-and-campus-sweep.jsonl: 19 of 20, 3 false alarms, top-1 53; now 20, 1, 57.
- routing-summer-sweep.jsonl: 20 of 20, 3 false alarms, top-1 53; now 20, 1, 58.
- routing-typed-in-a-hurry-sweep.jsonl: 19 of 20, 2 false alarms, top-1 57; now 20, 0, 60.

Taught: a fever felt on the skin ("身上烫得吓人") with a muddle is the fever-and-confusion flag
(a heat stroke told without the heat); a jolt off a live panel or a breaker box is an electric
shock; a forklift on a foot, then the foot flattened in the next clause, a crush; belongings given
away with a rooftop named, or a means bought with "tonight", a suicide plan; a space between two
runs of Chinese ends a clause as a comma does; "hasn't thrown up" and "hasn't said anything about
hurting himself" deny; "不是突然炸开那种" denies its kind; an exception denied ("nothing
sudden") excepts nothing; "last Monday" is the past; a work-injury claim's papers go to the
insurance office; sneezing with itchy eyes to allergy.

Left: a facial palsy with the eye that will not close and the limbs and speech well (Bell's palsy,
most likely) stays a stroke until a doctor says otherwise; absence spells at school several times
a day, unresponsive for seconds, go to the emergency department; a swallowed chewing gum asked
about with an X-ray goes to imaging; a mother's nerves ("妈妈…很紧张") send a boy's chest-wall
pain to psychiatry.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-workplaces-sweep.jsonl": (60, 20, 0),
    "routing-school-and-campus-sweep.jsonl": (57, 20, 1),
    "routing-summer-sweep.jsonl": (58, 20, 1),
    "routing-typed-in-a-hurry-sweep.jsonl": (60, 20, 0),
}

EMERGENCIES = [
    "他在车间干了一整天，现在身上烫得吓人，说话颠三倒四的",
    "got a big jolt off the breaker box at work and my heart is racing",
    "铲车压到他的脚，脚背都扁掉了",
    "她把东西都送人了，还说今晚要去顶楼",
    "他说炭已经买好了，今晚就走",
    "我妈刚才说话含含糊糊 右边手脚一点力气都没有",
]
LOOK_ALIKES = [
    (
        "she bumped her head on the table yesterday, didn't pass out, hasn't thrown up",
        ("PED", "PEDSURG", "NSURG"),
        6,
    ),
    ("我爸前年中风过 现在讲话清楚 今天来做康复训练", ("REHAB", "NEURO")),
    ("头痛三四天了，不是突然炸开那种，就是胀胀的", ("NEURO", "GP")),
    (
        "my son hasn't said anything about hurting himself, but he has been feeling down",
        ("PSY",),
        16,
    ),
    (
        "last Monday I fainted in church, fine since, my daughter wants my heart checked",
        ("CARD", "NEURO", "GP"),
        70,
    ),
    ("厂里让我来开工伤认定要盖章的材料，去哪个窗口", ("INSUR", "CS")),
    ("在花房里一待就打喷嚏，眼睛也痒", ("ALLERGY", "ENT")),
    ("买了炭准备今晚烧烤，手被炭火烫了个泡", ("BURN", "DERM")),
]

TestWorkplacesSchoolSummerTyped = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
