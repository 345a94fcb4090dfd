"""The shipped rules and concepts: in three languages, and a release never overwrites an edit.

Every shipped row keeps a fingerprint of what was shipped; a data migration or
`load_routing_rules` brings a row up to the shipped files only while it still hashes to it. Rows
shipped before fingerprints were kept count as edited when they have history (the data
migrations write none; every save by a person or a command does). A shipped row an administrator
deleted is not created again.
"""

import copy
import random
import re
from types import SimpleNamespace
from typing import Any

import pytest
from django.db.migrations.loader import MigrationLoader
from django.test import override_settings
from django.urls import reverse

from hospital.models import Department
from tests.reception.factories import VisitFactory
from tests.triage.routing_helpers import shipped_as_stored
from triage.models import RoutingConcept, RoutingRule
from triage.routing import cache
from triage.routing.concepts import read_lexicon
from triage.routing.defaults import (
    CONCEPT_CONTENT,
    RULE_CONTENT,
    default_specs,
    read_rules,
    rule_order,
    still_shipped,
    sync_shipped_concepts,
    sync_shipped_rules,
)
from triage.rule_services import (
    routing_concept_save,
    routing_concepts_load,
    routing_rule_delete,
    routing_rule_save,
    routing_rules_load,
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("check_revision_every_call", "compile_each_rule_set_once"),
]

EDITED, UNTOUCHED, DELETED = "胃痛、反酸、烧心", "肚子疼", "失眠"


def next_release(entries: list[dict[str, Any]], *names: str) -> list[dict[str, Any]]:
    """Return the rule file of a later release that changed the rules `names`."""
    entries = copy.deepcopy(entries)
    for entry in entries:
        if entry["name"] in names:
            entry["phrases"] = [*entry["phrases"], "新版本的说法"]
            entry["weight"] = int(entry.get("weight", 10)) + 1
    return entries


def released(*names: str) -> list[dict[str, Any]]:
    """Return the entries `names` of a later release that changed them. A release is weighed
    entry by entry; the whole shipped files go through the data migrations (their test below)
    and the load command (with every rule and concept fingerprinted, the first test)."""
    return [entry for entry in next_release(read_rules(), *names) if entry["name"] in names]


def sync_rules(entries: list[dict[str, Any]], *, fingerprints: bool = True) -> dict[str, int]:
    return sync_shipped_rules(
        entries,
        rule_model=RoutingRule,
        department_model=Department,
        history_model=RoutingRule.history.model,
        fingerprints=fingerprints,
    )


def edit_rule(name: str) -> RoutingRule:
    """Edit a rule as the administrator does (through the one write path: history kept)."""
    rule = RoutingRule.objects.get(name=name)
    rule.phrases += "\n医院自己加的说法"
    rule.weight = 33
    return routing_rule_save(rule=rule)


def test_every_shipped_rule_and_concept_is_in_three_languages_and_fingerprinted() -> None:
    rules = {rule.name: rule for rule in RoutingRule.objects.select_related("department")}
    for entry in read_rules():
        rule = rules[entry["name"]]
        assert rule.name_en and rule.name_zh_hant, entry["name"]
        assert still_shipped(rule, RULE_CONTENT), entry["name"]
    concepts = {concept.name: concept for concept in RoutingConcept.objects.all()}
    for entry in read_lexicon()["concepts"]:
        concept = concepts[entry["name"]]
        assert concept.label and concept.label_en and concept.label_zh_hant, entry["name"]
        assert still_shipped(concept, CONCEPT_CONTENT), entry["name"]
    # Taiwan usage (s2twp), not only Traditional characters.
    assert rules["失眠"].name_zh_hant == "失眠"
    assert concepts["sedative"].label_zh_hant == "安眠藥、鎮靜藥"


def test_a_release_updates_untouched_rules_and_keeps_an_administrators_edit() -> None:
    edit_rule(EDITED)
    counts = sync_rules(released(EDITED, UNTOUCHED))
    edited = RoutingRule.objects.get(name=EDITED)
    assert edited.weight == 33 and "医院自己加的说法" in edited.phrases
    assert "新版本的说法" not in edited.phrases
    untouched = RoutingRule.objects.get(name=UNTOUCHED)
    assert "新版本的说法" in untouched.phrases
    assert still_shipped(untouched, RULE_CONTENT)
    assert counts["kept"] == 1 and counts["created"] == 0


