"""The guides teach the rules: which rules and concepts guides overrode, and where they sent people."""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Digits that could identify someone (phone, ID, record numbers) never reach the report.
_IDENTIFYING = re.compile(r"\d[\d\s-]{3,}\d|[\w.+-]+@[\w-]+\.[\w.]+")
EXAMPLE_LENGTH = 60


def mask_complaint(text: str) -> str:
    """Return the complaint shortened, with phone, ID and e-mail like runs masked."""
    masked = _IDENTIFYING.sub("****", text or "").strip()
    return masked if len(masked) <= EXAMPLE_LENGTH else masked[: EXAMPLE_LENGTH - 1] + "…"


@dataclass
class Overridden:
    """A rule (or concept) whose suggestion guides overrode."""

    name: str
    suggested: Counter = field(default_factory=Counter)  # the department it suggested
    chosen: Counter = field(default_factory=Counter)  # where the guides sent the visitor
    examples: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(self.chosen.values())

    @property
    def suggested_most(self) -> list[tuple[str, int]]:
        # Templates look a Counter's attributes up as keys first: give them plain lists.
        return self.suggested.most_common()

    @property
    def chosen_most(self) -> list[tuple[str, int]]:
        return self.chosen.most_common()


def _top_reasons(suggestions: list[dict[str, Any]]) -> tuple[str | None, list[dict[str, Any]]]:
    # A fallback names no rule: nothing to fix but a missing one.
    if not suggestions or suggestions[0].get("fallback"):
        return None, []
    top = suggestions[0]
    return top.get("department"), list(top.get("reasons") or [])


def rule_names(decisions: Iterable[Any]) -> set[str]:
    """Return the names of the rules behind the top suggestion of `decisions`, as stored: in the
    language the guide worked in when the suggestion was made."""
    return {
        str(reason["rule"])
        for decision in decisions
        for reason in _top_reasons(decision.suggestions)[1]
        if reason.get("rule")
    }


def most_overridden(
    decisions: Iterable[Any],
    *,
    limit: int = 20,
    examples: int = 3,
    rule_of: Callable[[str], str] | None = None,
) -> tuple[list[Overridden], list[Overridden]]:
    """Return the rules and the concepts most often overridden, most first.

    `decisions` are TriageDecision rows with `overridden=True` (visit selected with them).
    `rule_of` maps a rule's stored name to one name per rule: a rule suggested to guides working
    in different languages is one row.
    """
    rules: dict[str, Overridden] = {}
    concepts: dict[str, Overridden] = {}
    for decision in decisions:
        suggested, reasons = _top_reasons(decision.suggestions)
        if suggested is None:
            continue
        chosen = decision.department.code
        example = mask_complaint(decision.visit.chief_complaint)
        names = {str(reason.get("rule", "")) for reason in reasons if reason.get("rule")}
        if rule_of is not None:
            names = {rule_of(name) for name in names}
        concept_names = {c for reason in reasons for c in reason.get("concepts") or ()}
        for table, keys in ((rules, names), (concepts, concept_names)):
            for key in keys:
                row = table.setdefault(key, Overridden(name=key))
                row.suggested[suggested] += 1
                row.chosen[chosen] += 1
                if example and len(row.examples) < examples and example not in row.examples:
                    row.examples.append(example)

    def top(table: dict[str, Overridden]) -> list[Overridden]:
        return sorted(table.values(), key=lambda row: (-row.count, row.name))[:limit]

    return top(rules), top(concepts)
