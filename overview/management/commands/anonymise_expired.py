"""Apply the retention rule: anonymise every person whose last record is past RETENTION_DAYS."""

import datetime as dt
from argparse import ArgumentParser
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from overview.privacy import expired_persons, person_anonymise


class Command(BaseCommand):
    help = (
        "Anonymise persons whose last record is older than RETENTION_DAYS (names, phones and "
        "free texts replaced; counts and times kept). Run daily from cron."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count who and what would be anonymised; change nothing.",
        )

    def handle(self, *args: Any, dry_run: bool = False, **options: Any) -> None:
        days = settings.RETENTION_DAYS
        cutoff = timezone.now() - dt.timedelta(days=days)
        expired = expired_persons(cutoff=cutoff)
        totals: dict[str, int] = {}
        persons = 0
        with transaction.atomic():
            for records in expired.persons():
                if not records:
                    continue
                persons += 1
                counts = records.counts() if dry_run else person_anonymise(records=records, by=None)
                for label, count in counts.items():
                    totals[label] = totals.get(label, 0) + count
        verb = "would be anonymised" if dry_run else "anonymised"
        self.stdout.write(
            f"Retention {days} days (last record before {cutoff:%Y-%m-%d}): "
            f"{len(expired.phones)} phone(s), {len(expired.visitors)} visitor(s) without a phone, "
            f"{persons} person(s) {verb}."
        )
        for label in sorted(totals):
            self.stdout.write(f"  {label}: {totals[label]} record(s)")
