"""Ticket numbers: per desk and local day, in order, prefixed, never twice."""

import datetime as dt
import uuid

import pytest
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from reception.models import Visit
from reception.services.queue import number_for
from reception.services.visits import visit_log_walkin
from tests.hall.factories import QueuePrefixFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def queue_number_fields(*, desk, purpose: str, at: dt.datetime | None = None) -> dict:
    """Take the next number at `desk` by the walk-in's own statement, on its own, and return the
    queue fields of a visit that holds it."""
    visit = Visit()
    number = number_for(visit, desk=desk, purpose=purpose, at=at)
    with connection.cursor() as cursor:
        cursor.execute(number.sql, number.params)
        prefix, seq = cursor.fetchone()
    return {"queue_day": visit.queue_day, "queue_prefix": prefix, "queue_seq": seq}


def test_walk_ins_get_numbers_in_order_from_a001(walk_in) -> None:
    numbers = [walk_in(department=None).queue_number for _ in range(3)]
    assert numbers == ["A001", "A002", "A003"]


def test_each_desk_counts_its_own_numbers(walk_in, other_desk) -> None:
    walk_in(department=None)
    walk_in(department=None)
    assert walk_in(department=None, at_desk=other_desk).queue_number == "A001"


def test_the_desks_prefix_and_a_purposes_own_prefix_count_separately(walk_in, desk) -> None:
    QueuePrefixFactory(desk=desk, prefix="B")
    QueuePrefixFactory(desk=desk, purpose=Visit.Purpose.RESULTS, prefix="R")
    assert walk_in(department=None).queue_number == "B001"
    assert walk_in(department=None, purpose=Visit.Purpose.RESULTS).queue_number == "R001"
    assert walk_in(department=None).queue_number == "B002"


def test_without_a_configured_prefix_the_setting_is_used(walk_in, settings) -> None:
    settings.QUEUE_DEFAULT_PREFIX = "Z"
    assert walk_in(department=None).queue_number == "Z001"


def test_numbers_start_again_on_the_next_local_day(desk) -> None:
    # 23:59 and 00:01 in the hospital's time zone are two days, whatever UTC says.
    late = timezone.make_aware(dt.datetime(2026, 3, 1, 23, 59))
    early = timezone.make_aware(dt.datetime(2026, 3, 2, 0, 1))
    VisitFactory(desk=desk, **queue_number_fields(desk=desk, purpose="doctor", at=late))
    assert queue_number_fields(desk=desk, purpose="doctor", at=late)["queue_seq"] == 2
    fields = queue_number_fields(desk=desk, purpose="doctor", at=early)
    assert fields == {"queue_day": dt.date(2026, 3, 2), "queue_prefix": "A", "queue_seq": 1}


def test_numbers_go_on_from_the_largest_a_desk_holds_that_day(walk_in, desk) -> None:
    # A number given before the desk's counter existed (or after it, by anything else) is never
    # given again: the next walk-in goes on from the largest.
    first = walk_in(department=None)
    VisitFactory(desk=desk, queue_day=first.queue_day, queue_prefix="A", queue_seq=7)
    assert walk_in(department=None).queue_number == "A008"
    assert walk_in(department=None).queue_number == "A009"


def test_a_double_tap_uses_one_number(desk, guide) -> None:
    token = uuid.uuid4()
    first, created = visit_log_walkin(desk=desk, by=guide, purpose="exam", form_token=token)
    again, created_again = visit_log_walkin(desk=desk, by=guide, purpose="exam", form_token=token)
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk and again.queue_number == "A001"
    second, _ = visit_log_walkin(desk=desk, by=guide, purpose="exam", form_token=uuid.uuid4())
    assert second.queue_number == "A002"


def test_the_database_refuses_one_number_twice_in_a_day(desk) -> None:
    fields = queue_number_fields(desk=desk, purpose="doctor")
    VisitFactory(desk=desk, **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        VisitFactory(desk=desk, **fields)


def test_a_visit_without_a_number_shows_none() -> None:
    assert Visit(queue_seq=None).queue_number == ""
    assert Visit(queue_prefix="FC", queue_seq=7).queue_number == "FC007"


def test_a_prefix_changed_in_the_admin_counts_from_the_next_walk_in(walk_in, desk) -> None:
    # Read by the number's statement itself: no app server keeps an old prefix.
    row = QueuePrefixFactory(desk=desk, prefix="B")
    purpose = QueuePrefixFactory(desk=desk, purpose=Visit.Purpose.RESULTS, prefix="R")
    assert walk_in(department=None, purpose=Visit.Purpose.RESULTS).queue_number == "R001"
    row.prefix = "C"
    row.save()
    purpose.delete()
    assert walk_in(department=None).queue_number == "C001"
    assert walk_in(department=None, purpose=Visit.Purpose.RESULTS).queue_number == "C002"
    row.delete()
    assert walk_in(department=None).queue_number == "A001"
