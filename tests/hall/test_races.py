"""Two tablets at once, on PostgreSQL: two walk-ins get two numbers, two calls two visitors."""

from collections.abc import Callable

import pytest

from hall.models import Call
from hall.services import call_next
from hospital.directory import load_default_departments
from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_log_walkin, visit_transition
from tests.races import race

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def _log(desk, by) -> Callable[[], Visit]:
    return lambda: visit_log_walkin(desk=desk, by=by, purpose="exam")[0]


def test_walk_ins_logged_at_once_on_several_tablets_get_different_numbers(
    desk, guide, second_guide
) -> None:
    results = race(*[_log(desk, user) for user in (guide, second_guide) * 3])
    assert all(isinstance(r, Visit) for r in results), results
    numbers = sorted(Visit.objects.filter(desk=desk).values_list("queue_seq", flat=True))
    assert numbers == [1, 2, 3, 4, 5, 6]


def test_two_guides_calling_next_at_once_call_two_different_numbers(
    desk, guide, second_guide
) -> None:
    load_default_departments(Department)
    gi = Department.objects.get(code="GI")
    for _ in range(3):
        visit, _created = visit_log_walkin(desk=desk, by=guide, purpose="exam")
        visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide, destination=gi)
    results = race(
        lambda: call_next(desk=desk, department=gi, by=guide),
        lambda: call_next(desk=desk, department=gi, by=second_guide),
    )
    assert all(isinstance(r, Call) for r in results), results
    called = {r.visit_id for r in results}  # type: ignore[attr-defined]
    assert len(called) == 2
    assert sorted(Visit.objects.filter(pk__in=called).values_list("queue_seq", flat=True)) == [1, 2]
