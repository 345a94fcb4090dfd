"""The quality gate on the shipped rules as loaded into the database.

`triage-cases-dev.jsonl` is the reference file (copied from shared/reference); the held-out file
holds cases written separately (other phrasings, Traditional characters, English, typos,
negations, every department) that the rules were not written from; the blind file holds red flags
as frightened patients and relatives say them, with look-alike non-emergencies, scored before
the rules were widened for them.
"""

import pytest

from tests.triage.routing_helpers import read_cases, score

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("check_revision_every_call")]


@pytest.mark.parametrize(
    "name", ["triage-cases-dev.jsonl", "triage-cases-holdout.jsonl", "triage-cases-blind.jsonl"]
)
def test_quality_gates(database_suggest, name: str) -> None:
    result = score(read_cases(name), database_suggest)
    print(
        f"\n{name}: {result.cases} cases, top-1 {result.top1_rate:.1%}, emergencies "
        f"{result.emergencies_caught}/{result.emergencies}, false emergency "
        f"{result.false_emergency_rate:.1%}"
    )
    result.assert_gate(0.95)


def test_held_out_set_is_big_and_covers_every_department() -> None:
    from hospital.directory import default_departments

    cases = read_cases("triage-cases-holdout.jsonl")
    assert len(cases) >= 150
    assert len({case["text"] for case in cases}) == len(cases)
    accepted = {code for case in cases for code in case["accept"]}
    assert {row["code"] for row in default_departments()} <= accepted


def test_held_out_set_shares_no_sentence_with_the_dev_set() -> None:
    dev = {case["text"] for case in read_cases("triage-cases-dev.jsonl")}
    assert not dev & {case["text"] for case in read_cases("triage-cases-holdout.jsonl")}


def test_blind_set_is_big_and_new() -> None:
    blind = read_cases("triage-cases-blind.jsonl")
    assert len(blind) >= 250
    assert sum(case["emergency"] for case in blind) >= 150
    texts = {case["text"] for case in blind}
    assert len(texts) == len(blind)
    for name in ("triage-cases-dev.jsonl", "triage-cases-holdout.jsonl"):
        assert not texts & {case["text"] for case in read_cases(name)}
