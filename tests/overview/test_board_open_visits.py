"""The board holds every open visit day and night, flags the untriaged, sums itself up in one
line, filters and searches, and runs a constant number of queries."""

import datetime as dt
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from handover.models import EquipmentLoan
from handover.services.escorts import escort_start
from hospital.models import Department
from reception.models import Urgency, Visit
from reception.services.visits import visit_transition
from tests.handover.factories import EquipmentFactory
from tests.reception.factories import VisitFactory, VisitorFactory
from triage.services import escalation_open

pytestmark = pytest.mark.django_db

URL = "/reception/"


def _ids(response) -> list[int]:
    return [row["visit"].pk for row in response.context["rows"]]


def _local(*args: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(*args))


def test_a_visit_from_yesterday_2355_is_still_on_the_board_at_0005(
    guide_client, desk, guide
) -> None:
    late = VisitFactory(desk=desk, logged_by=guide, arrived_at=_local(2026, 3, 1, 23, 55))
    escalated = VisitFactory(desk=desk, logged_by=guide, arrived_at=_local(2026, 3, 1, 23, 50))
    with mock.patch("django.utils.timezone.now", return_value=_local(2026, 3, 1, 23, 56)):
        escalation_open(visit=escalated, observation="晕倒", by=guide)
    with mock.patch("django.utils.timezone.now", return_value=_local(2026, 3, 2, 0, 5)):
        response = guide_client.get(URL)
    assert response.status_code == 200
    assert _ids(response) == [escalated.pk, late.pk]
    assert response.context["rows"][1]["waited"] == 10
    assert response.context["summary"]["escalated"] == 1


def test_oldest_first_within_urgency(guide_client, desk) -> None:
    now = timezone.now()
    newer = VisitFactory(desk=desk, urgency=Urgency.III, arrived_at=now - dt.timedelta(minutes=2))
    older = VisitFactory(desk=desk, urgency=Urgency.III, arrived_at=now - dt.timedelta(hours=20))
    urgent = VisitFactory(desk=desk, urgency=Urgency.II, arrived_at=now)
    assert _ids(guide_client.get(URL)) == [urgent.pk, older.pk, newer.pk]


def test_a_visit_waiting_unrouted_is_flagged_not_yet_triaged(guide_client, desk, settings) -> None:
    guide_client.cookies["django_language"] = "en"
    now = timezone.now()
    fresh = VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=9))
    stale = VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=11))
    response = guide_client.get(URL)
    rows = {row["visit"].pk: row for row in response.context["rows"]}
    assert (rows[stale.pk]["untriaged"], rows[stale.pk]["tone"]) == (True, "amber")
    assert (rows[fresh.pk]["untriaged"], rows[fresh.pk]["tone"]) == (False, "")
    assert response.content.decode().count('data-flag="untriaged"') == 1
    assert "not yet triaged" in response.content.decode()
    settings.UNTRIAGED_FLAG_MINUTES = 5
    rows = {row["visit"].pk: row for row in guide_client.get(URL).context["rows"]}
    assert rows[fresh.pk]["untriaged"]


def test_a_routed_visit_is_not_flagged_untriaged(guide_client, desk, guide) -> None:
    visit = VisitFactory(desk=desk, arrived_at=timezone.now() - dt.timedelta(minutes=30))
    visit_transition(
        visit=visit,
        to=Visit.Status.ROUTED,
        by=guide,
        reassess_at=timezone.now() + dt.timedelta(minutes=30),
    )
    row = guide_client.get(URL).context["rows"][0]
    assert (row["untriaged"], row["tone"]) == (False, "")


def test_the_header_line_counts_open_waiting_longest_and_escalations(
    guide_client, desk, guide, other_desk
) -> None:
    guide_client.cookies["django_language"] = "en"
    now = timezone.now()
    VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=42))
    routed = VisitFactory(desk=desk, arrived_at=now - dt.timedelta(minutes=5))
    visit_transition(visit=routed, to=Visit.Status.ROUTED, by=guide)
    escalation_open(visit=VisitFactory(desk=desk), observation="晕倒", by=guide)
    VisitFactory(desk=other_desk)
    VisitFactory(
        desk=desk, status=Visit.Status.CLOSED, arrived_at=now - dt.timedelta(hours=1), closed_at=now
    )
    response = guide_client.get(URL)
    assert response.context["summary"] == {"open": 3, "waiting": 1, "escalated": 1, "longest": 42}
    html = response.content.decode()
    assert "3 open visits" in html and "1 waiting to be routed" in html
    assert "longest wait 42 min" in html and "1 open escalation" in html


