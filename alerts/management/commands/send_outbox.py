import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from alerts.outbox import send_due


class Command(BaseCommand):
    help = (
        "Send the alerts waiting in the outbox (email, webhooks); failures are retried with "
        "backoff. Run it from cron every minute, or as a worker with --loop."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--loop",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running, looking for due messages every SECONDS.",
        )

    def handle(self, *args: Any, loop: int = 0, **options: Any) -> None:
        while True:
            result = send_due()
            if result.sent or result.failed or loop <= 0:
                self.stdout.write(f"{result.sent} sent, {result.failed} failed (will retry)")
            if loop <= 0:
                return
            time.sleep(loop)
