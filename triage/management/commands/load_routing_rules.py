"""Load the routing concepts and rules (the shipped lexicon and rule set unless paths are given)."""

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from triage.routing.concepts import LEXICON, read_lexicon
from triage.routing.defaults import DEFAULT_RULES, read_rules
from triage.rule_services import routing_concepts_load, routing_rules_load


class Command(BaseCommand):
    help = (
        "Load routing concepts (a lexicon JSON file) and rules (a rule JSON file); by default "
        "the shipped ones. Concepts and rules that exist by name are kept as the hospital "
        "edited them unless --replace is given; from the shipped files, those that still hold "
        "what was shipped are brought up to date. Everything is validated first; nothing of a "
        "file is saved when one entry is invalid."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", default=str(DEFAULT_RULES))
        parser.add_argument("--lexicon", default=str(LEXICON), help="The concepts' JSON file.")
        parser.add_argument(
            "--replace", action="store_true", help="Overwrite concepts and rules of the same name."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            concepts = read_lexicon(options["lexicon"])["concepts"]
            entries = read_rules(options["path"])
        except (OSError, ValueError, KeyError, TypeError, json.JSONDecodeError) as error:
            raise CommandError(f"Cannot read the file: {error}") from error
        # Concepts first: the rules name them.
        loaded = routing_concepts_load(
            entries=concepts,
            replace=options["replace"],
            shipped=Path(options["lexicon"]).resolve() == LEXICON,
        )
        self._report_errors(loaded["errors"], "concept")
        self.stdout.write(f"{loaded['created']} concept(s) created, {loaded['updated']} updated.")
        result = routing_rules_load(
            entries=entries,
            replace=options["replace"],
            shipped=Path(options["path"]).resolve() == DEFAULT_RULES,
        )
        self._report_errors(result["errors"], "rule")
        self.stdout.write(
            self.style.SUCCESS(f"{result['created']} rule(s) created, {result['updated']} updated.")
        )

    def _report_errors(self, errors: list[dict[str, Any]], what: str) -> None:
        if not errors:
            return
        for problem in errors:
            self.stderr.write(
                f"{what} {problem['entry']} ({problem['name']}): " + "; ".join(problem["errors"])
            )
        raise CommandError(f"{len(errors)} invalid {what}(s): nothing was loaded.")
