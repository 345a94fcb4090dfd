"""Replay the last N triage decisions through the current rules and print what would change.

manage.py replay_routing [--last 500]

Run it after editing a rule or a concept, before the change meets visitors: it counts how many
suggestions would change, how many of those would now agree with what the guide chose, every
emergency gained or lost, and the CPU time per suggestion (p50, p95) with the edited rules.
"""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from triage.models import TriageDecision
from triage.routing.replay import replay
from triage.services import suggestions_for


class Command(BaseCommand):
    help = "Replay the last N triage decisions through the current routing rules."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--last", type=int, default=500, help="How many decisions (500).")

    def handle(self, *args: Any, **options: Any) -> None:
        decisions = TriageDecision.objects.select_related("visit__visitor", "department").order_by(
            "-decided_at", "-pk"
        )[: max(0, options["last"])]
        result = replay(decisions, suggest_for=suggestions_for)
        self.stdout.write(
            f"{result.decisions} decision(s) replayed: {result.changed} suggestion(s) would "
            f"change; {result.now_agree} of them would now match the guide's choice "
            f"(before: {result.agreed_before})."
        )
        self.stdout.write(
            f"Emergencies: {result.emergencies_gained} gained, {result.emergencies_lost} lost."
        )
        self.stdout.write(
            f"Speed: CPU per suggestion p50 {result.cpu_ms(0.5):.2f} ms, "
            f"p95 {result.cpu_ms(0.95):.2f} ms ({len(result.timings)} calls; the target is "
            "p95 under 2 ms for a 500-character complaint)."
        )
        for (before, after), count in result.moves.most_common(10):
            self.stdout.write(f"  {before or '-'} -> {after or '-'}: {count}")
        if result.emergencies_lost:
            self.stdout.write(
                self.style.WARNING("An emergency would no longer be flagged: check the rule edit.")
            )
