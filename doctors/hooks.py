"""The directory on reception's inquiry form, plugged in at start-up (hospital.slots).

Reception may not name this app; its inquiry form marks a place next to the question, and this
fills it with the way to the directory.
"""

from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string

from hospital.slots import fill


def inquiry_link(request: HttpRequest | None, _obj: Any) -> str:
    """Return the button that opens the directory (the guide types the words or taps a chip)."""
    return render_to_string("doctors/_find_link.html", {}, request=request)


def connect() -> None:
    fill("inquiry_form", "doctors", inquiry_link)
