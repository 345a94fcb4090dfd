"""Four days written blind and held out until the code of `1024d03` was measured on them (a
county hospital on the high plateau, a weekday beside office towers, a Wednesday of visitors
speaking for someone else, complaints typed in a hurry at a kiosk; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read: top-1 53, 53, 50 and 58 of
60 (214 of 240, 89.2 %), 76 of 80 emergencies (95.0 %), 6 false alarms of 160 (3.8 %). Read then:
228, 80 and 1 (the floors below).

Red flags: a yak's horn through the belly with the bowel showing; the worst headache said as a
hammer's blow ("像被人用铁锤打一样痛") or "这辈子没这么痛过"; a heart "好翳" with a cold sweat in
Cantonese; talking nonsense ("开始胡说八道") and not knowing family ("连我都认不出") at altitude.
False alarms: a crushed foot asked about for a work-injury certificate; a teenager "白天叫不起来"
(he will not get up); an autistic child who "barely speaks"; a faint yesterday "fine after"
eating; "3 yrs ago" typed short (the time words now read "yrs", "mths", "wks"). Desks: a parent
with dementia who sees children is no child; a slow stream and nights up to pass water; a daughter
who thinks herself too fat; a swallowing assessment after a stroke; a visa medical; a teenager's
gaming and school refusal.

Left: postnatal low mood with "活着没意思" stays an emergency (kept on the safe side, as before);
pain under the right ribs for years (chronic pain wins on "好几年"); a yak's tail bruise and which
injection; a past stroke's trekking review; a hypoglycaemic faint's follow-up (neurology on "晕
倒"); a colleague's talk of clots from sitting; a work check-up's report window; blood-pressure
pills and stroke asked in Cantonese; a mother's pills simplified; an autistic brother's head
banging (neurosurgery on "头去撞"); a childhood seizure and a driving licence (records).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "放羊的时候被公羊角顶破了肚子，肠子露出来了",
    "我老豆突然话心口好翳，成身冷汗",
    "到了拉萨第二天，我老公头疼得厉害，开始胡说八道，走路也不稳",
]
LOOK_ALIKES = [
    ("工地上砸伤了手指，已经缝好了，公司要开诊断证明办工伤", ("RECORDS", "CS")),
    ("女儿天天早上叫不起来，上学老迟到", ("PSY", "PED", "GP")),
    (
        "my son is autistic and barely speaks, he has had a runny nose for three days",
        ("PED", "ENT", "CHILD"),
    ),
    ("我爸有老年痴呆，总说看见小孩在屋里，晚上不睡", ("NEURO", "PSY", "GERI")),
    ("老公60了，小便越来越慢，晚上要起来好几次", ("URO",)),
    ("女儿总觉得自己太胖，一天只吃一顿", ("PSY",)),
    ("need a medical for my work visa, where do i book", ("PREV",)),
    ("dad had a stroke 2 yrs ago, fine now, needs his blood thinner refill", ("NEURO", "CARD")),
    ("he fainted at the gym yesterday but has been fine since", ("NEURO", "CARD", "GP")),
]

TestHeldOutPlateauOfficeOthersTyped = taught_theme_tests(
    {
        "routing-plateau-county-day-held-out-sweep.jsonl": (56, 20, 0),
        "routing-office-tower-weekday-held-out-sweep.jsonl": (56, 20, 0),
        "routing-speaking-for-others-wednesday-held-out-sweep.jsonl": (56, 20, 1),
        "routing-typed-in-a-hurry-friday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
