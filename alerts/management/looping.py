import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser


class LoopingCommand(BaseCommand):
    """A command cron runs every minute, or that keeps running as a worker with `--loop N`."""

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--loop",
            type=int,
            default=0,
            metavar="SECONDS",
            help="Keep running, once every SECONDS (a worker instead of cron).",
        )

    def run_once(self) -> str:
        """Do one round; return the line to print (empty: print nothing)."""
        raise NotImplementedError

    def handle(self, *args: Any, loop: int = 0, **options: Any) -> None:
        while True:
            line = self.run_once()
            if line:
                self.stdout.write(line)
            if loop <= 0:
                return
            time.sleep(loop)
