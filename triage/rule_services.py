"""The one write path of routing rules and settings: save, bump the revision, drop the cache."""

from collections.abc import Callable
from functools import partial
from typing import Any, TypeVar

from django.db import transaction
from django.db.models import F, Model
from django.forms import ModelForm

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


def _load(
    entries: list[Any],
    *,
    existing: dict[str, Any],
    form_class: Callable[..., ModelForm],
    form_data: Callable[[Any], dict[str, Any] | None],
    fields: tuple[str, ...],
    replace: bool,
    shipped: bool,
) -> dict[str, Any]:
    """Validate every entry through `form_class`, then save them all, or none if one is invalid.

    `form_data` turns an entry into the form's data (None: the entry is not an object); `existing`
    maps names to the rows a file may update.
    """
    forms, errors = [], []
    for position, entry in enumerate(entries, start=1):
        data = form_data(entry)
        if data is None:
            errors.append({"entry": position, "name": "", "errors": ["not an object"]})
            continue
        instance = existing.get(data.get("name", ""))
        if _keep(instance, replace=replace, shipped=shipped, fields=fields):
            continue
        form = form_class(data=data, instance=instance)
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
        if _save_loaded(form.save(commit=False), shipped=shipped, fields=fields):
            result["created" if created else "updated"] += 1
    if result["created"] or result["updated"]:
        routing_revision_bump()
    return result


@transaction.atomic
def routing_rules_load(
    *, entries: list[dict[str, Any]], replace: bool = False, shipped: bool = False
) -> dict[str, Any]:
    """Validate every entry of a rule file, then create (or with `replace`, update) the rules.

    `shipped`: the file is the shipped rule set; rules that still hold what was shipped are
    brought up to it too. Nothing is saved when one entry is invalid: the result's "errors"
    say which and why.
    """
    from .rule_forms import RoutingRuleForm, active_lexicon, rule_form_data

    lexicon = active_lexicon()  # read once for every entry, not once per entry and field
    return _load(
        entries,
        existing={rule.name: rule for rule in RoutingRule.objects.select_related("department")},
        form_class=partial(RoutingRuleForm, lexicon=lexicon),
        # An entry that is not an object fails the form, as an empty one does.
        form_data=lambda entry: rule_form_data(entry) if isinstance(entry, dict) else {},
        fields=RULE_CONTENT,
        replace=replace,
        shipped=shipped,
    )


def _concept_form_data(entry: Any) -> dict[str, Any] | None:
    """Return the concept form's data of a lexicon entry (None if the entry is not an object)."""
    if not isinstance(entry, dict):
        return None
    return {
        "name": entry.get("name", ""),
        "kind": entry.get("kind", RoutingConcept.Kind.SYMPTOM),
        "label": entry.get("label", ""),
        "label_zh_hant": entry.get("label_zh_hant", ""),
        "label_en": entry.get("label_en", ""),
        "forms": "\n".join(entry.get("forms", [])),
        "is_active": entry.get("is_active", True),
        "note": entry.get("note", ""),
    }


@transaction.atomic
def routing_concepts_load(
    *, entries: list[dict[str, Any]], replace: bool = False, shipped: bool = False
) -> dict[str, Any]:
    """Validate every concept of a lexicon file, then create (with `replace`, update) them.

    `shipped`: as for rules. Nothing is saved when one entry is invalid: the result's "errors"
    say which and why.
    """
    from .rule_forms import RoutingConceptForm

    return _load(
        entries,
        existing={concept.name: concept for concept in RoutingConcept.objects.all()},
        form_class=RoutingConceptForm,
        form_data=_concept_form_data,
        fields=CONCEPT_CONTENT,
        replace=replace,
        shipped=shipped,
    )
