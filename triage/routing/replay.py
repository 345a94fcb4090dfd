"""Replay the last decisions through the current rules, to check a rule edit before it goes live."""

import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from .specs import Suggestion


@dataclass
class Replay:
    """What the current rules would have suggested for decisions already taken."""

    decisions: int = 0
    changed: int = 0
    # Of the changed: the new top suggestion is what the guide chose / was before.
    now_agree: int = 0
    agreed_before: int = 0
    emergencies_gained: int = 0
    emergencies_lost: int = 0
    moves: Counter = field(default_factory=Counter)  # (before, after) -> count
    examples: list[dict[str, Any]] = field(default_factory=list)
    # CPU time of each suggestion (nanoseconds), as the app makes it: the speed of the rule set.
    timings: list[int] = field(default_factory=list)

    def cpu_ms(self, share: float) -> float:
        """Return the CPU milliseconds per suggestion at a percentile (0.5, 0.95), 0 if none."""
        if not self.timings:
            return 0.0
        ordered = sorted(self.timings)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] / 1e6


def offered_top(suggestions: list[dict[str, Any]]) -> tuple[str | None, bool]:
    """Return the top department and whether it was an emergency, as stored on a decision."""
    if not suggestions:
        return None, False
    top = suggestions[0]
    return top.get("department"), bool(top.get("emergency"))


def replay(
    decisions: QuerySet,
    *,
    suggest_for: Callable[[Any], list[Suggestion]],
    examples: int = 10,
) -> Replay:
    """Suggest again for each decision (via `suggest_for(visit)`) and count what would change."""
    result = Replay()
    for decision in decisions:
        before, was_emergency = offered_top(decision.suggestions)
        started = time.process_time_ns()
        now = suggest_for(decision.visit)
        result.timings.append(time.process_time_ns() - started)
        after = now[0].department if now else None
        is_emergency = bool(now and now[0].emergency)
        result.decisions += 1
        if after == before:
            continue
        chosen = decision.department.code
        result.changed += 1
        result.now_agree += after == chosen
        result.agreed_before += before == chosen
        result.emergencies_gained += is_emergency and not was_emergency
        result.emergencies_lost += was_emergency and not is_emergency
        result.moves[(before, after)] += 1
        if len(result.examples) < examples:
            result.examples.append(
                {"decision": decision.pk, "before": before, "after": after, "chosen": chosen}
            )
    return result
