"""Four general sweeps held out while the look-alikes of long illnesses and of accidents taught:
a harvest week at a county hospital, a Monday lunchtime by a business district, the eve of the
Spring Festival, a heatwave weekend by the sea. Each is 60 complaints written blind (27
Simplified, 18 Traditional, 15 English; 20 emergencies), scored on `fdf25e3` before any change
and on `1d3d411`, the end of that round, their misses read by nobody until then:

- routing-harvest-week-county-held-out-sweep.jsonl: top-1 56, 19 of 20, 2 false alarms; the same.
- routing-business-district-monday-held-out-sweep.jsonl: 53, 18, none; then 54.
- routing-spring-festival-eve-held-out-sweep.jsonl: 59, 20, none; the same.
- routing-heatwave-weekend-held-out-sweep.jsonl: 52, 19, 1; the same.

Read the round after, once both ends were measured
(test_routing_held_out_harvest_office_festival_heatwave_read.py): the floors below are their
figures then.
"""

from tests.triage.taught_batches import theme_sweep_tests

TestHeldOutHarvestOfficeFestivalHeatwave = theme_sweep_tests(
    {
        "routing-harvest-week-county-held-out-sweep.jsonl": (59, 20, 0),
        "routing-business-district-monday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-spring-festival-eve-held-out-sweep.jsonl": (60, 20, 0),
        "routing-heatwave-weekend-held-out-sweep.jsonl": (60, 20, 0),
    },
    emergencies=20,
)
