"""The shipped rule set (data/rules.json), read as RuleSpecs or rows.

The row functions take the model classes a data migration hands out (historical models, typed
`Any`: they are built at migration time).
"""

import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from hospital.traditional import to_traditional

from .engine import RuleSpec

DEFAULT_RULES = Path(__file__).resolve().parent / "data" / "rules.json"


def read_rules(path: Path | str = DEFAULT_RULES) -> list[dict[str, Any]]:
    """Return the rule entries of a rule file (a JSON object with a "rules" list)."""
    with Path(path).open(encoding="utf-8") as handle:
        data = json.load(handle)
    rules = data["rules"] if isinstance(data, dict) else data
    if not isinstance(rules, list):
        raise ValueError('A rule file holds a JSON object with a list under "rules".')
    return rules


def spec_from_entry(entry: dict[str, Any]) -> RuleSpec:
    """Return the engine's view of one entry of a rule file."""
    temperature = entry.get("min_temperature")
    return RuleSpec(
        name=entry["name"],
        kind=entry.get("kind", "department"),
        department=entry.get("department"),
        phrases=tuple(entry["phrases"]),
        requires=tuple(entry.get("requires", ())),
        unless=tuple(entry.get("unless", ())),
        urgency=entry.get("urgency", "IV"),
        weight=int(entry.get("weight", 10)),
        min_age=entry.get("min_age"),
        max_age=entry.get("max_age"),
        sex=entry.get("sex", ""),
        min_temperature=Decimal(str(temperature)) if temperature is not None else None,
        child_department=entry.get("child_department"),
        name_en=entry.get("name_en", ""),
        name_zh_hant=entry.get("name_zh_hant", ""),
    )


def rule_order(spec: RuleSpec) -> tuple[str, str, str]:
    """Return where a rule stands in every engine's list: by kind, department and name, as the
    rules list sorts them. The rules' order is the last tie-break between two departments
    (`rank.Tally.order`), so an engine of the shipped files and one of the database list them
    alike and break a tie the same way."""
    return (spec.kind, spec.department or "", spec.name)


def default_specs() -> list[RuleSpec]:
    """Return the shipped rules as the engine sees them, in `rule_order`."""
    return sorted((spec_from_entry(entry) for entry in read_rules()), key=rule_order)


def lines(values: Any) -> str:
    """Return a list of a file as one line each, stripped, first occurrences only (as the forms
    store them, so that a row loaded by a migration and by the form hold the same text)."""
    return "\n".join(dict.fromkeys(value.strip() for value in values if value.strip()))


def row_values(entry: dict[str, Any], departments: dict[str, Any]) -> dict[str, Any]:
    """Return a RoutingRule row's field values for one entry of a rule file."""
    temperature = entry.get("min_temperature")
    return {
        "name_en": entry.get("name_en", ""),
        "kind": entry.get("kind", "department"),
        "department": departments.get(entry.get("department") or ""),
        "phrases": lines(entry["phrases"]),
        "requires": lines(entry.get("requires", ())),
        "unless": lines(entry.get("unless", ())),
        "urgency": entry.get("urgency", "IV"),
        "weight": int(entry.get("weight", 10)),
        "min_age": entry.get("min_age"),
        "max_age": entry.get("max_age"),
        "sex": entry.get("sex", ""),
        "min_temperature": Decimal(str(temperature)) if temperature is not None else None,
        "child_department": departments.get(entry.get("child_department") or ""),
        "note": entry.get("note", ""),
    }


