"""Bring the three catalogues in line with the code, then compile them.

zh-hans is translated by hand. zh-hant is converted from zh-hans with OpenCC's s2twp (Taiwan and
Hong Kong vocabulary: 登入, 儲存, 資訊) and the reviewed glossary in locale/glossary.tsv, whose
entries win, wherever nobody has
written it by hand (converted entries carry the translator comment "opencc", and are converted
again when the zh-hans text changes). English msgstrs repeat the msgid, so the English catalogue
is complete too. Untranslated or fuzzy zh-hans entries are listed and make the command fail.
"""

import json
from pathlib import Path
from typing import Any

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from hospital.traditional import to_traditional

AUTO = "opencc"
IGNORE = [".venv/*", "staticfiles/*", "tests/*", "benchmarks/*", "node_modules/*"]


def _catalogue(language: str) -> Path:
    return Path(settings.LOCALE_PATHS[0]) / language / "LC_MESSAGES" / "django.po"


def _is_missing(entry: polib.POEntry) -> bool:
    if entry.fuzzy:
        return True
    if entry.msgid_plural:
        return not all(entry.msgstr_plural.values())
    return not entry.msgstr


class Command(BaseCommand):
    help = "Update the zh-hans, zh-hant and en catalogues from the code and compile them."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--import-json",
            metavar="FILE",
            help='Set zh-hans translations from a JSON object {"msgid": "译文", ...} first.',
        )
        parser.add_argument(
            "--allow-missing",
            action="store_true",
            help="List untranslated zh-hans entries without failing.",
        )

    def handle(
        self, *args: Any, allow_missing: bool, import_json: str | None, **options: Any
    ) -> None:
        call_command(
            "makemessages",
            locale=["zh_Hans", "zh_Hant", "en"],
            ignore_patterns=IGNORE,
            no_obsolete=True,
            verbosity=0,
        )
        simplified = polib.pofile(str(_catalogue("zh_Hans")))
        if import_json:
            self._import(simplified, json.loads(Path(import_json).read_text(encoding="utf-8")))
        missing = [entry.msgid for entry in simplified if _is_missing(entry)]
        self._fill_traditional(simplified)
        self._fill_english()
        call_command("compilemessages", ignore_patterns=IGNORE, verbosity=0)
        if missing:
            listing = "\n".join(f"  {msgid}" for msgid in missing)
            message = f"{len(missing)} zh-hans entries need a translation:\n{listing}"
            if not allow_missing:
                raise CommandError(message)
            self.stderr.write(message)
        self.stdout.write(self.style.SUCCESS(f"Catalogues in sync: {len(simplified)} entries."))

    def _import(self, simplified: polib.POFile, translations: dict[str, str]) -> None:
        for entry in simplified:
            text = translations.get(entry.msgid)
            if not text:
                continue
            if entry.msgid_plural:
                entry.msgstr_plural = {0: text}
            else:
                entry.msgstr = text
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
        simplified.save()

    def _fill_traditional(self, simplified: polib.POFile) -> None:
        convert = to_traditional
        by_key = {(e.msgctxt, e.msgid): e for e in simplified if not _is_missing(e)}
        traditional = polib.pofile(str(_catalogue("zh_Hant")))
        for entry in traditional:
            source = by_key.get((entry.msgctxt, entry.msgid))
            hand_written = not _is_missing(entry) and AUTO not in (entry.tcomment or "")
            if source is None or hand_written:
                continue
            if entry.msgid_plural:
                entry.msgstr_plural = {k: convert(v) for k, v in source.msgstr_plural.items()}
            else:
                entry.msgstr = convert(source.msgstr)
            entry.tcomment = AUTO
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
        traditional.save()

    def _fill_english(self) -> None:
        english = polib.pofile(str(_catalogue("en")))
        for entry in english:
            if entry.fuzzy:
                entry.flags.remove("fuzzy")
            if entry.msgid_plural:
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
            else:
                entry.msgstr = entry.msgid
        english.save()
