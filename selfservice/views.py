"""The pages a visitor opens by QR code on their own phone, without logging in.

Each page shows one complaint or one survey and nothing else: no staff menu, no other
visitor's data. Every request is in the access log, with the address it came from.
"""

from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.http import require_GET, require_http_methods

from complaints.models import Complaint, ComplaintEntry
from hall.models import Call
from hall.services import waiting_for_call
from hospital.access import Kind, client_ip, log_access
from hospital.forms import submit
from hospital.records import new_form_token
from hospital.roles import Role, role_required
from reception.forms.feedback import FeedbackForm
from reception.models import FEEDBACK_DIMENSIONS, Feedback, Visit

from . import services
from .forms import ComplaintCheckForm
from .models import Link
from .qr import qr_svg

# Where a phone that proved it holds a complaint's reference is remembered (this session only).
SESSION_KEY = "selfservice_complaints"
TOKEN_LENGTH = 22


# The visit status page reloads itself this often (a Refresh header: the page has no script).
STATUS_REFRESH_SECONDS = 20


def _link_or_404(token: str, purpose: str, *related: str) -> Link:
    if len(token) != TOKEN_LENGTH:
        raise Http404
    return get_object_or_404(
        Link.objects.select_related("complaint", "visit", "desk", *related),
        token=token,
        purpose=purpose,
    )


def _language(request: HttpRequest, default: str = "") -> str:
    """Return the language the visitor chose on the page (?lang=), else `default`, else the
    request's."""
    codes = [code for code, _name in settings.LANGUAGES]
    chosen = request.GET.get("lang", "")
    if chosen in codes:
        return chosen
    return default if default in codes else translation.get_language()


def _render(
    request: HttpRequest, template: str, context: dict[str, Any], language: str, status: int = 200
) -> HttpResponse:
    with translation.override(language):
        response = render(
            request,
            template,
            {**context, "language": language, "languages": settings.LANGUAGES},
            status=status,
        )
    response["Cache-Control"] = "no-store"  # a shared phone's back button shows nothing stale
    response["Content-Language"] = language
    return response


@login_not_required
@require_http_methods(["GET", "POST"])
def complaint_status(request: HttpRequest, token: str) -> HttpResponse:
    """Ask for the reference and the phone's last digits; then show the complaint's progress."""
    link = _link_or_404(token, Link.Purpose.COMPLAINT)
    complaint = link.complaint
    assert complaint is not None  # the purpose constraint holds it
    language = _language(request, complaint.language)
    log_access(request, f"self-service complaint link {link.pk}")
    if link.expired():
        with translation.override(language):  # the message in the visitor's language
            context = {"message": services.expired_error().message}
        return _render(request, "selfservice/closed.html", context, language, status=410)
    verified = link.pk in request.session.get(SESSION_KEY, [])
    form = ComplaintCheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with translation.override(language):  # the refusal in the visitor's language
                services.complaint_check(
                    link=link,
                    reference=form.cleaned_data["reference"],
                    digits=form.cleaned_data["digits"],
                    ip=client_ip(request),
                )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session.cycle_key()
            request.session[SESSION_KEY] = [*request.session.get(SESSION_KEY, []), link.pk]
            return redirect(f"{request.path}?lang={language}")
    if request.method == "POST" or not verified:
        status = 200
        if form.errors:
            codes = {e.code for e in form.non_field_errors().as_data()}
            status = 429 if "locked" in codes else 400
        return _render(
            request, "selfservice/complaint_check.html", {"form": form}, language, status
        )
    log_access(request, complaint, kind=Kind.VIEW)
    told = ComplaintEntry.objects.filter(
        complaint=complaint, kind__in=ComplaintEntry.TOLD_KINDS
    ).only("kind", "text", "occurred_at")
    return _render(
        request,
        "selfservice/complaint_status.html",
        {
            "complaint": complaint,
            "told": told,
            "answered": complaint.status in (Complaint.Status.RESOLVED, Complaint.Status.CLOSED),
        },
        language,
    )


@login_not_required
@require_http_methods(["GET", "POST"])
def survey(request: HttpRequest, token: str) -> HttpResponse:
    """The six-dimension exit survey, once per visit, for 72 hours, in the visitor's language."""
    link = _link_or_404(token, Link.Purpose.SURVEY)
    language = _language(request)
    log_access(request, f"self-service survey link {link.pk}")
    if link.feedback_id is not None:
        return _render(request, "selfservice/survey_done.html", {}, language)
    if link.expired():
        with translation.override(language):  # the message in the visitor's language
            context = {"message": services.expired_error().message}
        return _render(request, "selfservice/closed.html", context, language, status=410)
    assert link.visit is not None  # the purpose constraint holds it
    with translation.override(language):
        if request.method == "POST":
            # The visit is the link's and the channel the phone's, whatever the form says: the
            # form's own two fields are the guide's and are filled here only to parse the scores.
            data = request.POST.copy()
            data["visit"] = ""
            data["channel"] = Feedback.Channel.TABLET
            form = FeedbackForm(data, desk=link.desk)
            answered = submit(
                form,
                lambda cleaned: services.survey_answer(
                    link=link,
                    scores=form.scores(),
                    comment=cleaned["comment"],
                    form_token=cleaned["idempotency_key"],
                ),
            )
            if answered is not None:
                return redirect(f"{request.path}?lang={language}")
        else:
            form = FeedbackForm(desk=link.desk, initial={"idempotency_key": new_form_token()})
        dimensions = [form[name] for name in FEEDBACK_DIMENSIONS]
    status = 400 if form.is_bound and form.errors else 200
    return _render(
        request,
        "selfservice/survey.html",
        {"form": form, "dimensions": dimensions, "token": token},
        language,
        status,
    )


