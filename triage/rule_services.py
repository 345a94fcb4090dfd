"""The one write path of routing rules and settings: save, bump the revision, drop the cache."""

from typing import Any, TypeVar

from django.db import transaction
from django.db.models import F, Model

from hospital.localized import fill_traditional

from . import routing
from .models import RoutingConcept, RoutingRevision, RoutingRule, RoutingSettings
from .routing.defaults import CONCEPT_CONTENT, RULE_CONTENT, mark_shipped, still_shipped


def routing_revision_bump() -> None:
    """Tell every process (every gunicorn worker) that the rules changed."""
    RoutingRevision.objects.get_or_create(pk=1)
    # RoutingRevision keeps no history (it records no one's action): update() is fine here.
    RoutingRevision.objects.filter(pk=1).update(value=F("value") + 1)
    routing.invalidate_on_commit()


M = TypeVar("M", bound=Model)


def _saved_live(obj: M) -> M:
    """Save a rule, concept or the settings and make the change live in every process."""
    fill_traditional(obj)
    obj.save()
    routing_revision_bump()
    return obj


def _deleted_live(obj: Model) -> None:
    obj.delete()
    routing_revision_bump()


@transaction.atomic
def routing_rule_save(*, rule: RoutingRule) -> RoutingRule:
    """Save a validated rule (new or changed) and make it live."""
    return _saved_live(rule)


@transaction.atomic
def routing_rule_delete(*, rule: RoutingRule) -> None:
    _deleted_live(rule)


@transaction.atomic
def routing_concept_save(*, concept: RoutingConcept) -> RoutingConcept:
    """Save a validated concept (new or changed) and make it live in every rule naming it."""
    return _saved_live(concept)


@transaction.atomic
def routing_concept_delete(*, concept: RoutingConcept) -> None:
    _deleted_live(concept)


@transaction.atomic
def routing_settings_save(*, routing_settings: RoutingSettings) -> RoutingSettings:
    routing_settings.pk = 1
    return _saved_live(routing_settings)


def _keep(instance: Model | None, *, replace: bool, shipped: bool, fields: tuple[str, ...]) -> bool:
    """Return whether loading a file leaves an existing row as it is.

    A shipped file updates the rows that still hold what was shipped (never an administrator's
    edit); another file only adds rows; `replace` overwrites them all.
    """
    if instance is None or replace:
        return False
    return not (shipped and still_shipped(instance, fields))


def _save_loaded(obj: Any, *, shipped: bool, fields: tuple[str, ...]) -> bool:
    """Save a row loaded from a file; return False for a shipped row the file leaves as it is."""
    fill_traditional(obj)
    if shipped:
        if obj.pk is not None and still_shipped(obj, fields):
            return False  # the file holds what the row holds: no save, no history row
        mark_shipped(obj, fields)
    obj.save()
    return True


@transaction.atomic
def routing_rules_load(
    *, entries: list[dict[str, Any]], replace: bool = False, shipped: bool = False
) -> dict[str, Any]:
    """Validate every entry of a rule file, then create (or with `replace`, update) the rules.

    `shipped`: the file is the shipped rule set; rules that still hold what was shipped are
    brought up to it too. Nothing is saved when one entry is invalid: the result's "errors"
    say which and why.
    """
    from .rule_forms import RoutingRuleForm, rule_form_data

    existing = {rule.name: rule for rule in RoutingRule.objects.select_related("department")}
    forms, errors = [], []
    for position, entry in enumerate(entries, start=1):
        data = rule_form_data(entry) if isinstance(entry, dict) else {}
        instance = existing.get(data.get("name", ""))
        if _keep(instance, replace=replace, shipped=shipped, fields=RULE_CONTENT):
            continue
        form = RoutingRuleForm(data=data, instance=instance)
        if not form.is_valid():
            messages = [
                f"{field}: {' '.join(str(m) for m in msgs)}" for field, msgs in form.errors.items()
            ]
            errors.append({"entry": position, "name": data.get("name", ""), "errors": messages})
        else:
            forms.append(form)
    result: dict[str, Any] = {"created": 0, "updated": 0, "errors": errors}
    if errors:
        return result
    for form in forms:
        created = form.instance.pk is None
        if _save_loaded(form.save(commit=False), shipped=shipped, fields=RULE_CONTENT):
            result["created" if created else "updated"] += 1
    if result["created"] or result["updated"]:
        routing_revision_bump()
    return result


@transaction.atomic
def routing_concepts_load(
    *, entries: list[dict[str, Any]], replace: bool = False, shipped: bool = False
) -> dict[str, Any]:
    """Validate every concept of a lexicon file, then create (with `replace`, update) them.

    `shipped`: as for rules. Nothing is saved when one entry is invalid: the result's "errors"
    say which and why.
    """
    from .rule_forms import RoutingConceptForm

    existing = {concept.name: concept for concept in RoutingConcept.objects.all()}
    forms, errors = [], []
    for position, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            errors.append({"entry": position, "name": "", "errors": ["not an object"]})
            continue
        instance = existing.get(entry.get("name", ""))
        if _keep(instance, replace=replace, shipped=shipped, fields=CONCEPT_CONTENT):
            continue
        data = {
            "name": entry.get("name", ""),
            "kind": entry.get("kind", RoutingConcept.Kind.SYMPTOM),
            "label": entry.get("label", ""),
            "label_zh_hant": entry.get("label_zh_hant", ""),
            "label_en": entry.get("label_en", ""),
            "forms": "\n".join(entry.get("forms", [])),
            "is_active": entry.get("is_active", True),
            "note": entry.get("note", ""),
        }
        form = RoutingConceptForm(data=data, instance=instance)
        if not form.is_valid():
            messages = [
                f"{field}: {' '.join(str(m) for m in msgs)}" for field, msgs in form.errors.items()
            ]
            errors.append({"entry": position, "name": data["name"], "errors": messages})
        else:
            forms.append(form)
    result: dict[str, Any] = {"created": 0, "updated": 0, "errors": errors}
    if errors:
        return result
    for form in forms:
        created = form.instance.pk is None
        if _save_loaded(form.save(commit=False), shipped=shipped, fields=CONCEPT_CONTENT):
            result["created" if created else "updated"] += 1
    if result["created"] or result["updated"]:
        routing_revision_bump()
    return result
