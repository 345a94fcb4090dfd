"""The exit survey in kiosk mode: handed over by the guide, given back with the PIN or password."""

from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST

from hospital.filters import IdField, clean_param
from hospital.pins import UnlockForm
from hospital.records import new_form_token
from hospital.roles import Role, role_required

from ..forms.feedback import FeedbackForm
from ..kiosk import SESSION_KEY, kiosk_state
from ..models import FEEDBACK_DIMENSIONS, Feedback, Visit
from .access import StaffRequest, desk_or_404
from .feedback import survey_submit

# A visitor guessing the PIN or password gets this many tries; then the session ends (the tablet
# shows the login page, which holds nobody's data). The PIN's own count spans sessions.
UNLOCK_ATTEMPTS = 5


@require_POST
@role_required(Role.GUIDE)
def kiosk_start(request: StaffRequest) -> HttpResponse:
    """Hand the tablet to the visitor: lock the session on the exit survey for this visit."""
    desk = desk_or_404(request)
    visits = Visit.objects.visible_to(request.user).filter(desk=desk)
    try:
        visit = clean_param(request.POST, "visit", IdField(visits))
    except ValidationError:
        visit = None  # not this desk's visit, or not a visit: the survey asks without one
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = visit.get_absolute_url() if visit else reverse("reception:feedback_new")
    request.session[SESSION_KEY] = {
        "visit": visit.pk if visit else None,
        "desk": desk.pk,
        "language": translation.get_language(),
        "back": back,
        "feedback": None,
        "failures": 0,
    }
    return redirect("reception:kiosk_feedback")


@require_http_methods(["GET", "POST"])
@role_required(Role.GUIDE)
def kiosk_feedback(request: StaffRequest) -> HttpResponse:
    """The survey as the visitor sees it: no staff menu, no other visitor, their language."""
    state = kiosk_state(request)
    if state is None:
        return redirect("reception:feedback_new")
    if state.get("feedback"):
        return redirect("reception:kiosk_done")
    desk = desk_or_404(request)
    visit = (
        Visit.objects.select_related("destination").filter(pk=state["visit"], desk=desk).first()
        if state.get("visit")
        else None
    )
    if request.method == "POST":
        # The visit and the channel are the guide's, fixed when the tablet was handed over.
        data = request.POST.copy()
        data["visit"] = str(visit.pk) if visit else ""
        data["channel"] = Feedback.Channel.TABLET
        form = FeedbackForm(data, desk=desk)
        feedback = survey_submit(form, desk=desk, by=request.user)
        if feedback is not None:
            state["feedback"] = feedback.pk
            request.session[SESSION_KEY] = state
            return redirect("reception:kiosk_done")
    else:
        form = FeedbackForm(
            desk=desk,
            initial={
                "idempotency_key": new_form_token(),
                "department": visit.destination_id if visit else None,
            },
        )
    return render(
        request,
        "reception/kiosk_feedback.html",
        {
            "form": form,
            "dimensions": [form[name] for name in FEEDBACK_DIMENSIONS],
            "unlock_form": UnlockForm(),
        },
    )


@require_http_methods(["GET"])
@role_required(Role.GUIDE)
def kiosk_done(request: StaffRequest) -> HttpResponse:
    """Thank the visitor and ask them to give the tablet back."""
    state = kiosk_state(request)
    if state is None:
        return redirect("reception:feedback_new")
    return render(request, "reception/kiosk_done.html", {"unlock_form": UnlockForm()})


@require_POST
@role_required(Role.GUIDE)
def kiosk_unlock(request: StaffRequest) -> HttpResponse:
    """Give the staff screen back to the staff member logged in once their PIN or password is typed."""
    state = kiosk_state(request)
    if state is None:
        return redirect("reception:feedback_new")
    form = UnlockForm(request.POST, user=request.user)
    if not form.is_valid():
        state["failures"] = int(state.get("failures", 0)) + 1
        if state["failures"] >= UNLOCK_ATTEMPTS:
            logout(request)
            return redirect(settings.LOGIN_URL)
        request.session[SESSION_KEY] = state
        template = "reception/kiosk_done.html"
        context: dict[str, Any] = {"unlock_form": form}
        if not state.get("feedback"):
            template = "reception/kiosk_feedback.html"
            desk = desk_or_404(request)
            survey = FeedbackForm(desk=desk, initial={"idempotency_key": new_form_token()})
            context |= {
                "form": survey,
                "dimensions": [survey[name] for name in FEEDBACK_DIMENSIONS],
                "unlock_open": True,
            }
        return render(request, template, context, status=403)
    del request.session[SESSION_KEY]
    target = state.get("back") or reverse("reception:feedback_new")
    if state.get("feedback"):
        feedback = Feedback.objects.filter(pk=state["feedback"]).first()
        if feedback is not None:
            target = feedback.get_absolute_url()
    response = redirect(target)
    # Back in the staff's language, whatever the visitor chose.
    language = state.get("language") or settings.LANGUAGE_CODE
    response.set_cookie(settings.LANGUAGE_COOKIE_NAME, language, samesite="Lax")
    return response
