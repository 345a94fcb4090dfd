"""`{{ desk|localized:"name" }}`: a typed name in the reader's language (see hospital.localized)."""

from typing import Any

from django import template

from hospital.localized import localized as _localized

register = template.Library()


@register.filter
def localized(obj: Any, field: str) -> str:
    """Return the field of `obj` in the active language."""
    if obj is None or obj == "":
        return ""
    return _localized(obj, field)
