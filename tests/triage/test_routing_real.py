"""The quality gate on real patients' own words (routing-real-dev.jsonl, copied from the reference
data): the shipped rules and concepts as loaded into the database, scored as the issue counts.

These are online consultations (longer, often already diagnosed); the engine is judged on unseen
complaints of the same sources, so no rule may name a sentence of this file.
"""

import pytest

from tests.triage.routing_helpers import normalised_texts, read_cases, score, shipped_words

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("check_revision_every_call")]

NAME = "routing-real-dev.jsonl"


def test_real_patients_gates(database_suggest) -> None:
    cases = read_cases(NAME)
    result = score(cases, database_suggest)
    top3 = fallbacks = 0
    for case in cases:
        offered = database_suggest(case["text"], age=case.get("age"), sex=case.get("sex"))
        top3 += any(s.department in case["accept"] for s in offered[:3])
        fallbacks += offered[0].fallback
    print(
        f"\n{NAME}: {result.cases} cases, top-1 {result.top1_rate:.1%}, "
        f"top-3 {top3 / result.cases:.1%}, emergencies {result.emergencies_caught}/"
        f"{result.emergencies}, false emergency {result.false_emergency_rate:.1%}, "
        f"fallback {fallbacks}"
    )
    assert result.top1_rate >= 0.85, result.misses
    assert top3 / result.cases >= 0.95
    assert result.recall == 1.0, result.misses
    assert result.false_emergency_rate <= 0.02, result.misses
    # Every complaint of this file names a symptom or a condition: none may fall back.
    assert fallbacks == 0


def test_no_shipped_phrase_is_a_sentence_of_the_real_file() -> None:
    texts = normalised_texts(NAME)
    words = shipped_words()
    assert not any(len(word) > 12 and any(word in text for text in texts) for word in words)
    assert not texts & words
