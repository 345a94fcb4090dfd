"""Load demo data: the directory, two desks, one user per role, and each app's demo records.

Each app that has demo data provides a `demo` module with
`seed(*, stdout, style, days: int, visits_per_day: int, volume: bool) -> None`; they are run in
INSTALLED_APPS order (the layer order), so an app can rely on the data of the apps below it.
"""

from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hospital.demo import DEMO_USERS


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
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off (benchmark databases only).",
        )

    def handle(self, *args, days: int, visits_per_day: int, force: bool, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates users with published passwords; it runs only with DEBUG=1 "
                "(or --force on a database that is not production)."
            )
        if days < 0 or visits_per_day < 0:
            raise CommandError("--days and --visits-per-day must be zero or more.")
        for app_config in apps.get_app_configs():
            module_name = f"{app_config.name}.demo"
            if app_config.name.startswith("django") or find_spec(module_name) is None:
                continue
            module = import_module(module_name)
            if hasattr(module, "seed"):
                module.seed(
                    stdout=self.stdout,
                    style=self.style,
                    days=days,
                    visits_per_day=visits_per_day,
                    volume=days > 0,
                )
        self.stdout.write(self.style.SUCCESS("Demo data ready. Log in with:"))
        for username, password, role, _name in DEMO_USERS:
            self.stdout.write(f"  {username:<12} {password:<20} {role}")