def load_rows(
    entries: list[dict[str, Any]],
    *,
    rule_model: Any,
    department_model: Any,
    with_english_name: bool = True,
) -> int:
    """Create the rules of `entries` that are missing (by name); return how many.

    Used by the data migrations with historical models (the first one runs before `name_en`
    exists, so it passes `with_english_name=False`); `load_routing_rules` goes through the form
    and the service instead, so that an admin's rule file is validated and recorded.
    """
    departments = {d.code: d for d in department_model.objects.all()}
    existing = set(rule_model.objects.values_list("name", flat=True))
    created = 0
    for entry in entries:
        if entry["name"] in existing:
            continue
        values = row_values(entry, departments)
        if not with_english_name:
            del values["name_en"]
        # One save() per row: RoutingRule keeps history, and bulk_create would bypass it.
        rule_model(name=entry["name"], **values).save()
        created += 1
    return created


def name_rows(entries: list[dict[str, Any]], *, rule_model: Any) -> None:
    """Give shipped rules their Chinese name and English name (the first set had English only)."""
    for entry in entries:
        english = entry.get("name_en", "")
        for rule in rule_model.objects.filter(name__in=[entry["name"], english]):
            if rule.name == english and rule_model.objects.filter(name=entry["name"]).exists():
                continue
            rule.name = entry["name"]
            rule.name_en = rule.name_en or english
            rule.save()


# What a shipped row holds, hashed: a release updates the row only while it still hashes to the
# fingerprint stored when it was loaded (nobody edited it since).
RULE_CONTENT = (
    "name_zh_hant",
    "name_en",
    "kind",
    "department",
    "phrases",
    "requires",
    "unless",
    "urgency",
    "weight",
    "min_age",
    "max_age",
    "sex",
    "min_temperature",
    "child_department",
    "is_active",
    "note",
)
CONCEPT_CONTENT = ("kind", "label", "label_zh_hant", "label_en", "forms", "is_active", "note")


def _plain(value: Any) -> Any:
    """Return a field value as the fingerprint reads it (a department by its code)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal | float):
        return f"{Decimal(str(value)):.1f}"
    return getattr(value, "code", str(value))


def fingerprint(row: Any, fields: tuple[str, ...]) -> str:
    """Return the hash of what `row` holds in `fields` (a model instance, saved or not)."""
    content = {field: _plain(getattr(row, field, None)) for field in fields}
    encoded = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def still_shipped(row: Any, fields: tuple[str, ...]) -> bool:
    """Return whether a row holds exactly what was shipped (no one edited it since)."""
    return bool(row.shipped_fingerprint) and row.shipped_fingerprint == fingerprint(row, fields)


def mark_shipped(row: Any, fields: tuple[str, ...]) -> None:
    """Record that `row` holds what was shipped, as it holds it now."""
    row.shipped_fingerprint = fingerprint(row, fields)


class _Shipped:
    """Which existing rows a data migration may bring up to the shipped file.

    With fingerprints (the models have `shipped_fingerprint`): the rows that still hash to it.
    Before them: the rows nobody touched, i.e. without history (a data migration's historical
    models keep none; every save by a person or a command does). A shipped row that a person
    deleted is not created again.
    """

    def __init__(self, history_model: Any, fields: tuple[str, ...] | None) -> None:
        self.fields = fields
        self.touched = set(history_model.objects.values_list("id", flat=True))
        self.deleted = set(
            history_model.objects.filter(history_type="-").values_list("name", flat=True)
        )

    def may_create(self, name: str) -> bool:
        return name not in self.deleted

    def may_update(self, row: Any) -> bool:
        if self.fields is not None:
            return still_shipped(row, self.fields)
        return row.pk not in self.touched

    def saved(self, row: Any, name_field: str) -> None:
        if self.fields is not None:
            translated = getattr(row, name_field, "")
            if translated and not getattr(row, f"{name_field}_zh_hant", ""):
                setattr(row, f"{name_field}_zh_hant", to_traditional(translated))
            mark_shipped(row, self.fields)
        row.save()


def sync_shipped_rules(
    entries: list[dict[str, Any]],
    *,
    rule_model: Any,
    department_model: Any,
    history_model: Any,
    fingerprints: bool = True,
) -> dict[str, int]:
    """Create the shipped rules that are missing and update those nobody edited.

    A rule an administrator edited (or deleted) is kept as they left it. Used by data migrations
    with historical models; `fingerprints=False` for those that ran before the fingerprint field.
    """
    departments = {d.code: d for d in department_model.objects.all()}
    return _sync(
        entries,
        rows=rule_model.objects.select_related("department"),
        new_row=rule_model,
        values=lambda entry: row_values(entry, departments),
        shipped=_Shipped(history_model, RULE_CONTENT if fingerprints else None),
        translated="name",
    )


def sync_shipped_concepts(
    entries: list[dict[str, Any]],
    *,
    concept_model: Any,
    history_model: Any,
    fingerprints: bool = True,
) -> dict[str, int]:
    """Create the shipped concepts that are missing and update those nobody edited.

    A concept of a kind the migration's model does not know yet (a kind added later, e.g.
    "lasting") waits for the migration that knows it: an older data migration syncs the shipped
    file as it is today, and the kind's check constraint would refuse the row.
    """
    kinds = {value for value, _label in concept_model._meta.get_field("kind").choices}
    return _sync(
        [entry for entry in entries if entry.get("kind", "symptom") in kinds],
        rows=concept_model.objects.all(),
        new_row=concept_model,
        values=concept_values,
        shipped=_Shipped(history_model, CONCEPT_CONTENT if fingerprints else None),
        translated="label",
    )


def sync_shipped_files(models: Callable[[str, str], Any], *, fingerprints: bool = True) -> None:
    """Bring a data migration's database up to the shipped lexicon and rules (concepts first:
    the rules name them). `models(app, name)` returns the migration's historical model."""
    from .concepts import read_lexicon

    sync_shipped_concepts(
        read_lexicon()["concepts"],
        concept_model=models("triage", "RoutingConcept"),
        history_model=models("triage", "HistoricalRoutingConcept"),
        fingerprints=fingerprints,
    )
    sync_shipped_rules(
        read_rules(),
        rule_model=models("triage", "RoutingRule"),
        department_model=models("hospital", "Department"),
        history_model=models("triage", "HistoricalRoutingRule"),
        fingerprints=fingerprints,
    )


