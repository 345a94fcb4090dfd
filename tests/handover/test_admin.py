import pytest
from django.urls import reverse

from tests.handover import factories

pytestmark = pytest.mark.django_db


def _rows(desk, guide, supervisor, n):
    shift = factories.ShiftFactory(desk=desk, name=f"班{n}")
    key = factories.KeyFactory(desk=desk, code=f"A{n}", copies=n)
    factories.HandoverSheetFactory.create_batch(
        n, desk=desk, shift=shift, date=factories.days_back(n), outgoing=guide, incoming=supervisor
    )
    factories.KeyLoanFactory.create_batch(n, key=key, issued_by=supervisor)


@pytest.mark.parametrize("n", [10, 40])
def test_admin_changelists_run_a_constant_number_of_queries(
    n, desk, guide, supervisor, supervisor_client, django_assert_max_num_queries
):
    _rows(desk, guide, supervisor, n)
    for model in ["handoversheet", "keyloan", "shift", "key"]:
        with django_assert_max_num_queries(20):
            response = supervisor_client.get(reverse(f"admin:handover_{model}_changelist"))
        assert response.status_code == 200, model


def test_supervisor_reads_sheets_in_the_admin_but_cannot_change_them(sheet, supervisor_client):
    url = reverse("admin:handover_handoversheet_change", args=[sheet.pk])
    response = supervisor_client.get(url)
    assert response.status_code == 200
    assert b'name="_save"' not in response.content
    assert supervisor_client.get(reverse("admin:handover_handoversheet_add")).status_code == 403


def test_guide_cannot_open_the_admin(guide_client):
    response = guide_client.get(reverse("admin:handover_handoversheet_changelist"))
    assert response.status_code == 302
