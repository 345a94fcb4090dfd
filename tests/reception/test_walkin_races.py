"""Two tablets at once, on PostgreSQL: one walk-in form sent twice at the same moment."""

import uuid
from collections.abc import Callable
from typing import cast

import pytest

from reception.models import Visit, Visitor
from reception.services.visits import visit_log_walkin
from tests.races import race

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_one_form_sent_twice_at_once_saves_one_visit_and_one_visitor(
    desk, guide, second_guide
) -> None:
    token = uuid.uuid4()

    def log(by) -> Callable[[], tuple[Visit, bool]]:
        return lambda: visit_log_walkin(
            desk=desk,
            by=by,
            purpose=Visit.Purpose.SEE_DOCTOR,
            form_token=token,
            chief_complaint="胃疼两天",
            phone="+8613812345678",
        )

    results = race(log(guide), log(second_guide))
    assert all(isinstance(r, tuple) for r in results), results
    answers = cast(list[tuple[Visit, bool]], results)
    assert sorted(created for _visit, created in answers) == [False, True]
    assert len({visit.pk for visit, _created in answers}) == 1
    visit = Visit.objects.get()
    assert Visitor.objects.count() == 1 and visit.queue_seq == 1
    winner = guide if answers[0][1] else second_guide
    assert visit.logged_by == winner
    assert list(Visit.history.values_list("history_user", flat=True)) == [winner.pk]
    assert list(Visitor.history.values_list("history_user", flat=True)) == [winner.pk]
