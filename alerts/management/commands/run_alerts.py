import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from alerts.checks import registered_checks, run_checks


class Command(BaseCommand):
    help = (
        "Raise the time-based alerts whose condition holds now and clear those that stopped "
        "holding. Idempotent: run it from cron every minute (or with --loop)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--loop",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running, once every SECONDS (a worker instead of cron).",
        )

    def handle(self, *args: Any, loop: int = 0, **options: Any) -> None:
        while True:
            result = run_checks()
            self.stdout.write(
                f"{len(registered_checks())} rules: {result.holding} conditions hold, "
                f"{result.raised} raised, {result.cleared} cleared"
            )
            if loop <= 0:
                return
            time.sleep(loop)
