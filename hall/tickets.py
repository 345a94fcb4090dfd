"""The ticket slip a visitor takes away: number, department, where it is, time, and a QR code.

The QR code leads to the visitor's own status page, which a higher app may offer: it registers
`register_status_url(visit -> absolute URL or None)` at start-up. Without one, the slip prints
no QR code (a code to a staff page would be useless to the visitor and leak the visit's id).
"""

import base64
from collections.abc import Callable
from typing import Any

import qrcode
import qrcode.image.svg
from django.http import HttpRequest

from hospital.clock import local_now
from reception.models import Visit

# Print layouts: a 58 mm thermal roll and an A6 sheet (105 × 148 mm).
LAYOUTS = ("58mm", "a6")

StatusUrl = Callable[[HttpRequest, Visit], str | None]
_status_url: list[StatusUrl] = []


def register_status_url(source: StatusUrl) -> None:
    """Print a QR code to `source(request, visit)` on every slip from now on (replaces)."""
    _status_url[:] = [source]


def qr_data_uri(url: str) -> str:
    """Return the QR code of `url` as a data: SVG image (the CSP allows data: images only)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()


def ticket_context(request: HttpRequest, visit: Visit, *, layout: str) -> dict[str, Any]:
    """Return what the slip shows."""
    status_url = _status_url[0](request, visit) if _status_url else None
    department = visit.destination
    return {
        "visit": visit,
        "number": visit.queue_number,
        "department": department.name if department else "",
        "location": department.location if department else "",
        "desk": visit.desk,
        "issued_at": visit.arrived_at,
        "printed_at": local_now(),
        "layout": layout,
        "layouts": LAYOUTS,
        "status_url": status_url,
        "qr": qr_data_uri(status_url) if status_url else "",
    }
