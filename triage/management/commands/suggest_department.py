"""Print the routing engine's suggestions: one complaint, or JSON lines for audits.

manage.py suggest_department "胃痛反酸" [--age 40] [--sex F|M] [--temperature 38.2] [--json]
manage.py suggest_department --batch < cases.jsonl > suggestions.jsonl
"""

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from triage.routing import InvalidTemperature, Reason, Suggestion, suggest


def suggestion_dict(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "department": suggestion.department,
        "urgency": suggestion.urgency,
        "emergency": suggestion.emergency,
        "score": suggestion.score,
        "fallback": suggestion.fallback,
        "reasons": [reason_dict(reason) for reason in suggestion.reasons],
    }


def reason_dict(reason: Reason) -> dict[str, Any]:
    return {"rule": str(reason.rule), "matched": list(reason.matched), "note": str(reason.note)}


def batch_line(suggestions: list[Suggestion]) -> dict[str, Any]:
    """Return the one JSON object the batch mode writes for a complaint."""
    if not suggestions:
        return {
            "department": None,
            "urgency": "IV",
            "emergency": False,
            "alternatives": [],
            "reasons": [],
            "fallback": False,
            "message": "nothing to go on: no complaint and no temperature",
        }
    top = suggestions[0]
    return {
        "department": top.department,
        "urgency": top.urgency,
        "emergency": top.emergency,
        "alternatives": [s.department for s in suggestions[1:]],
        "reasons": [reason_dict(reason) for reason in top.reasons],
        "fallback": top.fallback,
    }


def _age(value: Any) -> int | None:
    """Return the age in whole years (an infant's 0.5 is 0); refuse what is not an age."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError("age must be a number of years")
    try:
        number = float(value)
    except ValueError as error:
        raise ValueError("age must be a number of years") from error
    if not 0 <= number <= 130:
        raise ValueError("age must be between 0 and 130 years")
    return int(number)


_SEXES = {
    "f": "F",
    "female": "F",
    "woman": "F",
    "女": "F",
    "m": "M",
    "male": "M",
    "man": "M",
    "男": "M",
    "u": None,
    "unknown": None,
}


def _sex(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or value.strip().casefold() not in _SEXES:
        raise ValueError('sex must be "F", "M" or "U"')
    return _SEXES[value.strip().casefold()]


def _temperature(value: Any) -> Any:
    if isinstance(value, bool) or (value is not None and not isinstance(value, int | float | str)):
        raise ValueError("temperature must be a number")
    return value


class Command(BaseCommand):
    help = "Print the suggested departments for a complaint, or JSON lines for --batch."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("text", nargs="?", help="The complaint, in the visitor's words.")
        parser.add_argument("--age", type=str, help="years, e.g. 40 (0.5 for six months)")
        parser.add_argument("--sex", type=str, help="F, M or U")
        parser.add_argument("--temperature", type=str, help="°C, e.g. 38.2")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument(
            "--batch",
            action="store_true",
            help='Read JSON lines {"text", "age", "sex", "temperature"} on standard input.',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["batch"]:
            self._batch()
            return
        text = options["text"]
        if text is None and options["temperature"] is None:
            raise CommandError("Give the complaint text (or --temperature), or use --batch.")
        try:
            age = _age(options["age"])
            suggestions = suggest(
                text or "",
                age=age,
                sex=_sex(options["sex"]),
                temperature=options["temperature"],
            )
        except (InvalidTemperature, ValueError) as error:
            raise CommandError(str(error)) from error
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "text": text or "",
                        "suggestions": [suggestion_dict(s) for s in suggestions],
                    },
                    ensure_ascii=False,
                )
            )
            return
        if not suggestions:
            self.stdout.write(
                "No suggestion: there is nothing to go on (no complaint, no temperature)."
            )
            return
        for rank, suggestion in enumerate(suggestions, start=1):
            flags = []
            if suggestion.emergency:
                flags.append("EMERGENCY")
            if suggestion.fallback:
                flags.append("nothing matched")
            line = f"{rank}. {suggestion.department}  urgency {suggestion.urgency}"
            if flags:
                line += "  [" + ", ".join(flags) + "]"
            style = self.style.ERROR if suggestion.emergency else self.style.SUCCESS
            self.stdout.write(style(line) if rank == 1 else line)
            for reason in suggestion.reasons:
                matched = "、".join(reason.matched)
                detail = "; ".join(part for part in (matched, str(reason.note)) if part)
                self.stdout.write(f"     - {reason.rule}" + (f": {detail}" if detail else ""))

    def _batch(self) -> None:
        stdin = self.stdin if hasattr(self, "stdin") else sys.stdin
        # One output line per input line, errors included, all in English: a batch is read by
        # scripts and auditors, whatever language the server runs in.
        with translation.override("en"):
            for number, line in enumerate(stdin, start=1):
                self.stdout.write(json.dumps(self._batch_case(number, line), ensure_ascii=False))
                self.stdout.flush()

    def _batch_case(self, number: int, line: str) -> dict[str, Any]:
        """Return the output line for input line `number`: suggestions or {"error": ...}."""
        try:
            if not line.strip():
                raise ValueError("blank line: no complaint")
            case = json.loads(line)
            if not isinstance(case, dict):
                raise ValueError("each line must be a JSON object")
            text = case.get("text", "")
            if not isinstance(text, str):
                raise ValueError("text must be a string")
            if not text.strip() and case.get("temperature") in (None, ""):
                raise ValueError("no complaint text and no temperature")
            return batch_line(
                suggest(
                    text,
                    age=_age(case.get("age")),
                    sex=_sex(case.get("sex")),
                    temperature=_temperature(case.get("temperature")),
                )
            )
        except (ValueError, InvalidTemperature) as error:
            return {"error": f"line {number}: {error}"}

    def execute(self, *args: Any, **options: Any) -> Any:
        self.stdin = options.pop("stdin", sys.stdin)
        return super().execute(*args, **options)
