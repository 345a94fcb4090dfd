"""The admin's history pages read through the same scope as the rest of the admin.

django-simple-history's history list and version pages used to read the history table directly
(another department's visit, with its chief complaint and name) and render each relation as a
dropdown of the whole related table (every visitor in the database).
"""

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from hospital.admin_base import ReadOnlyAdmin
from hospital.admin_scope import ReadOnlyVersionsMixin
from hospital.models import Department
from reception.models import Visit, Visitor
from tests.reception.factories import ImprovementPlanFactory, VisitFactory, VisitorFactory
from tests.triage.factories import TriageDecisionFactory
from triage.models import TriageDecision

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _version_url(record) -> str:
    opts = record._meta
    version = record.history.order_by("-history_id").first()
    return reverse(
        f"admin:{opts.app_label}_{opts.model_name}_simple_history",
        args=[record.pk, version.history_id],
    )


def _history_url(record) -> str:
    opts = record._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[record.pk])


def test_manager_gets_404_for_the_history_of_another_departments_visit(manager_client) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="CARD"), chief_complaint="胸痛")
    decision = TriageDecisionFactory(visit=visit, department=visit.destination)
    for record in (visit, decision):
        for url in (_history_url(record), _version_url(record)):
            response = manager_client.get(url)
            assert response.status_code == 404, url
            assert "胸痛" not in response.content.decode()


def test_manager_reads_the_history_of_their_departments_visit(manager_client) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="GI"), chief_complaint="胃痛")
    assert manager_client.get(_history_url(visit)).status_code == 200
    page = manager_client.get(_version_url(visit))
    assert page.status_code == 200
    assert "胃痛" in page.content.decode()


def test_a_history_version_shows_relations_as_raw_ids_not_every_row(supervisor_client) -> None:
    others = [VisitorFactory(name=f"无关的人{n:03d}号") for n in range(30)]
    visit = VisitFactory(destination=Department.objects.get(code="GI"))
    page = supervisor_client.get(_version_url(visit)).content.decode()
    assert '<select name="visitor"' not in page
    assert "vForeignKeyRawIdAdminField" in page
    assert not any(visitor.name in page for visitor in others)
    assert visit.visitor.name in page  # the one related visitor, as the raw id's label


def test_a_history_version_is_read_only_and_cannot_be_restored(supervisor_client) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="GI"), chief_complaint="胃痛")
    url = _version_url(visit)
    visit.chief_complaint = "后来改过"
    visit.save()
    page = supervisor_client.get(url).content.decode()
    assert 'name="_save"' not in page
    assert "disabled" in page
    response = supervisor_client.post(url, {"chief_complaint": "胃痛", "_change_history": "1"})
    assert response.status_code == 403
    visit.refresh_from_db()
    assert visit.chief_complaint == "后来改过"


def test_the_history_of_a_deleted_record_is_the_administrators_alone(
    admin_client_user, manager_client
) -> None:
    visitor = VisitorFactory(name="已删除的访客")
    pk = visitor.pk
    visitor.delete()
    url = reverse("admin:reception_visitor_history", args=[pk])
    assert manager_client.get(url).status_code in (403, 404)
    assert admin_client_user.get(url).status_code == 200
    assert not Visitor.objects.filter(pk=pk).exists()


def test_history_version_page_runs_a_constant_number_of_queries(
    supervisor_client, django_assert_max_num_queries
) -> None:
    visit = VisitFactory(destination=Department.objects.get(code="GI"))
    url = _version_url(visit)
    supervisor_client.get(url)  # warm the caches (content types, roles)
    VisitorFactory.create_batch(50)
    VisitFactory.create_batch(20, destination=Department.objects.get(code="GI"))
    with django_assert_max_num_queries(30):
        assert supervisor_client.get(url).status_code == 200


def test_scoped_changelists_hide_other_departments_records(manager_client) -> None:
    mine = VisitFactory(destination=Department.objects.get(code="GI"))
    theirs = VisitFactory(destination=Department.objects.get(code="CARD"))
    TriageDecisionFactory(visit=theirs, department=theirs.destination)
    page = manager_client.get(reverse("admin:reception_visit_changelist")).content.decode()
    assert f"/admin/reception/visit/{mine.pk}/change/" in page
    assert f"/admin/reception/visit/{theirs.pk}/change/" not in page
    decisions = manager_client.get(reverse("admin:triage_triagedecision_changelist"))
    assert decisions.status_code == 200
    assert not TriageDecision.objects.visible_to(decisions.wsgi_request.user).exists()
    assert Visit.objects.count() == 2


@pytest.mark.parametrize("size", [5, 60])
def test_scoped_changelists_run_a_constant_number_of_queries(
    manager_client, size: int, django_assert_max_num_queries
) -> None:
    gi, card = Department.objects.get(code="GI"), Department.objects.get(code="CARD")
    for n in range(size):
        visit = VisitFactory(destination=gi if n % 2 else card)
        TriageDecisionFactory(visit=visit, department=visit.destination)
    for name in ("reception_visit", "triage_triagedecision", "reception_visitor"):
        url = reverse(f"admin:{name}_changelist")
        manager_client.get(url)  # warm the caches (content types, roles)
        with django_assert_max_num_queries(20):
            assert manager_client.get(url).status_code in (200, 403), name


def test_every_read_only_admin_shows_versions_read_only() -> None:
    unguarded = [
        type(model_admin).__name__
        for model_admin in admin.site._registry.values()
        if isinstance(model_admin, ReadOnlyAdmin)
        and not isinstance(model_admin, ReadOnlyVersionsMixin)
    ]
    assert unguarded == []


def test_an_old_version_of_a_read_only_record_cannot_be_saved_back(admin_client_user) -> None:
    plan = ImprovementPlanFactory(note="第一版")
    url = _version_url(plan)
    plan.note = "第二版"
    plan.save()
    response = admin_client_user.post(url, {"note": "第一版", "_change_history": "1"})
    assert response.status_code == 403
    plan.refresh_from_db()
    assert plan.note == "第二版"


def test_an_admin_form_accepts_only_related_records_in_scope(manager, rf) -> None:
    from complaints.models import Complaint

    mine = VisitFactory(destination=Department.objects.get(code="GI"))
    theirs = VisitFactory(destination=Department.objects.get(code="CARD"))
    request = rf.get("/admin/complaints/complaint/add/")
    request.user = manager
    form = admin.site._registry[Complaint].get_form(request)
    visits = form.base_fields["visit"].queryset
    assert mine in visits
    assert theirs not in visits
