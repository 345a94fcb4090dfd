"""Four days written blind and held out until the code of `3cc81a9` was measured on them (a
Monday at the height of the flu season, a Saturday night near the bars, a Sunday at a women's and
children's hospital, a Thursday at a countryside township hospital; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read: top-1 55, 53, 54 and 56 of
60 (218 of 240, 90.8 %), 79 of 80 emergencies (98.8 %), 5 false alarms of 160 (3.1 %). Read
then: 228, 80 and none (the floors below).

Red flags: a toddler who pulled a cup of just-boiled tea over himself, blistering on the chest
(the hot liquid's English forms). False alarms: vomit told without blood ("吐的没有血": blood
denied at the end of a red flag's `*` phrase, as a pain or a swelling is); a fight only seen
("看到两伙人打架，地上好多血": a crowd seen is strangers too); lips swollen by a blow in a fight
(no allergy); a fall from a tree the day before by a child who runs and jumps today; "can mixing
alcohol with my antidepressants cause a stroke?" (a longer subject between "can" and "cause").
Desks: "想拿点止泻药" asks for the clinic's medicine, not the pharmacy's counter; emergency
contraception after a condom broke; an egg reserve or a fertility check; cracked nipples while
breastfeeding; "有人流了好多血" holds no 人流.

Left: a sick note stamped for a visit to the fever clinic (the fever rule wins on "发热门诊"; a
file of the project sends the same errand there); a daughter's three days of fever with a question
about pneumonia (fever clinic, not paediatrics, with no age); a sick note in English (records,
not the service centre); a flu headache (respiratory); a child's vaccine against a pneumonia going
round; a boyfriend asking for emergency contraception (the gynaecology rule is a woman's);
shaking after a fight seen (neurology, not psychology); an alcohol flush (skin); mastitis with a
low fever (the fever clinic); a coil at the check-up after the birth (obstetrics); pesticide on
washed hands; a Taiwan health card and how to pay (insurance).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "my little girl knocked a mug of tea off the table onto her chest, big blisters coming up",
    "吐了一晚上，吐出来都是血块",
]
LOOK_ALIKES = [
    ("胃不舒服吐了两回，吐出来冇血，就是反酸", ("GI",)),
    ("下班路上看见一群人打架，有人流了好多血，我吓得一直心慌", ("CARD", "PSY", "GP")),
    ("could drinking on sleeping pills cause a seizure? just asking, I'm fine", ("NEURO", "PSY")),
    ("小孩荡秋千摔下来，嘴唇被牙磕破了，肿起来了", ("DENT", "PEDSURG", "GS")),
    ("前天从梯子上掉下来，现在活蹦乱跳的，就是膝盖青了一块", ("ORTHO",)),
    ("拉肚子三天了，想拿些药", ("GI",)),
    ("喂奶的时候奶头裂了好几道口子，一喂就疼", ("OB",)),
    ("condom split last night, where can I get the morning after pill", ("GYN", "PHARM"), 25),
    ("we have been trying for two years, can I get a fertility check", ("REPRO",)),
]

TestHeldOutFluBarsMaternityTownship = taught_theme_tests(
    {
        "routing-flu-season-monday-held-out-sweep.jsonl": (55, 20, 0),
        "routing-saturday-night-bars-held-out-sweep.jsonl": (57, 20, 0),
        "routing-maternity-and-children-sunday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-countryside-township-thursday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
