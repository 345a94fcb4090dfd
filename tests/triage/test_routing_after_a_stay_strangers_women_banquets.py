"""After a hospital stay, brought in by strangers, women across a life, banquets and drinking:
four general sweeps taught.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `4efb6db` before anything was read from it:

- routing-after-a-stay-sweep.jsonl: 17 of 20 emergencies, no false alarm, top-1 48; now 20, 51.
- routing-brought-by-strangers-sweep.jsonl: 19 of 20, 3 false alarms, top-1 52; now 20, 0, 56.
- routing-women-across-a-life-sweep.jsonl: 17 of 20, 2 false alarms, top-1 50; now 19, 0, 54.
- routing-banquets-and-drinking-sweep.jsonl: 18 of 20, 1 false alarm, top-1 54; now 20, 1, 56.

Taught: an eye red, painful or clouding days after a cataract operation (the operation told
days before is the flag's requirement, its signs of today the phrases); a surgical wound burst
open; a belly or chest pain going through to the back with vomiting or a cold sweat; a firework
in the eye with bleeding and no sight; "can barely wake her" is hard to wake; a jump from a
rooftop named and belongings given away in Cantonese ("分晒俾人"); waters gone at 32 weeks even
when the visitor asks whether it is only Braxton Hicks (that exception now holds only where no
waters are told); "didn't hurt herself" denies; an illness of one's mother's youth ("年轻时候") is
the past; "pads every hour on the worst days" is a habit; "朝早起身" is this morning; "瘫在床上"
(bedridden) is no collapse; someone the ambulance took away is not at the desk.

Left: a new mother who said that "if she weren't here the baby would be better" and keeps a bag
of sleeping pills is read as a psychiatric red flag held back (the "如果" makes the words a
hypothetical), urgency III at psychiatry; a drunk fall seen at the emergency department last
night, the medicine collected today, still goes to the emergency department; several service
questions told with a clinical story (a pathology report after a gallbladder operation, liver
tests after New Year, a bill charged twice for one CT) go to the clinical desk.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-after-a-stay-sweep.jsonl": (51, 20, 0),
    "routing-brought-by-strangers-sweep.jsonl": (56, 20, 0),
    "routing-women-across-a-life-sweep.jsonl": (54, 19, 0),
    "routing-banquets-and-drinking-sweep.jsonl": (56, 20, 1),
}

EMERGENCIES = [
    "上周做了白内障手术，今天眼睛又红又痛，看东西一片白雾",
    "had my cataract operation on Monday and now the eye is red and painful and I cant see",
    "阑尾手术出院五天，今天刀口裂开了，里面的东西往外鼓",
    "my c section wound has split open this morning",
    "吃完酒席肚子上面疼，一直往后背窜，吐了三回",
    "pain in my upper stomach going through to my back and I keep throwing up",
    "a firework hit him in the face, his eye is bleeding and he cant see out of it",
    "Dad took his pain pills twice this morning, we can barely wake him",
    "佢话今晚收工会上天台跳落去",
    # An operation of last year, a check booked, a pain of years: no exception of these flags.
    "去年做的疝气手术，今天刀口裂开了",
    "白内障手术三天了，今天眼睛又红又痛，看不清，下周才复查",
    "胃痛好几年了，今天疼得往后背窜，吐了三次",
    "I'm 35 weeks, my waters went an hour ago, is this just Braxton Hicks?",
]
LOOK_ALIKES = [
    ("I'm 30 weeks and keep getting Braxton Hicks tightenings, is it normal?", ("OB",)),
    ("做完白内障手术一个月了，想来复查一下视力", ("OPH",)),
    ("she had two little falls this month but didn't hurt herself", ("GERI", "ORTHO", "GP"), 84),
    ("我妈年轻时候宫外孕大出血，我现在想备孕，先查查", ("GYN", "REPRO", "PREV")),
    ("我奶奶瘫在床上好几年了，来帮她开药", ("GERI", "NEURO", "PHARM", "GP")),
]

TestAfterAStayStrangersWomenBanquets = taught_theme_tests(
    SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20
)
