"""60 hand-written complaints (20 Simplified, 20 Traditional in Taiwan's words, 20 English), 31 of
them emergencies told in words no rule names (a steel bar in the thigh, a hornet's stings with
collapse, a razor blade behind a locked door, a wrist bent sideways, a pulse counted at 140),
written and labelled before the engine read them: routing-second-handwritten.jsonl.

First run, before any change for them: top-1 75.0 % (45 of 60), top-3 81.7 %, 23 of 31
emergencies, 0 of 29 false emergencies.
"""

import pytest

from tests.triage.routing_helpers import read_cases, score
from triage.routing import suggest

NAME = "routing-second-handwritten.jsonl"


@pytest.mark.django_db
def test_second_handwritten_gates(settings) -> None:
    settings.ROUTING_REVISION_CHECK_SECONDS = 0
    result = score(read_cases(NAME), suggest)
    print(
        f"\n{NAME}: {result.cases} cases, top-1 {result.top1_rate:.1%}, emergencies "
        f"{result.emergencies_caught}/{result.emergencies}, false emergencies "
        f"{result.false_emergencies}/{result.others}"
    )
    assert result.top1_rate >= 0.75, result.misses
    assert result.emergencies_caught >= 23, result.misses
    assert result.false_emergencies == 0, result.misses


def test_second_file_is_mixed_and_new() -> None:
    cases = read_cases(NAME)
    assert len(cases) == 60 and len({case["text"] for case in cases}) == 60
    assert {case["variant"] for case in cases} == {"zh-hans", "zh-hant", "en"}
    assert sum(case["emergency"] for case in cases) >= 30
    others = set()
    for name in ("triage-cases-holdout.jsonl", "routing-fresh-handwritten.jsonl"):
        others |= {case["text"] for case in read_cases(name)}
    assert not others & {case["text"] for case in cases}
