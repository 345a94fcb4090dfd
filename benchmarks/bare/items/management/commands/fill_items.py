"""Fill the bare project with N rows (once) and a user to log in as."""

import random
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser

from items.models import Item

_REASONS = ["胃疼两天", "咳嗽发烧", "胸闷心慌", "头痛头晕", "腰腿疼", "复查血糖", "体检"]


class Command(BaseCommand):
    help = "Fill the table up to --rows rows and create the user 'bench' (password 'bench-2026')."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rows", type=int, default=100_000)

    def handle(self, *args: Any, rows: int, **options: Any) -> None:
        user_model = get_user_model()
        if not user_model.objects.filter(username="bench").exists():
            user_model.objects.create_user("bench", password="bench-2026")
        have = Item.objects.count()
        rng = random.Random(14)
        statuses = ["waiting", "routed", "closed"]
        while have < rows:
            batch = min(10_000, rows - have)
            Item.objects.bulk_create(
                Item(
                    name=f"访客{have + n}",
                    phone=f"139{rng.randrange(10**8):08d}",
                    reason=rng.choice(_REASONS),
                    status=rng.choice(statuses),
                )
                for n in range(batch)
            )
            have += batch
        self.stdout.write(f"{have} rows")