def test_a_shipped_rule_the_administrator_deleted_is_not_created_again() -> None:
    routing_rule_delete(rule=RoutingRule.objects.get(name=DELETED))
    sync_rules(released(DELETED))
    assert not RoutingRule.objects.filter(name=DELETED).exists()


def test_before_fingerprints_a_rule_with_history_counts_as_edited() -> None:
    """The migrations that ran before the fingerprint field read history instead."""
    edit_rule(EDITED)
    RoutingRule.objects.filter(name__in=[EDITED, UNTOUCHED]).update(shipped_fingerprint="")
    sync_rules(released(EDITED, UNTOUCHED), fingerprints=False)
    assert "新版本的说法" not in RoutingRule.objects.get(name=EDITED).phrases
    assert "新版本的说法" in RoutingRule.objects.get(name=UNTOUCHED).phrases


def test_a_release_updates_untouched_concepts_and_keeps_an_edited_one() -> None:
    concept = RoutingConcept.objects.get(name="sedative")
    concept.forms += "\n本院常见的安眠药名"
    routing_concept_save(concept=concept)
    entries = copy.deepcopy(read_lexicon()["concepts"])
    for entry in entries:
        if entry["name"] in ("sedative", "alcohol"):
            entry["forms"] = [*entry["forms"], "新版本的说法"]
    sync_shipped_concepts(
        entries, concept_model=RoutingConcept, history_model=RoutingConcept.history.model
    )
    assert "新版本的说法" not in RoutingConcept.objects.get(name="sedative").forms
    assert "本院常见的安眠药名" in RoutingConcept.objects.get(name="sedative").forms
    assert "新版本的说法" in RoutingConcept.objects.get(name="alcohol").forms


def test_a_concept_of_a_kind_its_migration_does_not_know_waits_for_the_one_that_does() -> None:
    """Every data migration syncs the shipped lexicon as it is today: one that ran before a kind
    was added (its model's choices, its check constraint) leaves that kind's concepts to later."""
    before = MigrationLoader(None, ignore_no_migrations=True).project_state(
        ("triage", "0146_routing_red_flags_not_cancelled_by_common_words")
    )
    old_model = before.apps.get_model("triage", "RoutingConcept")
    entry = {"name": "lasting_test", "kind": "lasting", "label": "测试", "forms": ["测试的状态"]}
    result = sync_shipped_concepts(
        [entry], concept_model=old_model, history_model=RoutingConcept.history.model
    )
    assert result["created"] == 0 and not RoutingConcept.objects.filter(name="lasting_test")
    sync_shipped_concepts(
        [entry], concept_model=RoutingConcept, history_model=RoutingConcept.history.model
    )
    assert RoutingConcept.objects.get(name="lasting_test").kind == "lasting"


def test_loading_the_shipped_file_updates_untouched_rules_only() -> None:
    """Each entry of a release is weighed on its own: the edited rule is kept, the untouched one
    brought up to the release, and one the release leaves as it was (a rule of each kind) is not
    saved again. The whole shipped file goes through the load command below."""
    edit_rule(EDITED)
    release = next_release(read_rules(), EDITED, UNTOUCHED)
    same = [
        next(
            entry["name"]
            for entry in release
            if entry.get("kind", "department") == kind and entry["name"] not in (EDITED, UNTOUCHED)
        )
        for kind in ("department", "red_flag", "fever", "child")
    ]
    entries = [entry for entry in release if entry["name"] in {EDITED, UNTOUCHED, *same}]
    result = routing_rules_load(entries=entries, shipped=True)
    assert result["errors"] == [] and result["updated"] == 1 and result["created"] == 0
    assert "新版本的说法" not in RoutingRule.objects.get(name=EDITED).phrases
    untouched = RoutingRule.objects.get(name=UNTOUCHED)
    assert "新版本的说法" in untouched.phrases and still_shipped(untouched, RULE_CONTENT)
    # Every save of the load is in the history, and only those.
    assert untouched.history.count() == 1
    assert not RoutingRule.history.filter(name__in=same).exists()


