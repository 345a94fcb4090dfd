"""Two look-alike sweeps taught: the chest, the breath and the head in adults of working age; the
belly, bleeding, poisons, medicines and the mind. Each is 60 complaints written blind (27
Simplified, 18 Traditional, 15 English), 10 of them emergencies, scored on `ec03c65` before
anything was read:

- routing-chest-breath-and-head-look-alike-sweep.jsonl: top-1 51, 10 of 10 emergencies, 3 false
  alarms; now 60, 10, none.
- routing-belly-poisons-and-mind-look-alike-sweep.jsonl: top-1 47, 10 of 10, 4 false alarms; now
  58, 10, 1.

Mechanisms: a look that showed what it was ("以为咳血了，后来一看是牙龈在出血") turns a belief;
a child's day as usual since ("吃饭玩耍都正常") settles a swallow of an earlier day; applying for a
scheme ("慢特病怎么申请") and blood taken lying down are services asked. False alarms mended:
dizziness on standing in pregnancy that passes on sitting; a chest sore to press after the bench
press (with no sweat, breathlessness or faintness); bleeding from piles in pregnancy; gums that
leave "血水" on brushing; a coin swallowed two days ago by a child who eats and plays. Desks: a red
patch on the white of the eye, panic attacks, "植物神经紊乱", cardiac rehabilitation, a receipt
reissued, liver figures raised, one's own tablet taken twice, a pet and a vet, mouth sores, occult
blood in the stool, come to be admitted, fainting at blood tests.

Left: "天天嘴上挂着'不想活了'，其实就是累" stays an emergency (a wish to die said is not read
away as a figure of speech); a red mouthful told before the belief ("吐出来是红的，以为吐血了")
stays one too.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-chest-breath-and-head-look-alike-sweep.jsonl": (60, 10, 0),
    "routing-belly-poisons-and-mind-look-alike-sweep.jsonl": (58, 10, 1),
}

EMERGENCIES = [
    ("my son took two of my blood pressure tablets", 4),
    "I took 20 of my tablets",
    "怀孕八周，下面流了好多血，肚子也疼",
]
LOOK_ALIKES = [
    ("咳嗽太用力，眼白红了一块，不疼，看东西正常", ("OPH",)),
    ("我爸放了支架，想问慢特病怎么申请", ("INSUR",)),
    (
        "I had a panic attack at work yesterday, thought I was dying, I'm OK now but want to talk "
        "to someone",
        ("PSY",),
    ),
    ("我一抽血就晕，能不能躺着抽", ("LAB",)),
    ("刷完牙一口红，我以为咳血了，后来一看是牙龈出血", ("DENT",)),
    ("胸口总是闷，老想叹气，心脏查过没事，医生说是植物神经紊乱", ("PSY", "TCM")),
    ("怀孕八周，蹲久了站起来眼前一黑，坐下就好了", ("OB", "GP")),
    ("健身房练卧推后左胸一按就疼，两天了", ("GP", "ORTHO")),
    ("做完通波仔，医生叫我去做心脏康复", ("REHAB",)),
    ("想补一张上个月的收据，保险要用", ("BILL",)),
    ("I'm 30 weeks pregnant and my piles bled a little on the paper", ("OB", "GS")),
    (
        "I took my blood pressure tablet twice this morning by mistake, is that a problem?",
        ("GP", "PHARM"),
    ),
    ("my dog ate some chocolate, is there a vet near here?", ("CS",)),
    ("刷牙时牙龈出血，吐出来都是血水", ("DENT",)),
    ("嘴里破了两个口子，吃饭一碰就痛", ("DENT",)),
    ("体检说大便潜血阳性，挂哪个科", ("GI",)),
    ("我是来办住院的，医生说要切阑尾，现在不怎么疼了", ("ADMIT",)),
    ("孩子前天吞了个硬币，这两天吃饭玩耍都正常，要不要拍片", ("PED", "PEDSURG"), 5),
]

TestChestBellyAndMindTaught = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=10)
