"""Load demo data: the directory, two desks, one user per role, and each app's demo records.

Each app's demo module has `seed(*, stdout, style, days, visits_per_day, volume) -> None`; they
run in layer order, so each can rely on the data of the layers below it.
"""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from aftercare import demo as aftercare
from demo import complaints, doctors, handover, hospital, reception, triage

# Layer order: hospital <- reception <- triage <- doctors <- handover <- aftercare; complaints
# after reception.
SEEDS = (hospital, reception, triage, doctors, handover, aftercare, complaints)


class Command(BaseCommand):
    help = "Load demo data for trying Front Desk out (never on a production database)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=0,
            help="Volume mode: also generate this many days of history (e.g. 365).",
        )
        parser.add_argument(
            "--visits-per-day",
            type=int,
            default=5000,
            help="Volume mode: visits per day of history (default 5000).",
        )

    def handle(self, *args: Any, days: int, visits_per_day: int, **options: Any) -> None:
        # The demo users' passwords are published in the README: with DEBUG off this may be a
        # production database, and no switch makes that safe. Benchmarks seed with DEBUG=1.
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates users with published passwords: it runs only with DEBUG=1, "
                "never on a production database."
            )
        if days < 0 or visits_per_day < 0:
            raise CommandError("--days and --visits-per-day must be zero or more.")
        for module in SEEDS:
            module.seed(
                stdout=self.stdout,
                style=self.style,
                days=days,
                visits_per_day=visits_per_day,
                volume=days > 0,
            )
        self.stdout.write(self.style.SUCCESS("Demo data ready. Log in with:"))
        for username, password, role, _name in hospital.DEMO_USERS:
            self.stdout.write(f"  {username:<12} {password:<20} {role}")
