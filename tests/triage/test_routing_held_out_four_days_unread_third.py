"""Four general days written blind in the fifth round of the session that began at `1ae213e` and
never read (an ordinary Wednesday, a suburban Sunday evening, a Friday in a Cantonese-speaking
city, a Monday at a hilly county's hospital; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). Scored on `1ae213e` (the session's start), `d351171`, `b1eac7a`,
`fbd637f` and `b10015d` (its end, after seven rounds were taught) alike: nothing the session taught
moved them.

- routing-ordinary-wednesday-held-out-sweep.jsonl: top-1 56, 20 of 20, 1 false alarm.
- routing-suburban-sunday-evening-held-out-sweep.jsonl: 55, 19, 1.
- routing-cantonese-city-friday-held-out-sweep.jsonl: 56, 20, 1.
- routing-hill-county-monday-held-out-sweep.jsonl: 54, 20, 2.

Together 221 of 240 at top-1 (92.1 %), 79 of 80 emergencies (98.8 %), 5 false alarms of 160
(3.1 %): issue 11's bars for unseen hand-written text (97 %, every emergency, 2 %) are not met.
Their misses are read by nobody until the next session has measured its own start; the floors
below are their figures.
"""

from tests.triage.taught_batches import theme_sweep_tests

TestHeldOutFourDaysUnreadThird = theme_sweep_tests(
    {
        "routing-ordinary-wednesday-held-out-sweep.jsonl": (56, 20, 1),
        "routing-suburban-sunday-evening-held-out-sweep.jsonl": (55, 19, 1),
        "routing-cantonese-city-friday-held-out-sweep.jsonl": (56, 20, 1),
        "routing-hill-county-monday-held-out-sweep.jsonl": (54, 20, 2),
    },
    emergencies=20,
)
