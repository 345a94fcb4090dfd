"""The alerts page, the one-tap acknowledgement and the bell's live poll."""

from typing import TYPE_CHECKING, cast

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import condition, require_GET, require_POST

from hospital.filters import MAX_ID, clean_param
from hospital.forms import refuse
from hospital.roles import Role, role_required

from .checks import run_poll_checks
from .inbox import inbox_of, last_change
from .models import Delivery, Level
from .services import alert_acknowledge

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser

PAGE_SIZE = 50
STAFF_ROLES = tuple(Role.values)


class AlertFilterForm(forms.Form):
    """The list's query parameters; a bad one is named in one message (see `_filters`)."""

    show = forms.ChoiceField(required=False, choices=[("open", "open"), ("all", "all")])
    level = forms.ChoiceField(required=False, choices=[("", ""), *Level.choices])


def _filters(request: HttpRequest) -> tuple[str, str]:
    """Return (show, level) from the query; a bad value is left out with one message."""
    values, bad = {"show": "open", "level": ""}, False
    for name, field in AlertFilterForm.base_fields.items():
        try:
            values[name] = clean_param(request.GET, name, field) or values[name]
        except ValidationError:
            bad = True
    if bad:
        messages.warning(request, _("That filter does not exist; it was left out."))
    return values["show"], values["level"]


@require_GET
@role_required(*STAFF_ROLES)
def alert_list(request: HttpRequest) -> HttpResponse:
    """List the alerts delivered to me: the open ones first, or all; by level."""
    show, level = _filters(request)
    rows = Delivery.objects.filter(user_id=cast(int, request.user.pk)).select_related(
        "alert", "alert__desk", "alert__acknowledged_by"
    )
    if show == "open":
        rows = rows.waiting()
    if level:
        rows = rows.filter(level=level)
    page = Paginator(rows.order_by("-delivered_at", "-pk"), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "alerts/list.html",
        {"page": page, "show": show, "level": level, "levels": Level.choices},
    )


def _back(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("alerts:list")


@require_POST
@role_required(*STAFF_ROLES)
def alert_acknowledge_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Acknowledge an alert delivered to me by one tap; someone else's is not found."""
    if not 0 < pk <= MAX_ID:
        raise Http404
    delivery = Delivery.objects.filter(alert_id=pk, user_id=cast(int, request.user.pk)).first()
    if delivery is None:
        raise Http404(_("This alert was not sent to you."))
    try:
        alert = alert_acknowledge(alert=pk, by=cast("AbstractBaseUser", request.user))
    except ValidationError as error:
        refuse(request, error)
    else:
        if not request.htmx:  # type: ignore[attr-defined]
            messages.success(
                request, _("Acknowledged: %(alert)s") % {"alert": alert.get_kind_display()}
            )
    if request.htmx:  # type: ignore[attr-defined]
        return poll_response(request)
    return HttpResponseRedirect(_back(request))


def _inbox_etag(request: HttpRequest) -> str | None:
    """The poll's ETag: the person, the language and their inbox's last change."""
    changed = last_change(request.user)
    stamp = f"{changed.timestamp():.6f}" if changed else "0"
    return f"{request.user.pk}-{get_language()}-{stamp}"


def poll_response(request: HttpRequest) -> JsonResponse:
    inbox = inbox_of(request.user)
    banner = render_to_string(
        "alerts/_banner.html",
        # Rendered for the page that polled: a tap without script comes back to the list.
        # No request: the page's context processors (desk, roles) are not needed here.
        {"inbox": inbox, "back": reverse("alerts:list"), "csrf_token": get_token(request)},
    )
    label = ngettext("%(count)d open alert", "%(count)d open alerts", inbox.waiting) % {
        "count": inbox.waiting
    }
    response = JsonResponse(
        {"waiting": inbox.waiting, "urgent": inbox.urgent, "label": label, "banner": banner},
    )
    response["Cache-Control"] = "private, no-cache"
    return response


@condition(etag_func=_inbox_etag)
def _poll(request: HttpRequest) -> HttpResponse:
    return poll_response(request)


@require_GET
@role_required(*STAFF_ROLES)
def alert_poll(request: HttpRequest) -> HttpResponse:
    """Answer the bell's poll: 304 while nothing changed (one indexed read), else the counts and
    the urgent banner. Now and then it first runs the pressing time-based rules (an emergency
    team not called within the minute), so they need not wait for cron."""
    run_poll_checks()
    return _poll(request)
