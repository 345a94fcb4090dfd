"""Eight general sweeps held out while the look-alikes of the chest, the belly and the mind
taught. Each is 60 complaints written blind (27 Simplified, 18 Traditional, 15 English; 20
emergencies), scored on `ec03c65` before any change and on `df3edd4`, the end of that round; not
one figure moved. Their misses were read by nobody:

- routing-rainy-rush-hour-held-out-sweep.jsonl: top-1 58, 20 of 20, no false alarm.
- routing-mountain-town-weekend-held-out-sweep.jsonl: 56, 20, none.
- routing-womens-wednesday-held-out-sweep.jsonl: 53, 19, 2.
- routing-late-friday-evening-held-out-sweep.jsonl: 54, 20, 2.
- routing-saturday-district-morning-held-out-sweep.jsonl: 57, 20, 1.
- routing-port-city-tuesday-held-out-sweep.jsonl: 55, 20, 1.
- routing-new-suburb-thursday-held-out-sweep.jsonl: 55, 19, 1.
- routing-typhoon-night-held-out-sweep.jsonl: 56, 19, none.

Together 444 of 480 at top-1 (92.5 %), 157 of 160 emergencies (98.1 %), 7 false alarms of 320
(2.2 %): issue 11's bars for unseen hand-written text (97 %, every emergency, 2 %) are not met.

The first four were read the round after, once both ends were measured
(test_routing_held_out_four_days_read.py); the last four only once the session's last code had been
measured (test_routing_held_out_last_four_read.py). The floors below are their figures then.
"""

from tests.triage.taught_batches import theme_sweep_tests

TestHeldOutEightDaysUnread = theme_sweep_tests(
    {
        "routing-rainy-rush-hour-held-out-sweep.jsonl": (59, 20, 0),
        "routing-mountain-town-weekend-held-out-sweep.jsonl": (60, 20, 0),
        "routing-womens-wednesday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-late-friday-evening-held-out-sweep.jsonl": (59, 20, 0),
        "routing-saturday-district-morning-held-out-sweep.jsonl": (60, 20, 0),
        "routing-port-city-tuesday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-new-suburb-thursday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-typhoon-night-held-out-sweep.jsonl": (60, 20, 0),
    },
    emergencies=20,
)