def test_loading_another_file_only_adds_rules() -> None:
    result = routing_rules_load(entries=next_release(read_rules(), UNTOUCHED))
    assert result["updated"] == 0
    assert "新版本的说法" not in RoutingRule.objects.get(name=UNTOUCHED).phrases


def test_loading_the_shipped_lexicon_keeps_an_edited_concept() -> None:
    concept = RoutingConcept.objects.get(name="alcohol")
    concept.label_en = "drinks"
    routing_concept_save(concept=concept)
    # The edited concept and a few untouched ones: each entry is weighed on its own.
    concepts = copy.deepcopy(read_lexicon()["concepts"])
    entries = [entry for entry in concepts if entry["name"] == "alcohol"]
    entries += [entry for entry in concepts[:5] if entry["name"] != "alcohol"]
    for entry in entries:
        entry["forms"] = [*entry["forms"], "新版本的说法"]
    result = routing_concepts_load(entries=entries, shipped=True)
    assert result["errors"] == [] and result["updated"] == len(entries) - 1
    assert RoutingConcept.objects.get(name="alcohol").label_en == "drinks"


def test_no_shipped_rule_says_a_word_twice_and_no_concept_a_form_twice() -> None:
    """The admin's forms keep one of each line; the shipped files are loaded by the data
    migrations without them, so they must hold one of each already."""
    repeated = [
        (entry["name"], field, word)
        for entry in read_rules()
        for field in ("phrases", "requires", "unless")
        for word in set(entry.get(field) or ())
        if entry[field].count(word) > 1
    ]
    repeated += [
        (concept["name"], "forms", form)
        for concept in read_lexicon()["concepts"]
        for form in set(concept["forms"])
        if concept["forms"].count(form) > 1
    ]
    assert repeated == []


def test_load_command_validates_every_shipped_entry_and_reports_created_and_updated(
    capsys, monkeypatch
) -> None:
    """The command (the shipped files by default) puts every shipped concept and rule through
    the admin's forms, and each passes; the database holds them already, so nothing is created
    or updated."""
    from django.core.management import call_command

    from triage.rule_forms import RoutingConceptForm, RoutingRuleForm

    validated: dict[type, dict[str, Any]] = {RoutingConceptForm: {}, RoutingRuleForm: {}}

    def recorded(form_class: type) -> Any:
        is_valid = form_class.is_valid

        def check(form: Any) -> bool:
            valid = is_valid(form)
            validated[form_class][form.data["name"]] = valid or form.errors
            return valid

        return check

    for form_class in validated:
        monkeypatch.setattr(form_class, "is_valid", recorded(form_class))
    call_command("load_routing_rules")
    out = capsys.readouterr().out
    assert validated[RoutingRuleForm] == {entry["name"]: True for entry in read_rules()}
    concepts = read_lexicon()["concepts"]
    assert validated[RoutingConceptForm] == {entry["name"]: True for entry in concepts}
    # Everything holds what was shipped already: nothing to create or update.
    assert "0 rule(s) created, 0 updated" in out and "0 concept(s) created, 0 updated" in out


def test_the_traditional_name_is_filled_when_saved_and_stays_editable() -> None:
    rule = RoutingRule.objects.get(name=UNTOUCHED)
    rule.name_zh_hant = ""
    routing_rule_save(rule=rule)
    assert RoutingRule.objects.get(pk=rule.pk).name_zh_hant == "肚子疼"
    rule.name_zh_hant = "肚子痛（港）"
    routing_rule_save(rule=rule)
    assert RoutingRule.objects.get(pk=rule.pk).name_zh_hant == "肚子痛（港）"


