"""Routing rules and settings in the admin: validated, recorded in history, live at once."""

import pytest
from django.urls import reverse

from hospital.models import Department
from triage import routing
from triage.models import RoutingRule, RoutingSettings

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("check_revision_every_call", "compile_each_rule_set_once"),
]


def rule_data(**overrides) -> dict:
    data = {
        "name": "Hiccups",
        "kind": "department",
        "department": "GI",
        "phrases": "打嗝不止\n持续打嗝",
        "requires": "",
        "unless": "",
        "urgency": "IV",
        "weight": "30",
        "min_age": "",
        "max_age": "",
        "sex": "",
        "min_temperature": "",
        "child_department": "",
        "is_active": "on",
        "note": "",
    }
    data.update(overrides)
    return data


def test_admin_adds_a_rule_that_is_live_and_has_history(
    superuser_client,
    django_capture_on_commit_callbacks,
    only_rules_active,
) -> None:
    only_rules_active()  # the shipped rules send hiccups to GI already
    assert routing.suggest("持续打嗝三天")[0].fallback
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(reverse("admin:triage_routingrule_add"), rule_data())
    assert response.status_code == 302
    rule = RoutingRule.objects.get(name="Hiccups")
    assert rule.history.count() == 1
    assert routing.suggest("持续打嗝三天")[0].department == "GI"


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"phrases": "re:(unclosed"}, "phrases", "not a valid regular expression"),
        ({"phrases": "   "}, "phrases", ""),
        ({"department": "NOPE"}, "department", "Unknown department"),
        ({"min_temperature": "50"}, "min_temperature", "between 30 and 45"),
        ({"kind": "red_flag", "urgency": "III", "department": "ER"}, "urgency", "I or II"),
        ({"min_age": "18", "max_age": "3"}, "max_age", ""),
    ],
)
def test_invalid_rule_is_refused_with_a_message(
    superuser_client, overrides, field, message
) -> None:
    response = superuser_client.post(
        reverse("admin:triage_routingrule_add"), rule_data(**overrides)
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert not RoutingRule.objects.filter(name="Hiccups").exists()


def test_settings_refuse_a_fever_threshold_outside_30_to_45(superuser_client) -> None:
    settings_row = RoutingSettings.objects.get(pk=1)
    url = reverse("admin:triage_routingsettings_change", args=[settings_row.pk])
    response = superuser_client.post(
        url,
        {"fever_threshold": "46", "child_age_limit": "14", "child_fever_department": "PED"},
    )
    assert response.status_code == 200
    assert "fever_threshold" in response.context["adminform"].form.errors
    settings_row.refresh_from_db()
    assert str(settings_row.fever_threshold) == "37.3"


def test_settings_change_is_recorded_and_live(
    superuser_client, django_capture_on_commit_callbacks
) -> None:
    settings_row = RoutingSettings.objects.get(pk=1)
    url = reverse("admin:triage_routingsettings_change", args=[settings_row.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            url,
            {"fever_threshold": "37.3", "child_age_limit": "14", "child_fever_department": "FEVER"},
        )
    assert response.status_code == 302
    assert settings_row.history.count() >= 1
    assert routing.suggest("孩子发烧", age=3, temperature=38.5)[0].department == "FEVER"


def test_supervisor_reads_rules_but_cannot_change_them(supervisor_client) -> None:
    rule = RoutingRule.objects.first()
    assert supervisor_client.get(reverse("admin:triage_routingrule_changelist")).status_code == 200
    response = supervisor_client.post(
        reverse("admin:triage_routingrule_change", args=[rule.pk]), rule_data()
    )
    assert response.status_code == 403


def test_guide_cannot_open_the_rules_admin(guide_client) -> None:
    response = guide_client.get(reverse("admin:triage_routingrule_changelist"))
    assert response.status_code == 302  # to the admin login: guides are not staff


@pytest.mark.parametrize("extra", [10, 40])
def test_rule_changelist_runs_a_constant_number_of_queries(
    superuser_client, django_assert_max_num_queries, extra: int
) -> None:
    department = Department.objects.get(code="GI")
    for number in range(extra):
        RoutingRule.objects.create(
            name=f"extra rule {number}", department=department, phrases=f"词{number}"
        )
    with django_assert_max_num_queries(12):
        response = superuser_client.get(reverse("admin:triage_routingrule_changelist") + "?all=")
    assert response.status_code == 200