def test_an_escort_wheelchair_is_due_back_and_shows_overdue(
    guide_client, desk, guide, settings
) -> None:
    guide_client.cookies["django_language"] = "en"
    settings.ESCORT_LOAN_HOURS = 2
    wheelchair = EquipmentFactory(desk=desk, label="WC-07")
    visit = VisitFactory(desk=desk, logged_by=guide)
    visit_transition(
        visit=visit, to=Visit.Status.ROUTED, by=guide, destination=Department.objects.get(code="GI")
    )
    escort = escort_start(visit=visit, by=guide, wheelchair=wheelchair)
    loan = EquipmentLoan.objects.get(visit=visit)
    assert loan.due_back_at == escort.started_at + dt.timedelta(hours=2)
    assert "overdue-loans" not in guide_client.get(URL).content.decode()
    later = loan.due_back_at + dt.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        html = guide_client.get(URL).content.decode()
    assert 'id="overdue-loans"' in html and "WC-07" in html


def test_filters_and_search(guide_client, desk, guide) -> None:
    gi = Department.objects.get(code="GI")
    zhang = VisitFactory(desk=desk, visitor=VisitorFactory(name="张三", phone="+8613912345678"))
    li = VisitFactory(desk=desk, visitor=VisitorFactory(name="李四", phone="+8613900001111"))
    visit_transition(visit=li, to=Visit.Status.ROUTED, by=guide, destination=gi, urgency="II")
    assert _ids(guide_client.get(URL, {"status": "routed"})) == [li.pk]
    assert _ids(guide_client.get(URL, {"urgency": "IV"})) == [zhang.pk]
    assert _ids(guide_client.get(URL, {"department": "GI"})) == [li.pk]
    assert _ids(guide_client.get(URL, {"q": "张"})) == [zhang.pk]
    assert _ids(guide_client.get(URL, {"q": "1111"})) == [li.pk]
    assert _ids(guide_client.get(URL, {"q": "5678"})) == [zhang.pk]


def test_the_filters_show_what_was_chosen(guide_client, desk) -> None:
    guide_client.cookies["django_language"] = "en"
    html = guide_client.get(URL, {"status": "routed", "department": "GI"}).content.decode()
    assert '<option value="routed" selected>Routed</option>' in html
    assert '<option value="GI" selected>' in html
    assert '<option value="" selected>Every urgency</option>' in html
    assert '<option value="waiting">Waiting</option>' in html
    assert '<option value="" selected>Every status</option>' not in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"status": "deleted"}, "Choose a status from the list."),
        ({"urgency": "IX"}, "Choose an urgency from the list."),
        ({"department": "NOPE"}, "Choose a department from the list."),
        ({"q": "x" * 200}, "Search with at most 40 characters."),
    ],
)
def test_a_bad_filter_is_reported_never_a_500(guide_client, desk, params, message) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory(desk=desk)
    response = guide_client.get(URL, params)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert _ids(response) == [visit.pk]  # the bad filter is left out, the board still shows


def test_the_desk_switcher_offers_the_active_desks(guide_client, guide, desk, other_desk) -> None:
    guide.staff_profile.desks.add(other_desk)  # the (header's) switcher offers workable desks
    html = guide_client.get(URL).content.decode()
    assert 'id="desk-switch"' in html and reverse("switch_desk") in html
    assert f'value="{other_desk.pk}"' in html and other_desk.name in html


