"""The quality gate on real patients' own words (routing-real-dev.jsonl, copied from the reference
data): the shipped rules and concepts as loaded into the database, scored as the issue counts.

These are online consultations (longer, often already diagnosed); the engine is judged on unseen
complaints of the same sources, so no rule may name a sentence of this file.
"""

import pytest

from tests.triage.routing_helpers import assert_no_shipped_phrase_is_a_sentence, measured

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("check_revision_every_call")]

NAME = "routing-real-dev.jsonl"


def test_real_patients_gates(database_suggest) -> None:
    result = measured(NAME, database_suggest)
    assert result.top1_rate >= 0.85, result.misses
    assert result.top3_rate >= 0.95, result.misses
    assert result.recall == 1.0, result.misses
    assert result.false_emergency_rate <= 0.02, result.misses
    # Every complaint of this file names a symptom or a condition: none may fall back.
    assert result.fallbacks == 0, result.misses


def test_no_shipped_phrase_is_a_sentence_of_the_real_file() -> None:
    assert_no_shipped_phrase_is_a_sentence(NAME)