def _sync(
    entries: list[dict[str, Any]],
    *,
    rows: Any,
    new_row: Any,
    values: Callable[[dict[str, Any]], dict[str, Any]],
    shipped: _Shipped,
    translated: str,
) -> dict[str, int]:
    existing = {row.name: row for row in rows}
    counts = {"created": 0, "updated": 0, "kept": 0}
    for entry in entries:
        row = existing.get(entry["name"])
        if not (shipped.may_create(entry["name"]) if row is None else shipped.may_update(row)):
            counts["kept"] += 1
            continue
        counts["created" if row is None else "updated"] += 1
        row = row or new_row(name=entry["name"])
        for field_name, value in values(entry).items():
            setattr(row, field_name, value)
        if shipped.fields is not None:
            setattr(row, f"{translated}_zh_hant", entry.get(f"{translated}_zh_hant", ""))
        shipped.saved(row, translated)
    return counts


def concept_values(entry: dict[str, Any]) -> dict[str, Any]:
    """Return a RoutingConcept row's field values for one entry of the lexicon."""
    return {
        "kind": entry.get("kind", "symptom"),
        "label": entry.get("label", ""),
        "label_en": entry.get("label_en", ""),
        "forms": lines(entry["forms"]),
        "note": entry.get("note", ""),
    }


def mark_untouched_as_shipped(*, model: Any, history_model: Any, fields: tuple[str, ...]) -> int:
    """Give the rows nobody touched their fingerprint (the release that starts keeping them)."""
    touched = set(history_model.objects.values_list("id", flat=True))
    marked = 0
    for row in model.objects.filter(shipped_fingerprint="").exclude(pk__in=touched):
        mark_shipped(row, fields)
        row.save(update_fields=["shipped_fingerprint"])
        marked += 1
    return marked