def test_a_row_has_one_next_step_and_one_menu(guide_client, desk, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory(desk=desk, chief_complaint="肚子疼" * 30)
    html = guide_client.get(URL).content.decode()
    row = html[html.index(f'id="visit-{visit.pk}"') :]
    row = row[: row.index("</tr>")]
    assert row.count("<form") == 0 and row.count('class="btn') == 2
    assert "I" in row and "Non-urgent" in row  # the numeral and the label
    assert "肚子疼" * 30 in row  # the whole complaint, shown in full on tap
    menu = guide_client.get(reverse("overview:visit_actions", args=[visit.pk])).content.decode()
    assert reverse("triage:escalate", args=[visit.pk]) in menu
    assert reverse("overview:visit_confirm", args=[visit.pk, "left"]) in menu


@pytest.mark.parametrize("size", [10, 80])
def test_the_board_runs_a_constant_number_of_queries(
    guide_client, desk, guide, size, django_assert_max_num_queries
) -> None:
    levels = list(Urgency)
    VisitFactory.create_batch(
        size,
        desk=desk,
        logged_by=guide,
        urgency=factory_cycle(levels),
    )
    guide_client.get(URL)
    with django_assert_max_num_queries(12):  # 11 and the header's alert count
        response = guide_client.get(URL)
    assert len(response.context["rows"]) == min(size, 60)
    with django_assert_max_num_queries(13):
        guide_client.get(URL, {"q": "访客", "status": "waiting", "department": "GI"})


def test_the_all_desks_board_names_each_rows_desk_and_a_guide_sees_only_their_desks(
    supervisor_client, guide_client, guide, desk, other_desk
) -> None:
    here = VisitFactory(desk=desk, visitor__name="张三")
    there = VisitFactory(desk=other_desk, visitor__name="李四")
    html = supervisor_client.get(URL, {"desks": "all"}).content.decode()
    for visit, desk_name in ((here, "门诊大厅导医台"), (there, "住院楼服务台")):
        row = html[html.index(f'id="visit-{visit.pk}"') :]
        assert f'<span class="fd-desk-name">{desk_name}</span>' in row[: row.index("</tr>")]
    # A guide's all-desks board is every desk of theirs, and only those.
    assert _ids(guide_client.get(URL, {"desks": "all"})) == [here.pk]
    assert f'id="visit-{here.pk}"' in guide_client.get(URL).content.decode()
    assert "fd-desk-name" not in guide_client.get(URL).content.decode()


def test_the_undo_strip_costs_no_query_per_visit(
    guide_client, desk, guide, django_assert_max_num_queries
) -> None:
    for name in ("张三", "", "李四"):
        visit = VisitFactory(desk=desk, logged_by=guide, visitor__name=name)
        visit_transition(visit=visit, to=Visit.Status.LEFT, by=guide)
    guide_client.get(URL)
    with django_assert_max_num_queries(12):
        html = guide_client.get(URL).content.decode()
    assert 'id="undo-strip"' in html and html.count('fd-undo"') == 3
    assert "张三" in html and "李四" in html


def factory_cycle(values):
    import factory

    return factory.Iterator(values)


def test_the_remembered_rows_follow_every_change_they_show(guide_client, desk) -> None:
    visit = VisitFactory(desk=desk, visitor__name="张三")
    assert "张三" in guide_client.get(URL).content.decode()
    # A visitor's name changes without the visit's version: the rows' key is what they show.
    visit.visitor.name = "李四"
    visit.visitor.save()
    html = guide_client.get(URL).content.decode()
    assert "李四" in html and "张三" not in html
    visit.refresh_from_db()
    visit_transition(visit=visit, to=Visit.Status.LEFT, by=visit.logged_by)
    assert f'id="visit-{visit.pk}"' not in guide_client.get(URL).content.decode()


def test_remembered_rows_still_show_each_rows_minutes_as_they_turn(guide_client, desk) -> None:
    guide_client.cookies["django_language"] = "en"
    start = timezone.now().replace(second=10, microsecond=0)
    VisitFactory(desk=desk, arrived_at=start - dt.timedelta(minutes=4, seconds=30))
    VisitFactory(desk=desk, arrived_at=start - dt.timedelta(minutes=7, seconds=5))
    with mock.patch("django.utils.timezone.now", return_value=start):
        first = guide_client.get(URL).content.decode()
    assert "4 min" in first and "7 min" in first
    # 30 s later only the first visitor's minute has turned: the rows are the remembered ones,
    # with the minutes of this instant.
    with mock.patch("django.utils.timezone.now", return_value=start + dt.timedelta(seconds=30)):
        later = guide_client.get(URL).content.decode()
    assert "5 min" in later and "7 min" in later and "4 min" not in later
