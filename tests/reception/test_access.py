"""Who may open what: roles (403), other departments' visits (404), the admin."""

import pytest
from django.urls import reverse

from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_transition
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db


def _routed_to(code: str, guide, desk) -> Visit:
    visit = VisitFactory(desk=desk, visitor=VisitorFactory(phone="+8613812345678"))
    return visit_transition(
        visit=visit, to=Visit.Status.ROUTED, by=guide, destination=Department.objects.get(code=code)
    )


GUIDE_PAGES = [
    ("overview:board", False),
    ("overview:walkin", False),
    ("reception:visitor_lookup", False),
    ("triage:route", True),
    ("triage:escalate", True),
    ("handover:escort_start", True),
    ("handover:handoff", True),
]


@pytest.mark.parametrize(("name", "takes_visit"), GUIDE_PAGES)
def test_guide_pages_refuse_security_and_managers(
    security_client, manager_client, desk, guide, name, takes_visit
) -> None:
    visit = _routed_to("GI", guide, desk)
    url = reverse(name, args=[visit.pk] if takes_visit else [])
    assert security_client.get(url).status_code == 403
    assert manager_client.get(url).status_code == 403


@pytest.mark.parametrize("name", ["reception:visit_left", "reception:visit_close"])
def test_status_buttons_refuse_the_wrong_role(manager_client, desk, guide, name) -> None:
    visit = _routed_to("GI", guide, desk)
    assert manager_client.post(reverse(name, args=[visit.pk])).status_code == 403
    visit.refresh_from_db()
    assert visit.status == Visit.Status.ROUTED


def test_guide_cannot_open_department_visits(guide_client) -> None:
    assert guide_client.get(reverse("reception:department_visits")).status_code == 403


def test_manager_sees_only_their_departments_visits(manager_client, desk, guide) -> None:
    gi = _routed_to("GI", guide, desk)
    card = _routed_to("CARD", guide, desk)
    response = manager_client.get(reverse("reception:department_visits"))
    assert response.status_code == 200
    assert list(response.context["visits"]) == [gi]
    assert manager_client.get(gi.get_absolute_url()).status_code == 200
    assert manager_client.get(card.get_absolute_url()).status_code == 404


def test_manager_cannot_act_on_a_visit_from_its_page(manager_client, desk, guide) -> None:
    gi = _routed_to("GI", guide, desk)
    html = manager_client.get(gi.get_absolute_url()).content.decode()
    assert 'id="visit-actions"' not in html


def test_guide_cannot_open_the_admin(guide_client) -> None:
    response = guide_client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = guide_client.get("/admin/reception/visit/")
    assert response.status_code == 302


def test_supervisor_admin_lists_visits_with_masked_phones_and_finds_by_phone(
    supervisor_client, desk, guide
) -> None:
    visit = _routed_to("GI", guide, desk)
    response = supervisor_client.get("/admin/reception/visit/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "138****5678" in html and "13812345678" not in html
    found = supervisor_client.get("/admin/reception/visit/", {"q": "138 1234 5678"})
    assert list(found.context["cl"].result_list) == [visit]
    for filters in ({"status__exact": "routed"}, {"desk__id__exact": desk.pk}):
        assert supervisor_client.get("/admin/reception/visit/", filters).status_code == 200


def test_manager_admin_shows_only_their_departments(manager_client, desk, guide) -> None:
    gi = _routed_to("GI", guide, desk)
    _routed_to("CARD", guide, desk)
    response = manager_client.get("/admin/reception/visit/")
    assert list(response.context["cl"].result_list) == [gi]
    assert manager_client.get("/admin/triage/triagedecision/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reception/visitor/",
        "/admin/triage/urgencylevel/",
        "/admin/triage/triagedecision/",
        "/admin/triage/escalation/",
        "/admin/handover/escort/",
        "/admin/handover/handoff/",
    ],
)
def test_every_walkin_model_is_in_the_admin_with_history(admin_client_user, path) -> None:
    assert admin_client_user.get(path).status_code == 200


def test_visit_history_is_in_the_admin(admin_client_user, desk, guide) -> None:
    visit = _routed_to("GI", guide, desk)
    response = admin_client_user.get(f"/admin/reception/visit/{visit.pk}/history/")
    assert response.status_code == 200


def test_visit_page_refuses_the_security_desk(security_client, desk, guide) -> None:
    visit = _routed_to("GI", guide, desk)
    assert security_client.get(visit.get_absolute_url()).status_code == 403


@pytest.mark.parametrize("size", [10, 40])
def test_department_visits_run_a_constant_number_of_queries(
    manager_client, desk, guide, size, django_assert_max_num_queries
) -> None:
    gi = Department.objects.get(code="GI")
    visitor = VisitorFactory()
    for _ in range(size):
        VisitFactory(desk=desk, visitor=visitor, destination=gi, status=Visit.Status.ROUTED)
    manager_client.get(reverse("reception:department_visits"))
    with django_assert_max_num_queries(8):
        response = manager_client.get(reverse("reception:department_visits"))
    assert len(response.context["visits"]) == min(size, 500)


def test_supervisor_edits_the_reassess_minutes_with_history(supervisor_client) -> None:
    from triage.models import UrgencyLevel

    level = UrgencyLevel.objects.get(code="III")
    response = supervisor_client.post(
        f"/admin/triage/urgencylevel/{level.pk}/change/", {"code": "III", "reassess_minutes": 20}
    )
    assert response.status_code == 302
    level.refresh_from_db()
    assert level.reassess_minutes == 20 and level.history.count() >= 1