def _current_call(visit: Visit) -> Call | None:
    """Return the visit's call if it still stands (a call before the latest routing is over)."""
    try:
        call: Call = visit.hall_call
    except Call.DoesNotExist:
        return None
    if visit.routed_at is not None and call.called_at < visit.routed_at:
        return None
    return call


def _ahead(visit: Visit) -> int:
    """Return how many tickets are called before this one in its department (one query)."""
    assert visit.destination_id is not None and visit.queue_seq is not None
    rank, priority, day, seq = (
        visit.urgency_rank,
        visit.is_priority,
        visit.queue_day,
        visit.queue_seq,
    )
    # The calling order of `waiting_for_call`: urgency, then priority visitors, then the ticket.
    before = (
        Q(urgency_rank__lt=rank)
        | Q(urgency_rank=rank, is_priority__gt=priority)
        | Q(urgency_rank=rank, is_priority=priority, queue_day__lt=day)
        | Q(urgency_rank=rank, is_priority=priority, queue_day=day, queue_seq__lt=seq)
    )
    return (
        waiting_for_call(desk_id=visit.desk_id, department_id=visit.destination_id)
        .filter(before)
        .exclude(pk=visit.pk)
        .count()
    )


def _visit_state(visit: Visit) -> dict[str, Any]:
    """Return what the visitor may see of their own visit: where to go, called or how many
    ahead. Nothing of any other visit but a count."""
    department = visit.destination
    call = _current_call(visit) if visit.is_open else None
    state = "done"
    ahead = None
    if visit.status == Visit.Status.WAITING:
        state = "waiting"
    elif visit.status == Visit.Status.ESCALATED:
        state = "escalated"
    elif visit.status == Visit.Status.ESCORTING:
        state = "escorting"
    elif visit.status == Visit.Status.ROUTED:
        if call is not None:
            state = "called"
        elif visit.queue_seq is not None and department is not None:
            state = "queued"
            ahead = _ahead(visit)
        else:
            state = "routed"
    return {
        "state": state,
        "number": visit.queue_number,
        "department": department,
        "call": call,
        "room": (call.room or call.department.location) if call else "",
        "ahead": ahead,
    }


@login_not_required
@require_GET
def visit_status(request: HttpRequest, token: str) -> HttpResponse:
    """The visitor's own status page from the QR code on the ticket slip; reloads itself every
    20 s until the visitor stops it (?refresh=off) or the visit is over."""
    link = _link_or_404(
        token, Link.Purpose.STATUS, "visit__destination", "visit__hall_call__department"
    )
    language = _language(request)
    log_access(request, f"self-service visit status link {link.pk}")
    if link.expired():
        with translation.override(language):
            message = gettext(
                "This page has expired: your visit has ended. Call the hospital if you need help."
            )
        return _render(
            request, "selfservice/closed.html", {"message": message}, language, status=410
        )
    visit = link.visit
    assert visit is not None  # the purpose constraint holds it
    shown: dict[str, Any] = _visit_state(visit)
    # Reloads itself while there is news to wait for, unless the visitor stopped it (WCAG 2.2.1:
    # a timed change the user can turn off; a screen reader is not pulled back every 20 s).
    stopped = request.GET.get("refresh") == "off"
    refresh = 0 if stopped or shown["state"] == "done" else STATUS_REFRESH_SECONDS
    response = _render(
        request,
        "selfservice/visit_status.html",
        {**shown, "refresh": refresh, "stopped": stopped},
        language,
    )
    if refresh:
        # The same reload as <meta http-equiv="refresh">, sent as its HTTP header.
        response["Refresh"] = str(refresh)
    return response


@require_GET
@role_required(Role.GUIDE, Role.SUPERVISOR)
def survey_slip(request: HttpRequest, pk: int) -> HttpResponse:
    """The exit-survey slip a guide prints for a leaving visitor: a QR code to their own phone."""
    visit = get_object_or_404(Visit.objects.visible_to(request.user), pk=pk)
    link = services.survey_link(visit=visit, by=request.user)  # type: ignore[arg-type]
    log_access(request, visit, kind=Kind.VIEW)
    return render(
        request,
        "selfservice/survey_slip.html",
        {
            "visit": visit,
            "link": link,
            "qr": survey_qr(request, link) if link else "",
            "url": link_url(request, link) if link else "",
        },
    )


def link_url(request: HttpRequest, link: Link) -> str:
    """Return the full address a phone opens for `link`."""
    names = {
        Link.Purpose.COMPLAINT: "selfservice:complaint",
        Link.Purpose.SURVEY: "selfservice:survey",
        Link.Purpose.STATUS: "selfservice:visit_status",
    }
    return request.build_absolute_uri(reverse(names[Link.Purpose(link.purpose)], args=[link.token]))


def status_url(request: HttpRequest, visit: Visit) -> str | None:
    """Return the address of the visit's status page for its ticket slip (issuing the link),
    or None: for a visit without a ticket number, once expired, or without a staff member."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not visit.queue_number:
        return None
    link = services.status_link(visit=visit, by=user)
    return link_url(request, link) if link else None


def survey_qr(request: HttpRequest, link: Link) -> str:
    """Return the QR code that opens the survey of `link` on the visitor's phone."""
    return qr_svg(link_url(request, link), label=str(Link.Purpose.SURVEY.label))
