"""Self-service on the lower floors' pages, plugged in at start-up (hospital.slots).

Complaints and reception may not name this app; their pages mark a place and these fill it:
the complaint slip gets its QR code and short link, the tablet's kiosk survey a code to answer on
the visitor's own phone instead, and the guide's exit-survey page a printable survey slip.
"""

from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from complaints.models import Complaint
from hall.tickets import register_status_url
from hospital.slots import fill
from reception.kiosk import kiosk_state
from reception.models import Visit

from . import services
from .qr import qr_svg
from .views import link_url, status_url, survey_qr


def _staff(request: HttpRequest | None) -> Any:
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def complaint_slip(request: HttpRequest | None, complaint: Any) -> str:
    """The slip's QR code and short link to the complaint's progress (a phone contact only)."""
    user = _staff(request)
    if request is None or user is None or not isinstance(complaint, Complaint):
        return ""
    link = services.complaint_link(complaint=complaint, by=user)
    if link is None:
        return ""
    url = link_url(request, link)
    return render_to_string(
        "selfservice/_slip_qr.html",
        {"url": url, "qr": qr_svg(url, label=_("Follow your complaint on your phone"))},
    )


def kiosk_survey(request: HttpRequest | None, _obj: Any) -> str:
    """On the tablet's survey: a code to answer on the visitor's own phone instead."""
    user = _staff(request)
    if request is None or user is None:
        return ""
    state = kiosk_state(request) or {}
    number, desk = state.get("visit"), state.get("desk")
    if not isinstance(number, int) or not isinstance(desk, int):
        return ""  # the tablet's survey without a visit: nothing to answer elsewhere
    visit = Visit.objects.filter(pk=number, desk_id=desk).first()
    link = services.survey_link(visit=visit, by=user) if visit else None
    if link is None:
        return ""
    return render_to_string(
        "selfservice/_kiosk_qr.html",
        {"qr": survey_qr(request, link), "url": link_url(request, link)},
    )


def survey_slip_link(request: HttpRequest | None, visit: Any) -> str:
    """On the guide's exit-survey page for a visit: print the slip with the QR code."""
    if not isinstance(visit, Visit):
        return ""
    return render_to_string(
        "selfservice/_survey_slip_link.html",
        {"url": reverse("selfservice:survey_slip", args=[visit.pk])},
    )


def connect() -> None:
    fill("complaint_slip", "selfservice", complaint_slip)
    fill("kiosk_feedback", "selfservice", kiosk_survey)
    fill("feedback_form", "selfservice", survey_slip_link)
    # The ticket slip prints a QR code to the visitor's own status page.
    register_status_url(status_url)
