"""Teenagers, people already inside the hospital, hobbies, the senses and the mouth: four
general sweeps taught, and two held out.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `addd0af` before anything was read from it:

- routing-teenagers-sweep.jsonl: 18 of 20 emergencies, no false alarm, top-1 51; now 19, none,
  55.
- routing-inside-the-hospital-sweep.jsonl: 20 of 20, 2 false alarms, top-1 53; now 20, 1, 54.
- routing-hobbies-sweep.jsonl: 20 of 20, none, top-1 53; now 20, none, 56.
- routing-senses-and-mouth-sweep.jsonl: 17 of 20, 2 false alarms, top-1 49; now 20, 1, 56.

Held out (a Thursday lunchtime at a county hospital and a public holiday's morning), their misses
read only in the next session, once both ends had been measured
(`test_routing_eight_days_and_read_held_out.py`; the floors below are today's):

- routing-thursday-lunchtime-held-out-sweep.jsonl: 20 of 20, 1 false alarm, top-1 57.
- routing-holiday-morning-held-out-sweep.jsonl: 18 of 20, 1 false alarm, top-1 53.

Taught: drooping lids or double vision with trouble swallowing, a nasal voice or a weak breath is
a red flag of its own, whatever the cause (home-canned food, a cosmetic shot, myasthenia); a chip
flown into an eye with blood or sight lost; a swelling hard under the chin with no swallowing
("swallow my spit"); sodium hydroxide is a chemical. Settled, no emergency: lips "a bit swollen"
after seafood with "breathing's fine too" (也/都 between the words); a sweet choked on and
"coughed straight out", talking fine. Desks: dark velvety skin at the back of the neck
(endocrinology), counting calories (the mental-health clinic), a rose thorn gone red and hot
(general surgery), a sense of smell lost and positional vertigo (ENT), a receipt lost (cashier),
what student insurance pays, a croaky voice, distance vision blurring over years, an allergy
test asked after a sting, a scratchy throat.

Left: a testicle very painful after basketball with one vomit goes to urology (the red flag asks
for a sudden or severe word it does not meet in "疼得厉害"); an old man who "keeps saying life
is pointless" is sent to the emergency department (a death wish is never played down); gums
that bleed on brushing with "red foam" read as frothy blood (an exception for brushing cancelled
warfarin and dengue bleeds, so it was not kept); tinnitus a month after a head injury goes to
neurosurgery.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-teenagers-sweep.jsonl": (55, 19, 0),
    "routing-inside-the-hospital-sweep.jsonl": (54, 20, 1),
    "routing-hobbies-sweep.jsonl": (56, 20, 0),
    "routing-senses-and-mouth-sweep.jsonl": (56, 20, 1),
}

EMERGENCIES = [
    "吃了自己做的腊肠罐头，两天后看东西重影，喝水也呛",
    "my mum has myasthenia, today her eyelids are drooping and she's struggling to swallow",
    "切割钢板的时候有铁屑崩进眼睛，流血了，看不清东西",
    "wisdom tooth infection, now it's swollen under my chin and I can't swallow my spit",
    "splashed sodium hydroxide into her eye at work",
]
LOOK_ALIKES = [
    ("吃完虾嘴唇有点肿，呼吸都没问题", ("ALLERGY", "DERM", "DENT")),
    (
        "my son choked on a grape but coughed it right out and he's playing again",
        ("PED", "ENT", "GP"),
        4,
    ),
    ("a bit of dust flew into my eye on the bike, it's watering but I can see fine", ("OPH",)),
    ("脖子后面一圈皮肤黑黑的，怎么洗都洗不掉", ("ENDO", "DERM")),
    ("每天晚上一翻身就天旋地转几秒钟", ("ENT", "NEURO")),
    ("收据丢了，能不能补打一张", ("BILL", "CS")),
]

TestTeensInsideHobbiesSenses = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)

TestHeldOutThursdayAndHoliday = theme_sweep_tests(
    {
        "routing-thursday-lunchtime-held-out-sweep.jsonl": (58, 20, 0),
        "routing-holiday-morning-held-out-sweep.jsonl": (57, 20, 0),
    },
    emergencies=20,
)
