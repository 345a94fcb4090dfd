"""A walk-in's rows are bound as the ORM's INSERT binds them, whatever shortcut the one
statement takes for text, flags and nothing."""

import datetime as dt
import uuid
from decimal import Decimal
from unittest import mock

import pytest
from django.db import connection

from hospital.records import _history_plan, _values
from reception.models import Visit, Visitor

pytestmark = pytest.mark.django_db

AT = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def _orm_values(obj) -> list:
    plan = _history_plan(type(obj), connection.alias)
    return [
        field.get_db_prep_save(field.pre_save(obj, True), connection=connection)
        for field in plan.row.fields
    ]


def _both(obj) -> tuple[list, list]:
    plan = _history_plan(type(obj), connection.alias)
    with mock.patch("django.utils.timezone.now", return_value=AT):
        return _values(plan.row, obj, connection.alias), _orm_values(obj)


def _comparable(value):
    # psycopg's JSON wrapper (PostgreSQL) has no equality of its own: compare what it wraps.
    return (type(value), getattr(value, "obj", value))


def _same(ours: list, orm: list) -> None:
    assert [_comparable(v) for v in ours] == [_comparable(v) for v in orm]


@pytest.mark.parametrize(
    "visitor",
    [
        Visitor(name="王芳", phone="+8613912345678", sex="F", birth_year=1980, needs=["elderly"]),
        Visitor(),
        Visitor(name="", phone="", sex=Visitor.Sex.MALE, needs=[], source=Visitor.Source.ONLINE),
    ],
)
def test_a_visitors_values_are_bound_as_the_orm_binds_them(visitor) -> None:
    _same(*_both(visitor))


@pytest.mark.parametrize(
    "fields",
    [
        {"purpose": "doctor", "chief_complaint": "胃疼两天", "is_priority": True},
        {
            "purpose": Visit.Purpose.EXAMINATION,
            "status": Visit.Status.ROUTED,
            "temperature": Decimal("38.5"),
            "is_priority": False,
            "arrived_at": AT - dt.timedelta(minutes=5),
            "closed_at": AT,
            "queue_day": dt.date(2026, 3, 4),
            "queue_prefix": "B",
            "queue_seq": 12,
        },
        {"purpose": "other", "chief_complaint": "", "form_token": None},
    ],
)
def test_a_visits_values_are_bound_as_the_orm_binds_them(fields, desk, guide) -> None:
    visitor = Visitor.objects.create(name="王芳")
    visit = Visit(
        form_token=uuid.uuid4(), visitor=visitor, desk=desk, logged_by=guide, arrived_at=AT
    )
    for name, value in fields.items():
        setattr(visit, name, value)
    _same(*_both(visit))
