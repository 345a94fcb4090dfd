"""Four general days written blind and held out through two rounds, never read until the code of
`1ae213e` had been measured on them (New Year's Day, a mountain township that sends on its worst
cases, a weekday by a big airport, a weekend of Hong Kong and Macau visitors; 60 complaints each,
20 emergencies). On `df8d8ce`, `eff3271` and `1ae213e` alike: top-1 54, 56, 51 and 58 of 60 (219 of
240, 91.3 %), 78 of 80 emergencies (97.5 %), 3 false alarms of 160 (1.9 %). Read then: 234, 80 and
none (the floors below).

Red flags: a blow to the head with a bottle ("头上挨了一酒瓶"), then vomiting and slow answers;
standing on a car park roof "thinking to jump". False alarms: a friend who went to sleep drunk
and "再也没醒来" (died: someone else's death, unless brought in so); a heart rate read off a blood
pressure ("心跳有点快…量血压135/85"); the emergency department named as last week's visit, the
visitor now asking for a refund.

Desks: an older woman slower, forgetful, off her food and thinner (geriatrics); a fall on the
bottom ("屁股墩"); a foot still numb ("脚还有点麻"); jet lag waking at three ("凌晨三点就醒");
diarrhoea told with its days between ("拉了两天肚子"); "体检查出血压" read as a blood pressure
found (not 出血, a bleed); whether it is a clot ("是不是血栓"); a child's air sickness to
paediatrics; money back for a double payment; an English invoice (no longer hidden by "要英文" as
a word of its own).

Left: a mother who died of a stroke, the visitor asking how to prevent one (a department rule
reads no context: neurology still wins); a dog's nip without a wound and a rabies shot
(preventive care is where the vaccine is given); a past clot and a flight (vascular surgery); a
carotid scan for a grandfather's follow-up (imaging); a sick note for a stomach bug (the GP).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "老公在酒吧跟人起冲突，头上挨了一板凳，到家吐了两次，叫他也不太理人",
    "she is up on the bridge railing, thinking of jumping, please come",
    "我表哥喝多了睡着就再也没醒来，刚抬过来你们这",
    "心跳得好快，手表显示心率150，血压量了是120/80",
]
LOOK_ALIKES = [
    ("心跳有点快，量了一下血压145/95，没有胸闷也不喘", ("CARD",)),
    ("同事前天晚上睡着以后再也没醒过来，吓死我了，我也有点心律不齐想查查", ("CARD",)),
    ("上个星期来挂过急诊，现在单位要诊断证明", ("RECORDS", "CS")),
    ("这两天脚有点麻，走路没事", ("NEURO",)),
    ("吃坏了东西拉了三天肚子，不发烧", ("GI",)),
    ("报销要英文发票，在哪开", ("BILL",)),
    ("单位体检查出血压偏高，要不要紧", ("CARD",)),
    ("冰上摔了个屁股墩，尾巴骨疼", ("ORTHO",)),
    ("I was charged two times for my blood test, how do I get my money back", ("BILL",)),
    ("my son is 7 and gets carsick every trip, any medicine?", ("PED",), 7),
]

TestHeldOutNewYearMountainAirportHongKong = taught_theme_tests(
    {
        "routing-new-year-day-held-out-sweep.jsonl": (59, 20, 0),
        "routing-mountain-township-transfers-held-out-sweep.jsonl": (58, 20, 0),
        "routing-airport-city-weekday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-hong-kong-visitors-weekend-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
