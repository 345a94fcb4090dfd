"""Concepts are data the administrator edits; guides' overrides teach which rule to fix; a rule
edit can be replayed against past decisions before it meets visitors."""

import io
import re
from dataclasses import asdict

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from hospital.models import Department
from tests.triage.factories import TriageDecisionFactory
from triage import routing
from triage.models import RoutingConcept, RoutingRule
from triage.routing.reports import mask_complaint

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("check_revision_every_call", "compile_each_rule_set_once"),
]


def offered(text: str) -> list[dict]:
    return [
        {**asdict(s), "reasons": [{**asdict(r), "matched": list(r.matched)} for r in s.reasons]}
        for s in routing.suggest(text)
    ]


def concept_data(**overrides) -> dict:
    data = {
        "name": "hiccup",
        "kind": "symptom",
        "label": "打嗝",
        "label_en": "hiccups",
        "forms": "打嗝\n打嗝儿\nhiccups",
        "is_active": "on",
        "note": "",
    }
    data.update(overrides)
    return data


def test_shipped_concepts_are_loaded_with_the_rules() -> None:
    assert RoutingConcept.objects.filter(name="sedative", kind="substance").exists()
    assert "@sedative" in RoutingRule.objects.get(name="过量服药（药物与过量或自伤）").phrases


def test_a_new_form_of_a_concept_serves_every_rule_that_names_it(
    superuser_client,
    django_capture_on_commit_callbacks,
    only_rules_active,
) -> None:
    only_rules_active(phrases__contains="@sedative")
    assert RoutingRule.objects.active().count() > 1
    assert not routing.suggest("吞了半瓶眠尔通")[0].emergency
    concept = RoutingConcept.objects.get(name="sedative")
    data = concept_data(
        name="sedative",
        kind="substance",
        label=concept.label,
        label_en=concept.label_en,
        forms=concept.forms + "\n眠尔通",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            reverse("admin:triage_routingconcept_change", args=[concept.pk]), data
        )
    assert response.status_code == 302
    assert concept.history.count() == 1
    assert routing.suggest("吞了半瓶眠尔通")[0].emergency


def test_admin_adds_a_concept_and_a_rule_naming_it(
    superuser_client,
    django_capture_on_commit_callbacks,
    only_rules_active,
) -> None:
    only_rules_active()  # the shipped rules send hiccups to GI already
    assert routing.suggest("打嗝儿停不下来")[0].fallback
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            superuser_client.post(reverse("admin:triage_routingconcept_add"), concept_data())
        ).status_code == 302
        RoutingRule.objects.create(
            name="Hiccups",
            department=Department.objects.get(code="GI"),
            phrases="@hiccup",
            weight=30,
        )
        routing.invalidate()
    assert routing.suggest("打嗝儿停不下来")[0].department == "GI"


def test_a_rule_naming_an_unknown_concept_is_refused(superuser_client) -> None:
    from tests.triage.test_rules_admin import rule_data

    response = superuser_client.post(
        reverse("admin:triage_routingrule_add"), rule_data(phrases="@no_such_concept")
    )
    assert response.status_code == 200
    assert "@no_such_concept" in response.content.decode()
    assert not RoutingRule.objects.filter(name="Hiccups").exists()


def test_a_concept_form_with_punctuation_is_refused(superuser_client) -> None:
    response = superuser_client.post(
        reverse("admin:triage_routingconcept_add"), concept_data(forms="打嗝，不停")
    )
    assert response.status_code == 200
    assert "without punctuation" in response.content.decode()
    assert not RoutingConcept.objects.filter(name="hiccup").exists()


def test_complaints_in_the_report_are_masked() -> None:
    assert mask_complaint("我电话13912345678，胃痛") == "我电话****，胃痛"
    assert len(mask_complaint("胃" * 200)) == 60


def overridden_decision(text: str, chosen: str, **visit) -> None:
    TriageDecisionFactory(
        visit__chief_complaint=text,
        department=Department.objects.get(code=chosen),
        suggestions=offered(text),
        overridden=True,
        **{f"visit__{key}": value for key, value in visit.items()},
    )


def test_override_report_names_rules_concepts_choices_and_masked_examples(
    superuser_client,
) -> None:
    # Two guides, one working in Simplified Chinese and one in English: the suggestions store
    # the rule's name in each one's language, and the report names the rule once, in the
    # reader's (English here).
    with translation.override("zh-hans"):
        overridden_decision("腰疼得厉害，电话13912345678", "URO")
    with translation.override("en"):
        overridden_decision("腰疼两天", "URO")
    response = superuser_client.get(reverse("admin:triage_routingrule_overrides"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Back, neck and joint pain" in page and "URO (2)" in page and "ORTHO (2)" in page
    assert "腰背颈肩关节痛" not in page and "ORTHO (1)" not in page
    assert "pain or discomfort" in page or "疼痛" in page  # a concept row
    assert "****" in page and "13912345678" not in page


def test_override_report_runs_a_constant_number_of_queries(
    superuser_client, django_assert_max_num_queries
) -> None:
    overridden_decision("腰疼两天", "URO")
    with django_assert_max_num_queries(12):
        superuser_client.get(reverse("admin:triage_routingrule_overrides"))
    for _ in range(5):
        overridden_decision("牙疼", "ENT")
    with django_assert_max_num_queries(12):
        superuser_client.get(reverse("admin:triage_routingrule_overrides"))


def test_rule_list_links_to_the_override_report(superuser_client) -> None:
    page = superuser_client.get(reverse("admin:triage_routingrule_changelist")).content.decode()
    assert reverse("admin:triage_routingrule_overrides") in page


def test_guide_cannot_open_the_override_report(guide_client) -> None:
    response = guide_client.get(reverse("admin:triage_routingrule_overrides"))
    assert response.status_code in (302, 403)


def test_replay_counts_the_suggestions_a_rule_edit_would_change(
    django_capture_on_commit_callbacks,
    only_rules_active,
) -> None:
    only_rules_active(department__code__in=["GI", "DENT"])
    for _ in range(2):
        overridden_decision("呃逆不止", "GI")
    TriageDecisionFactory(
        visit__chief_complaint="牙疼",
        department=Department.objects.get(code="DENT"),
        suggestions=offered("牙疼"),
    )
    out = io.StringIO()
    call_command("replay_routing", "--last", "10", stdout=out)
    assert out.getvalue().startswith("3 decision(s) replayed: 0 suggestion(s) would change")
    RoutingRule.objects.create(
        name="Hiccups", department=Department.objects.get(code="GI"), phrases="呃逆", weight=30
    )
    routing.invalidate()
    out = io.StringIO()
    call_command("replay_routing", "--last", "10", stdout=out)
    assert "2 suggestion(s) would change; 2 of them would now match" in out.getvalue()
    assert "Emergencies: 0 gained, 0 lost." in out.getvalue()
    assert re.search(
        r"Speed: CPU per suggestion p50 [0-9.]+ ms, p95 [0-9.]+ ms \(3 calls", out.getvalue()
    )