# --- the routing screen shows the reasons in the reader's language -------------------------------


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", "胃痛、反酸、烧心"),
        ("zh-hant", "胃痛、胃酸逆流、火燒心"),  # as edited in the admin
        ("en", "Stomach pain, acid, heartburn"),
    ],
)
def test_the_routing_screen_shows_rule_reasons_in_each_language(
    desk,
    guide,
    guide_client,
    language,
    expected,
    only_rules_active,
) -> None:
    only_rules_active(name="胃痛、反酸、烧心")  # the reason shown; no engine of every rule to build
    rule = RoutingRule.objects.get(name="胃痛、反酸、烧心")
    rule.name_zh_hant = "胃痛、胃酸逆流、火燒心"
    routing_rule_save(rule=rule)
    guide_client.cookies["django_language"] = language
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="胃痛，反酸，烧心")
    html = guide_client.get(reverse("triage:route", args=[visit.pk])).content.decode()
    assert re.search(rf"{re.escape(expected)}\s*—", html), language


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", "安眠药、镇静药 + 过量"),
        ("zh-hant", "安眠藥、鎮靜藥 + 過量"),
        ("en", "sleeping pills or sedatives + a large amount"),
    ],
)
def test_the_routing_screen_shows_concept_labels_in_each_language(
    desk, guide, guide_client, language, expected
) -> None:
    guide_client.cookies["django_language"] = language
    visit = VisitFactory(desk=desk, logged_by=guide, chief_complaint="刚吃了一整瓶安眠药")
    html = guide_client.get(reverse("triage:route", args=[visit.pk])).content.decode()
    alert = html[html.index('id="emergency-alert"') : html.index('id="escalate-now"')]
    assert expected in alert, language


class _Registry:
    """The real models where a data migration asks its registry (their history is the same)."""

    models = {
        ("triage", "RoutingRule"): RoutingRule,
        ("triage", "HistoricalRoutingRule"): RoutingRule.history.model,
        ("triage", "RoutingConcept"): RoutingConcept,
        ("triage", "HistoricalRoutingConcept"): RoutingConcept.history.model,
        ("hospital", "Department"): Department,
    }

    def get_model(self, app: str, name: str) -> Any:
        return self.models[app, name]


@pytest.mark.parametrize(
    "migration",
    [
        "0008_shipped_concepts_and_rules",
        "0010_routing_concepts_for_consultation_stories",
        "0012_shipped_rules_kept_as_edited",
        # The step every later data migration imports.
        "_shipped",
    ],
)
def test_the_shipped_data_migrations_keep_an_administrators_edit(migration: str) -> None:
    import importlib

    edit_rule(EDITED)
    concept = RoutingConcept.objects.get(name="sedative")
    concept.label_en = "sleeping tablets (as the hospital says it)"
    routing_concept_save(concept=concept)
    # A data migration's historical models write no history; neither do the real ones here (a
    # history row for each of the ~960 rows it saves was a third of the test's work). Which rows
    # count as edited is read from the history before the first save.
    with override_settings(SIMPLE_HISTORY_ENABLED=False):
        importlib.import_module(f"triage.migrations.{migration}").load(_Registry(), None)
    rule = RoutingRule.objects.get(name=EDITED)
    assert rule.weight == 33 and "医院自己加的说法" in rule.phrases
    assert RoutingConcept.objects.get(name="sedative").label_en.endswith(
        "(as the hospital says it)"
    )


def test_the_files_engine_and_the_databases_list_the_rules_alike() -> None:
    # The rules' order is the last tie-break between two departments: an engine of the shipped
    # files (the tests', the benchmark's) must break a tie as the app's engine of the database.
    database = [rule.spec for rule in cache.build_engine().rules]
    assert [s.name for s in database] == [s.name for s in default_specs()]
    assert database == sorted(database, key=rule_order)


def test_the_database_holds_the_shipped_files_as_they_are(monkeypatch) -> None:
    """The app's engine compiles from exactly what the shipped files say (the Traditional names
    filled in as saving fills them): what the gates test on the files is what the desk routes
    with, and the tests' shipped engine serves the routing of the database too."""
    compiled_from: list[tuple] = []
    monkeypatch.setattr(
        cache, "Engine", SimpleNamespace(build=lambda *args: compiled_from.append(args))
    )
    cache.build_engine()
    [(rules, config, lexicon)] = compiled_from
    shipped_rules, shipped_config, shipped_lexicon = shipped_as_stored()
    assert [rule for rule in rules if rule not in shipped_rules] == []
    assert rules == shipped_rules
    assert repr(config) == repr(shipped_config)
    assert lexicon == shipped_lexicon and list(lexicon) == list(shipped_lexicon)


def test_a_tie_falls_the_same_way_whatever_order_the_rules_come_in() -> None:
    specs = default_specs()
    shuffled = copy.copy(specs)
    random.Random(7).shuffle(shuffled)
    assert [s.name for s in sorted(shuffled, key=rule_order)] == [s.name for s in specs]
