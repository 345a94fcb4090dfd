"""Two tablets at once, on PostgreSQL: two walk-ins get two numbers, two calls two visitors."""

import threading
import time
from collections.abc import Callable

import pytest
from django.db import connection, transaction

from hall.models import Call
from hall.services import call_next
from hospital.directory import load_default_departments
from hospital.models import Department
from reception.models import BoardStamp, Visit
from reception.services.queue import lock_desk
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


def test_a_walk_in_is_logged_while_a_call_holds_the_desk(desk, guide) -> None:
    # A call locks the desk and moves the board stamp last; a walk-in moves the stamp and then
    # its visit checks the desk's key. Held this way round, neither may wait for the other.
    results: list[object] = []

    def log() -> None:
        try:
            results.append(visit_log_walkin(desk=desk, by=guide, purpose="exam")[0])
        except BaseException as error:  # noqa: BLE001 - the failure is what we look at
            results.append(error)
        finally:
            connection.close()

    thread = threading.Thread(target=log)
    with transaction.atomic():
        lock_desk(desk.pk)
        thread.start()
        # On until the walk-in is saved or waits for a lock (it would hold the stamp by then).
        while thread.is_alive() and not _someone_waits_for_a_lock():
            time.sleep(0.01)
        BoardStamp.touch(desk.pk)
    thread.join()
    assert len(results) == 1 and isinstance(results[0], Visit), results
    assert BoardStamp.read(desk.pk)[0] == 2


def _someone_waits_for_a_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE datname = current_database()"
            " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid())"
        )
        return bool(cursor.fetchone()[0])
