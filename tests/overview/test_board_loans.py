"""The board lists the desk's overdue loans (the twenty most overdue) under its header line, in
a constant number of queries, and follows every loan returned or falling due."""

import datetime as dt
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from handover.services.equipment import equipment_lend, equipment_return
from tests.handover.factories import EquipmentFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

URL = reverse("overview:board")


def _loans_line(html: str) -> str:
    """Return the overdue loans' line of the page, or "" when it has none."""
    if 'id="overdue-loans"' not in html:
        return ""
    start = html.index('id="overdue-loans"')
    return html[start : html.index("</div>", start)]


def _lend(desk, guide, label: str, *, hours_ago: int, **borrower):
    """Lend a wheelchair `hours_ago` hours ago, due back an hour later."""
    chair = EquipmentFactory(desk=desk, label=label)
    lent_at = timezone.now() - dt.timedelta(hours=hours_ago)
    with mock.patch("django.utils.timezone.now", return_value=lent_at):
        return equipment_lend(
            equipment=chair, by=guide, due_back_at=lent_at + dt.timedelta(hours=1), **borrower
        )


def test_the_line_names_the_equipment_and_who_has_it_most_overdue_first(
    guide_client, desk, guide
) -> None:
    guide_client.cookies["django_language"] = "en"
    named = VisitFactory(desk=desk, logged_by=guide, visitor__name="张三")
    nameless = VisitFactory(
        desk=desk, logged_by=guide, visitor__name="", visitor__phone="+8613912345678"
    )
    _lend(desk, guide, "WC-01", hours_ago=3, visit=named)
    _lend(desk, guide, "WC-02", hours_ago=5, visit=nameless)
    _lend(desk, guide, "WC-03", hours_ago=4, borrower_name="放射科 李护士")
    line = _loans_line(guide_client.get(URL).content.decode())
    assert "Wheelchair WC-01 → 张三" in line
    assert "Wheelchair WC-02 → 139****5678" in line and "12345678" not in line
    assert "Wheelchair WC-03 → 放射科 李护士" in line
    assert line.index("WC-02") < line.index("WC-03") < line.index("WC-01")


def test_a_loan_returned_or_falling_due_changes_the_line_at_once(guide_client, desk, guide) -> None:
    late = _lend(desk, guide, "WC-11", hours_ago=3, borrower_name="王五")
    guide_client.get(URL)  # remembered as it is now
    assert "WC-11" in _loans_line(guide_client.get(URL).content.decode())
    equipment_return(loan=late, by=guide)
    assert _loans_line(guide_client.get(URL).content.decode()) == ""
    soon = _lend(desk, guide, "WC-12", hours_ago=0, borrower_name="赵六")
    assert _loans_line(guide_client.get(URL).content.decode()) == ""
    after_due = soon.due_back_at + dt.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=after_due):
        assert "WC-12" in _loans_line(guide_client.get(URL).content.decode())


@pytest.mark.parametrize("loans", [2, 30])
def test_overdue_loans_cost_one_query_whatever_their_number(
    guide_client, desk, guide, loans, django_assert_max_num_queries
) -> None:
    VisitFactory.create_batch(5, desk=desk, logged_by=guide)
    for number in range(loans):
        visit = VisitFactory(desk=desk, logged_by=guide) if number % 2 else None
        _lend(
            desk,
            guide,
            f"WC-{number:02d}",
            hours_ago=2 + number,
            visit=visit,
            borrower_name="" if visit else f"护士{number}",
        )
    guide_client.get(URL)
    with django_assert_max_num_queries(13):  # the board's 12 and the loans' line
        html = guide_client.get(URL).content.decode()
    line = _loans_line(html)
    assert line.count("→") == min(loans, 20)
    # The most overdue are shown: the loan lent longest ago is there, and with 30 the newest not.
    assert f"WC-{loans - 1:02d}" in line
    assert ("WC-00" in line) == (loans <= 20)


def test_the_all_desks_board_lists_every_desk_s_overdue_loans(
    supervisor_client, desk, other_desk, guide
) -> None:
    _lend(desk, guide, "WC-21", hours_ago=3, borrower_name="甲")
    _lend(other_desk, guide, "WC-22", hours_ago=3, borrower_name="乙")
    line = _loans_line(supervisor_client.get(URL, {"desks": "all"}).content.decode())
    assert "WC-21" in line and "WC-22" in line
