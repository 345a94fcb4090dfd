"""Names a person types once, shown in the reader's language.

A translated text is three columns: the Simplified Chinese one (`name`) that the administrator
types, and `name_zh_hant` and `name_en` beside it; the model lists such fields in
`TRANSLATED_FIELDS`. Traditional Chinese left empty is filled by OpenCC (s2twp with the glossary)
when the admin saves, and stays editable; English left empty shows the Chinese until somebody
writes it.
"""

from types import SimpleNamespace
from typing import Any

from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .traditional import to_traditional

TRADITIONAL = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")


def localized(obj: Any, field: str, language: str | None = None) -> str:
    """Return `obj.<field>` in the active language, falling back as the module says."""
    base = getattr(obj, field, "") or ""
    language = (language or get_language() or "zh-hans").lower()
    if language.startswith("en"):
        return getattr(obj, f"{field}_en", "") or base
    if language in TRADITIONAL:
        return getattr(obj, f"{field}_zh_hant", "") or to_traditional(base)
    return base


def fill_traditional(obj: Any) -> None:
    """Fill each empty `<field>_zh_hant` of `obj` from its Simplified Chinese text."""
    fields: tuple[str, ...] = getattr(type(obj), "TRANSLATED_FIELDS", ())
    for field in fields:
        simplified: str = getattr(obj, field, "") or ""
        if simplified and not getattr(obj, f"{field}_zh_hant", ""):
            setattr(obj, f"{field}_zh_hant", to_traditional(simplified))


class FillTraditionalAdminMixin:
    """Admin mixin: fill the empty zh-hant columns of the object and its inlines on save."""

    def save_model(self, request: Any, obj: Any, form: Any, change: bool) -> None:
        fill_traditional(obj)
        super().save_model(request, obj, form, change)  # type: ignore[misc]

    def save_formset(self, request: Any, form: Any, formset: Any, change: bool) -> None:
        for inline_form in formset.forms:
            if inline_form.has_changed():
                fill_traditional(inline_form.instance)
        super().save_formset(request, form, formset, change)  # type: ignore[misc]


# The help texts of the zh-hant and en columns, the same on every model.
FILLED_HANT = _("Left empty, it is converted from the Simplified Chinese when saved.")
SHOWN_EN = _("Left empty, the Chinese is shown to English readers.")


def hospital_name(language: str | None = None) -> str:
    """Return the hospital's name in the reader's language, or "Front Desk" when none is set.

    HOSPITAL_NAME is the Simplified Chinese name; HOSPITAL_NAME_ZH_HANT (else converted) and
    HOSPITAL_NAME_EN (else the Chinese) are its other two languages.
    """
    names = {
        "name": settings.HOSPITAL_NAME,
        "name_zh_hant": getattr(settings, "HOSPITAL_NAME_ZH_HANT", ""),
        "name_en": getattr(settings, "HOSPITAL_NAME_EN", ""),
    }
    if not names["name"]:
        return str(_("Front Desk"))
    return localized(SimpleNamespace(**names), "name", language)
