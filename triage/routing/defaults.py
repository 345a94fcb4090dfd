"""The shipped rule set (data/rules.json), read as RuleSpecs or rows.

The row functions take the model classes a data migration hands out (historical models, typed
`Any`: they are built at migration time).
"""

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

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
    )


def default_specs() -> list[RuleSpec]:
    return [spec_from_entry(entry) for entry in read_rules()]


def row_values(entry: dict[str, Any], departments: dict[str, Any]) -> dict[str, Any]:
    """Return a RoutingRule row's field values for one entry of a rule file."""
    temperature = entry.get("min_temperature")
    return {
        "name_en": entry.get("name_en", ""),
        "kind": entry.get("kind", "department"),
        "department": departments.get(entry.get("department") or ""),
        "phrases": "\n".join(entry["phrases"]),
        "requires": "\n".join(entry.get("requires", ())),
        "unless": "\n".join(entry.get("unless", ())),
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


def upsert_rows(entries: list[dict[str, Any]], *, rule_model: Any, department_model: Any) -> None:
    """Create the shipped rules that are missing and bring the shipped ones up to this release.

    Used by data migrations with historical models (which keep no history rows).
    """
    departments = {d.code: d for d in department_model.objects.all()}
    for entry in entries:
        values = row_values(entry, departments)
        rule = rule_model.objects.filter(name=entry["name"]).first() or rule_model(
            name=entry["name"]
        )
        for field_name, value in values.items():
            setattr(rule, field_name, value)
        rule.save()


def upsert_concepts(entries: list[dict[str, Any]], *, concept_model: Any) -> None:
    """Create or update the shipped concepts (data migrations, `load_routing_rules`)."""
    for entry in entries:
        concept = concept_model.objects.filter(name=entry["name"]).first() or concept_model(
            name=entry["name"]
        )
        concept.kind = entry.get("kind", "symptom")
        concept.label = entry.get("label", "")
        concept.label_en = entry.get("label_en", "")
        concept.forms = "\n".join(entry["forms"])
        concept.note = entry.get("note", "")
        concept.save()
