"""The privacy officer's pages: everything held about a person, as a page and as JSON, and
their anonymisation on request (PIPL art. 45 and 47). Administrators only; every read is logged."""

import json
from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from hospital.access import Kind, log_access

from ..privacy import person_anonymise, person_export, person_records, person_sections
from ..privacy_forms import AnonymiseForm, PersonForm

View = Callable[..., HttpResponse]


def privacy_officer_required(view: View) -> View:
    """Let only administrators (superusers) through: these pages show everything of a person."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if not request.user.is_superuser:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def _officer(request: HttpRequest) -> User:
    """Return the administrator acting (the decorator has let only a superuser through)."""
    assert isinstance(request.user, User)
    return request.user


def _query(form: PersonForm) -> str:
    data = form.cleaned_data
    visitor = data.get("visitor")
    return urlencode({"phone": data.get("phone") or "", "visitor": visitor.pk if visitor else ""})


@require_GET
@never_cache
@privacy_officer_required
def privacy_person(request: HttpRequest) -> HttpResponse:
    """Find a person by phone or visitor number and show everything held about them."""
    form = PersonForm(request.GET or None)
    records = None
    if form.is_valid():
        records = person_records(
            phone=form.cleaned_data["phone"], visitor=form.cleaned_data["visitor"]
        )
        log_access(request, form.label(), kind=Kind.LOOKUP)
    return render(
        request,
        "overview/privacy_person.html",
        {
            "form": form,
            "records": records,
            "sections": person_sections(records) if records else [],
            "query": _query(form) if records else "",
        },
    )


@require_GET
@never_cache
@privacy_officer_required
def privacy_export(request: HttpRequest) -> HttpResponse:
    """Download everything held about the person as JSON."""
    form = PersonForm(request.GET)
    if not form.is_valid():
        messages.error(request, " ".join(map(str, form.non_field_errors())) or _("Check the form."))
        return redirect("overview:privacy_person")
    records = person_records(phone=form.cleaned_data["phone"], visitor=form.cleaned_data["visitor"])
    log_access(request, form.label(), kind=Kind.EXPORT)
    body = json.dumps(person_export(records), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
    return response


@require_http_methods(["GET", "POST"])
@never_cache
@privacy_officer_required
def privacy_anonymise(request: HttpRequest) -> HttpResponse:
    """Confirm, then anonymise the person: names, phones and texts go, counts and times stay."""
    if request.method == "POST":
        form = AnonymiseForm(request.POST)
        if form.is_valid():
            records = person_records(
                phone=form.cleaned_data["phone"], visitor=form.cleaned_data["visitor"]
            )
            changed = person_anonymise(records=records, by=_officer(request))
            messages.success(
                request,
                _("The person is anonymised: %(count)s records changed.")
                % {"count": sum(changed.values())},
            )
            return redirect("overview:privacy_person")
        lookup = PersonForm(request.POST)
    else:
        lookup = PersonForm(request.GET)
        form = None
    if not lookup.is_valid():
        messages.error(request, _("Give the person's phone number or visitor number."))
        return redirect("overview:privacy_person")
    records = person_records(
        phone=lookup.cleaned_data["phone"], visitor=lookup.cleaned_data["visitor"]
    )
    if form is None:
        visitor = lookup.cleaned_data["visitor"]
        form = AnonymiseForm(
            initial={
                "phone": lookup.cleaned_data["phone"],
                "visitor": visitor.pk if visitor else None,
            }
        )
    return render(
        request,
        "overview/privacy_anonymise.html",
        {
            "form": form,
            "records": records,
            "back": f"{reverse('overview:privacy_person')}?{_query(lookup)}",
        },
        status=200 if request.method == "GET" else 422,
    )
