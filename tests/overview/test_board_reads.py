"""The board's prepared reads give what the models' querysets give, for any desk and time, and
the rows remembered between answers still follow the clock (flags, tone) and every change."""

import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from handover.models import EquipmentLoan
from overview import board_rows
from overview.views import board
from reception.models import Urgency, Visit
from tests.handover.factories import EquipmentFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

URL = "/reception/"


def test_the_row_columns_are_in_the_models_order() -> None:
    # Model.from_db places a row's values by the model's field order, not by their names.
    in_model_order = [
        f.attname for f in Visit._meta.concrete_fields if f.attname in board_rows.ROW_COLUMNS
    ]
    assert in_model_order == list(board_rows.ROW_COLUMNS)


def test_the_prepared_reads_give_what_the_querysets_give_for_each_desk(desk, other_desk) -> None:
    now = timezone.now()
    for at, urgency in ((desk, Urgency.IV), (desk, Urgency.II), (other_desk, Urgency.III)):
        VisitFactory(desk=at, urgency=urgency, arrived_at=now - dt.timedelta(minutes=7))
    earlier = now - dt.timedelta(hours=1)
    closed = VisitFactory(
        desk=desk,
        status=Visit.Status.CLOSED,
        arrived_at=earlier,
        closed_at=now - dt.timedelta(minutes=4),
    )
    VisitFactory(
        desk=desk,
        status=Visit.Status.LEFT,
        arrived_at=earlier,
        closed_at=now - dt.timedelta(minutes=25),
    )
    for at in (desk, other_desk):
        open_visits = Visit.objects.on_board(desk=at)
        expected_rows = list(board_rows.board_visits(open_visits, all_desks=False)[:61])
        rows = board._ROWS_OF_DESK.rows(desk=at.pk, at=now)
        assert [row[:-5] for row in rows] == expected_rows
        # Each row carries the header line over every open visit of the desk, and the loans.
        expected = board._summary_of(board._summary_read(open_visits), now)
        opened, waiting, escalated, first, loans = rows[0][-5:]
        assert board._summary(opened, waiting, escalated, first, now) == expected
        assert not loans
    undo = board._UNDOABLE_OF_DESK.rows(desk=desk.pk, at=now - Visit.UNDO_WINDOW)
    assert [values[0] for values in undo] == [closed.pk]
    assert board._UNDOABLE_OF_DESK.rows(desk=other_desk.pk, at=now - Visit.UNDO_WINDOW) == []


def test_the_prepared_loans_check_binds_the_time_and_the_desk(desk, other_desk, guide) -> None:
    now = timezone.now()
    equipment = EquipmentFactory(desk=desk)
    EquipmentLoan.objects.create(
        equipment=equipment,
        borrower_kind=EquipmentLoan.BorrowerKind.STAFF,
        borrower_name="护工",
        lent_by=guide,
        lent_at=now - dt.timedelta(hours=2),
        due_back_at=now - dt.timedelta(minutes=1),
    )
    # Without open visits (its own read) and with them (carried by the rows).
    assert board._LOANS_OVERDUE_OF_DESK.rows(desk=desk.pk, at=now)
    assert not board._LOANS_OVERDUE_OF_DESK.rows(desk=desk.pk, at=now - dt.timedelta(minutes=2))
    assert not board._LOANS_OVERDUE_OF_DESK.rows(desk=other_desk.pk, at=now)
    VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=3))
    VisitFactory(desk=other_desk, arrived_at=now - dt.timedelta(minutes=3))
    assert board._ROWS_OF_DESK.rows(desk=desk.pk, at=now)[0][-1]
    assert not board._ROWS_OF_DESK.rows(desk=desk.pk, at=now - dt.timedelta(minutes=2))[0][-1]
    assert not board._ROWS_OF_DESK.rows(desk=other_desk.pk, at=now)[0][-1]


def test_a_remembered_row_turns_amber_when_the_clock_says_so(guide_client, desk) -> None:
    start = timezone.now().replace(second=10, microsecond=0)
    visit = VisitFactory(desk=desk, arrived_at=start - dt.timedelta(minutes=8))
    with mock.patch("django.utils.timezone.now", return_value=start):
        before = guide_client.get(URL, HTTP_HX_REQUEST="true").content.decode()
    row = f'<tr id="visit-{visit.pk}"'
    assert row in before and "fd-row-amber" not in before and 'data-flag="untriaged"' not in before
    # Unchanged visit, unchanged row values: past the untriaged limit the remembered row is
    # another one, amber and flagged.
    with mock.patch("django.utils.timezone.now", return_value=start + dt.timedelta(minutes=3)):
        after = guide_client.get(URL, HTTP_HX_REQUEST="true").content.decode()
    assert "fd-row-amber" in after and 'data-flag="untriaged"' in after


def test_the_undo_strip_names_a_visitor_without_a_name_by_the_masked_phone(guide_client, desk):
    now = timezone.now()
    VisitFactory(
        desk=desk,
        visitor__name="",
        visitor__phone="+8613912345678",
        status=Visit.Status.CLOSED,
        arrived_at=now - dt.timedelta(minutes=30),
        closed_at=now - dt.timedelta(minutes=1),
    )
    html = guide_client.get(URL).content.decode()
    strip = html.split('id="undo-strip"', 1)[1].split("</ul>", 1)[0]
    assert "139****5678" in strip and "13912345678" not in strip


@pytest.mark.postgres
def test_the_prepared_reads_run_on_client_side_cursors_too(desk) -> None:
    """With DATABASE_SERVER_SIDE_BINDING off, Django's cursors bind on the client, and psycopg
    gives those no binary results: the reads then take text, and give the same rows."""
    from django.db import connection
    from psycopg import ClientCursor

    now = timezone.now()
    VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=3))
    binary = board._ROWS_OF_DESK.rows(desk=desk.pk, at=now)
    connection.ensure_connection()
    raw = connection.connection
    factory = raw.cursor_factory
    raw.cursor_factory = ClientCursor
    try:
        text = board._ROWS_OF_DESK.rows(desk=desk.pk, at=now)
    finally:
        raw.cursor_factory = factory
    assert text == binary and len(text) == 1
