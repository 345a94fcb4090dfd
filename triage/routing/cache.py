"""Suggest where a visitor should go, and how urgently, from what they say.

The contract every caller relies on (the walk-in flow, the routing screen, the command line):
`suggest(text, *, age=None, sex=None, temperature=None) -> list[Suggestion]`, best first.
An empty list means there was nothing to go on (no text and no temperature). When nothing
matches, the list holds the fallbacks (general practice, patient services) with `fallback=True`.
A temperature outside 30–45 °C raises `InvalidTemperature` (a ValueError).

The rules live in the database (RoutingRule, RoutingSettings, edited in the admin). Each process
compiles them once into an `Engine` and keeps it; a change made in this process drops it at
once, and a change made by another process (another gunicorn worker) is noticed by reading the
one-row RoutingRevision counter, at most every `ROUTING_REVISION_CHECK_SECONDS` (default 2).
"""

import threading
import time
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction

from .concepts import Concept
from .defaults import rule_order
from .engine import (
    Config,
    Engine,
    RuleSpec,
    Suggestion,
)

if TYPE_CHECKING:
    # The models import this package's forms; the functions import the models when called.
    from triage.models import RoutingConcept, RoutingRule, RoutingSettings

FALLBACK_DEPARTMENTS = ("GP", "CS")

_lock = threading.Lock()


class _Cache:
    """This process's engine, the revision it was built at and when that was last checked."""

    engine: Engine | None = None
    revision: int | None = None
    checked_at: float = 0.0


_cache = _Cache()


def suggest(
    text: str,
    *,
    age: int | None = None,
    sex: str | None = None,
    temperature: float | Decimal | None = None,
) -> list[Suggestion]:
    """Return ranked department suggestions for a chief complaint, best first."""
    return current_engine().suggest(text, age=age, sex=sex, temperature=temperature)


def current_engine() -> Engine:
    """Return this process's compiled engine, rebuilt when the rules changed."""
    now = time.monotonic()
    engine = _cache.engine
    interval = float(getattr(settings, "ROUTING_REVISION_CHECK_SECONDS", 2.0))
    if engine is not None and now - _cache.checked_at < interval:
        return engine
    revision = _read_revision()
    with _lock:
        if _cache.engine is None or _cache.revision != revision:
            _cache.engine = build_engine()
            _cache.revision = revision
        _cache.checked_at = now
        return _cache.engine


def invalidate() -> None:
    """Drop this process's engine (other processes notice the revision)."""
    with _lock:
        _cache.engine = None
        _cache.revision = None
        _cache.checked_at = 0.0


def invalidate_on_commit() -> None:
    transaction.on_commit(invalidate)


def _read_revision() -> int:
    from triage.models import RoutingRevision

    return RoutingRevision.objects.filter(pk=1).values_list("value", flat=True).first() or 0


def build_engine() -> Engine:
    """Compile the active rules and concepts of the database with the hospital's settings."""
    from hospital.models import Department
    from triage.models import RoutingConcept, RoutingRule, RoutingSettings

    active = set(Department.objects.active().values_list("code", flat=True))
    rules = sorted(
        (
            spec
            for spec in (
                rule_spec(rule)
                for rule in RoutingRule.objects.active().select_related(
                    "department", "child_department"
                )
            )
            if spec.department is None or spec.department in active
        ),
        key=rule_order,
    )
    lexicon = {concept.name: concept_spec(concept) for concept in RoutingConcept.objects.active()}
    return Engine.build(rules, config_from(RoutingSettings.current()), lexicon)


def concept_spec(concept: "RoutingConcept") -> Concept:
    """Return the engine's view of a RoutingConcept row."""
    return Concept(
        name=concept.name,
        kind=concept.kind,
        forms=split_lines(concept.forms),
        label=concept.label,
        label_en=concept.label_en,
        label_zh_hant=concept.label_zh_hant,
    )


def config_from(routing_settings: "RoutingSettings") -> Config:
    return Config(
        fever_threshold=Decimal(routing_settings.fever_threshold),
        child_age_limit=routing_settings.child_age_limit,
        child_fever_department=routing_settings.child_fever_department,
    )


def split_lines(value: str) -> tuple[str, ...]:
    """Return the non-empty lines of a phrase field."""
    return tuple(line.strip() for line in (value or "").splitlines() if line.strip())


def rule_spec(rule: "RoutingRule") -> RuleSpec:
    """Return the engine's view of a RoutingRule row."""
    return RuleSpec(
        name=rule.name,
        kind=rule.kind,
        department=rule.department.code if rule.department else None,
        phrases=split_lines(rule.phrases),
        requires=split_lines(rule.requires),
        unless=split_lines(rule.unless),
        urgency=rule.urgency,
        weight=rule.weight,
        min_age=rule.min_age,
        max_age=rule.max_age,
        sex=rule.sex,
        min_temperature=rule.min_temperature,
        child_department=rule.child_department.code if rule.child_department else None,
        name_en=rule.name_en,
        name_zh_hant=rule.name_zh_hant,
    )
