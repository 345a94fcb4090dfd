"""Four general days written blind at the start of the session that began at `c6b71a7` and left
unread through two sessions (a Saturday in Macau and Zhuhai, autumn sowing in a farming village, a
week of an outbreak at a nearby care home, delivery riders on a rainy Monday; 60 complaints each,
27 Simplified, 18 Traditional, 15 English, 20 emergencies). Scored on `c6b71a7`: 209 of 240 at
top-1, 77 of 80 emergencies, 4 false alarms; first read on `bcb8f7b`: 212 (88.3 %), 77 (96.3 %),
3 of 160 (1.9 %). Read then: 225, 80 and one (the floors below).

Red flags: a field sprayed for a morning told by its time ("打了一晌药") with sweating, drooling
and muddled answers; a weedkiller splashed into the eyes (the pesticide is a chemical there too);
"叫极都唔应" (no answer however loudly called) and a sudden loss of speech in Cantonese
("突然唔识讲嘢", not a toddler's late talking).

False alarms: a check asked for whether one has it ("想查查有没有中毒", asked as "是不是…" is);
a toothache with a swollen face and painkillers that do not help (the tooth explains the swelling,
in English as in Chinese).

Desks: gambling (psychology; a casino as a workplace is not); a child's blackened tooth; a graze
that took the skin off and now oozes (surgery); a paraquat splash on the hands washed off with
soap (dermatology, not the swallowed-soap question); a stroke told "中过一回风"; a stomach's
stoma (surgery, not the kidney's 造瘘); a cleaner who works at a care home (not a resident);
a fall's balance checked (rehabilitation).

Left: X-ray and CT reports asked where to collect (the file's writers chose the service centre,
the shipped rules imaging); a burn's dressing (surgery's 换药 outweighs the burn); a seizure last
year with a check-up (health checks); a blood pressure of 132/82 with dizziness (cardiology); a
motorbike sideswipe with a knock to the head, no faint and no vomiting (major trauma, safe side);
a choke yesterday, a dementia's weight loss and a urine infection asked of confusion in very old
people (their organ's clinic, not geriatrics); a sick note stamped after orthopaedics; a chest
sore after lifting (orthopaedics, not the GP); a hypoglycaemia asked of a shaky morning.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "在玉米地里打了一上午药，回来浑身冒汗、口水直流，人有点迷糊",
    "weedkiller splashed into her eye while she was spraying, she can't open it and it's burning",
    "阿爷食饭食到一半突然唔识讲嘢，叫极都唔应",
]
LOOK_ALIKES = [
    ("上周喷了果园的药，现在好好的，就想验验血看看有没有中毒", ("GP", "LAB")),
    ("Bad toothache since Monday, my cheek is swollen, paracetamol isn't touching it", ("DENT",)),
    ("在敬老院上班的，这两天拉肚子，一天五六次", ("GI", "INFECT")),
    ("戒不掉赌，输了好多钱，整夜睡不着", ("PSY",)),
    (
        "bit of weedkiller got on my arm, washed it off with soap and water, just a bit red",
        ("DERM",),
    ),
    ("孙子有颗牙黑黑的，吃甜的就疼", ("DENT", "PED"), 6),
    ("小腿摔车蹭掉一块皮，这两天流黄水", ("GS",)),
    ("去年中过一回风，右腿还有点拖，来开药复查", ("NEURO", "REHAB"), 72),
    ("我爸胃造瘘的管子周围发红渗液", ("GS", "GI"), 80),
    ("Mum had a fall last month, x-ray was clear, we'd like her balance checked", ("REHAB",), 79),
]

TestHeldOutMacauSowingCareHomeRiders = taught_theme_tests(
    {
        "routing-macau-zhuhai-saturday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-autumn-sowing-village-held-out-sweep.jsonl": (57, 20, 0),
        "routing-care-home-outbreak-week-held-out-sweep.jsonl": (56, 20, 0),
        "routing-delivery-riders-monday-held-out-sweep.jsonl": (55, 20, 1),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
