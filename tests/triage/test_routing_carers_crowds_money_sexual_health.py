"""Carers, crowds and events, money and work worries, sexual and reproductive health: four
general sweeps taught, and two held out.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `110b7dc` before anything was read from it:

- routing-carers-sweep.jsonl: 19 of 20 emergencies, 1 false alarm, top-1 46; now 20, 1, 47.
- routing-crowds-and-events-sweep.jsonl: 18 of 20, none, top-1 53; now 20, none, 55.
- routing-money-and-work-worries-sweep.jsonl: 19 of 20, none, top-1 56; unchanged.
- routing-sexual-and-reproductive-health-sweep.jsonl: 16 of 20, 2 false alarms, top-1 49; now
  20, none, 55.

Held out (a Tuesday night and a Saturday afternoon), their misses read only in the next session,
once both ends had been measured (`test_routing_eight_days_and_read_held_out.py`; the floors below
are today's):

- routing-tuesday-night-held-out-sweep.jsonl: 18 of 20, no false alarm, top-1 58.
- routing-saturday-afternoon-held-out-sweep.jsonl: 18 of 20, no false alarm, top-1 58.

Taught as red flags by composition: a brain shunt with a headache, vomiting or drowsiness; a
sudden stab in the chest with breathlessness; blood coughed up mouthful after mouthful; an
erection that will not go down for hours; fever or chills after an abortion; a known ovarian
cyst with a sudden pain or vomiting; a foreskin pulled back that will not go back, swollen or
purple; a collapse with CPR or an AED. False alarms: a worry that it happens again ("怕又宫外孕")
is hypothetical; spotting that has stopped in early pregnancy is no danger sign.

Left: a husband coughing up "almost a bowl" of blood, "他说是老毛病支气管扩张" (he says it is his
old bronchiectasis), is held back as a known illness's story (the red flag is named in the
reasons, not raised); a mother with dementia who "often does not recognise anyone" and hits out
is sent to the emergency department (the stroke rule reads "唔认得人"); carers' desk questions
(a benefits letter, a PEG instead of a nasal tube, a catheter changed, where the next chemo is
booked, an admission for Parkinson's) go to the desk of the illness named.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-carers-sweep.jsonl": (47, 20, 1),
    "routing-crowds-and-events-sweep.jsonl": (55, 20, 0),
    "routing-money-and-work-worries-sweep.jsonl": (56, 19, 0),
    "routing-sexual-and-reproductive-health-sweep.jsonl": (55, 20, 0),
}

EMERGENCIES = [
    "she has a VP shunt for hydrocephalus and has been vomiting all morning with a bad headache",
    "打篮球的时候胸口突然像被刺了一下，现在喘不上气",
    "我爸咯血，一口接一口，止不住",
    "took cialis last night and the erection still hasn't gone down after 5 hours, it's painful",
    "药流后第三天，发烧39度，打冷颤",
    "我有卵巢囊肿，刚才跳绳后突然剧痛，吐了两次",
    "卵巢囊肿一直在复查，今天突然剧痛，吐了",
    "my son has a shunt, he had his check up last month, today he's vomiting with a headache",
    "my little boy's foreskin is stuck pulled back and the end is swollen and purple",
    "he collapsed at the gym, they used the AED on him and he's breathing now",
]
LOOK_ALIKES = [
    ("担心再中风，想查查血管，现在没什么不舒服", ("NEURO", "CARD", "PREV")),
    ("怀孕7周，前两天有点见红，现在血止住了，医生让复查B超", ("OB", "IMG")),
    ("想报名学心肺复苏和AED，医院有没有急救培训", ("CS", "PREV", "GP")),
    ("卵巢囊肿三公分，想问要不要手术", ("GYN",)),
]

TestCarersCrowdsMoneySexualHealth = taught_theme_tests(
    SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20
)

TestHeldOutTuesdayNightAndSaturday = theme_sweep_tests(
    {
        "routing-tuesday-night-held-out-sweep.jsonl": (60, 20, 0),
        "routing-saturday-afternoon-held-out-sweep.jsonl": (59, 20, 0),
    },
    emergencies=20,
)
