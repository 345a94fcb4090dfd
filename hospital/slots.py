"""Places on a lower app's page that a higher app fills at start-up.

A page of reception or complaints may not name a higher app, yet the doctor directory belongs
beside the inquiry form and a self-service QR code on the complaint slip. The page marks the
place with `{% slot "complaints.slip" complaint %}` (hospital's `slots` tag library); the higher
app says what goes there in its AppConfig.ready() with `fill("complaints.slip", "key", render)`.
A place nobody filled renders nothing, so the lower app works alone.
"""

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

# render(request, obj) returns HTML: a template rendered with render_to_string, or "".
Render = Callable[[HttpRequest | None, Any], str]

_filled: dict[str, dict[str, Render]] = {}


def fill(slot: str, key: str, render: Render) -> None:
    """Render `render(request, obj)` in every `slot` place from now on (a key again replaces)."""
    _filled.setdefault(slot, {})[key] = render


def render_slot(slot: str, request: HttpRequest | None, obj: Any = None) -> SafeString:
    """Return the HTML every filler of `slot` gives for `obj`, in the order they registered."""
    parts = [conditional_escape(render(request, obj)) for render in _filled.get(slot, {}).values()]
    return mark_safe("".join(parts))  # noqa: S308 - each part is escaped unless already safe
