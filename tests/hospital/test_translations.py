"""The three catalogues are complete and compiled: `make messages` keeps them so."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant", "en"])
def test_catalogue_is_complete_and_compiled(language: str) -> None:
    po = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{language} lacks: {untranslated[:10]}"
    assert not fuzzy, f"{language} has fuzzy entries: {fuzzy[:10]}"
    mo = polib.mofile(str(LOCALE / language / "LC_MESSAGES" / "django.mo"))
    assert {e.msgid for e in mo} >= {e.msgid for e in po.translated_entries()}, (
        f"{language}: django.mo is older than django.po; run `make messages`"
    )
