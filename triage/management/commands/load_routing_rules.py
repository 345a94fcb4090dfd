"""Load a routing rule file (the shipped default set unless a path is given)."""

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from triage.routing.defaults import DEFAULT_RULES, read_rules
from triage.rule_services import routing_rules_load


class Command(BaseCommand):
    help = (
        "Load routing rules from a JSON file (default: the shipped set). Rules that exist by "
        "name are kept as the hospital edited them unless --replace is given. Every rule is "
        "validated first; nothing is saved when one is invalid."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default=str(DEFAULT_RULES))
        parser.add_argument(
            "--replace", action="store_true", help="Overwrite rules of the same name."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            entries = read_rules(options["path"])
        except (OSError, ValueError, KeyError, json.JSONDecodeError) as error:
            raise CommandError(f"Cannot read {options['path']}: {error}") from error
        result = routing_rules_load(entries=entries, replace=options["replace"])
        if result["errors"]:
            for problem in result["errors"]:
                self.stderr.write(
                    f"rule {problem['entry']} ({problem['name']}): " + "; ".join(problem["errors"])
                )
            raise CommandError(f"{len(result['errors'])} invalid rule(s): nothing was loaded.")
        self.stdout.write(
            self.style.SUCCESS(f"{result['created']} rule(s) created, {result['updated']} updated.")
        )
