import base64
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, connection
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import redirect, render, resolve_url
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from .desks import choose_desk, workable_desks
from .filters import IdField, clean_param
from .forms import submit
from .otp_forms import OTPTokenForm
from .pins import (
    PIN_FAILURE_LIMIT,
    PinForm,
    UnlockForm,
    may_use_pin,
    pin_remove,
    pin_set,
    unlock_failures,
    usable_pin,
)
from .roles import Role, has_role
from .security import LOCKS_WHEN_IDLE, session_is_locked, session_unlock


def _database_answers() -> bool:
    """Ask the database for SELECT 1 on a connection of its own, giving up after HEALTHZ_TIMEOUT.

    Not through the pool: during an outage the pool waits its own (long) timeout for a free
    connection, and the load balancer would hear nothing instead of "unavailable".
    """
    database = settings.DATABASES["default"]
    if not database["ENGINE"].endswith("postgresql"):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except DatabaseError:
            return False
        return True
    import psycopg

    timeout = settings.HEALTHZ_TIMEOUT
    try:
        with psycopg.connect(
            dbname=database["NAME"],
            user=database.get("USER") or None,
            password=database.get("PASSWORD") or None,
            host=database.get("HOST") or None,
            port=database.get("PORT") or None,
            connect_timeout=timeout,
            options=f"-c statement_timeout={timeout * 1000}",
        ) as conn:
            conn.execute("SELECT 1").fetchone()
    except psycopg.Error:
        return False
    return True


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Answer the load balancer: 200 when the database answers, 503 when it does not."""
    if not _database_answers():
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@login_not_required
def login(request: HttpRequest) -> HttpResponseBase:
    """Show the login page; `?language=` switches its language before anyone has logged in."""
    language = request.GET.get("language")
    if language and translation.check_for_language(language):
        translation.activate(language)
        request.LANGUAGE_CODE = language
    response = auth_views.LoginView.as_view(
        template_name="registration/login.html", redirect_authenticated_user=True
    )(request)
    if language and translation.check_for_language(language):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
        )
    return response


@require_POST
def switch_desk(request: HttpRequest) -> HttpResponse:
    """Make this tablet work at another of the desks this person may work at (404 otherwise)."""
    if not has_role(request.user, *Role.values):
        raise PermissionDenied
    try:
        desk = clean_param(
            request.POST, "desk", IdField(workable_desks(request.user), required=True)
        )
    except ValidationError:
        raise Http404(_("You do not work at that desk; choose one of yours.")) from None
    choose_desk(request, desk)
    messages.success(request, _("This tablet now works at %(desk)s.") % {"desk": desk.name})
    # The start page is configuration (LOGIN_REDIRECT_URL): this app names no page above it.
    start_page = resolve_url(settings.LOGIN_REDIRECT_URL)
    next_url = request.POST.get("next") or start_page
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = start_page
    # Not redirect(): it would read a next of "a-b" as a URL name and fail on it.
    return HttpResponseRedirect(next_url)


@require_GET
def session_keepalive(request: HttpRequest) -> HttpResponse:
    """Count the "stay logged in" button (or typing on the page) as activity: 204, nothing else.

    The session middleware has already noted the activity; this view only answers.
    """
    return HttpResponse(status=204)


@require_http_methods(["GET", "POST"])
def session_locked(request: HttpRequest) -> HttpResponse:
    """The lock screen of an idle tablet: the owner's PIN or password opens the session again.

    It shows whose session it is and nothing else; a colleague taps "Log out" to log in as
    themselves. After PIN_FAILURE_LIMIT wrong tries the session ends (see `hospital.pins`).
    """
    user = request.user
    if not session_is_locked(request):
        return redirect(settings.LOGIN_REDIRECT_URL)
    assert isinstance(user, User)
    form = UnlockForm(request.POST or None, user=user)
    if request.method == "POST":
        if form.is_valid():
            page = session_unlock(request)
            if not url_has_allowed_host_and_scheme(page, {request.get_host()}):
                page = ""
            return HttpResponseRedirect(page or resolve_url(settings.LOGIN_REDIRECT_URL))
        if unlock_failures(user) >= PIN_FAILURE_LIMIT:
            logout(request)
            messages.error(
                request,
                _("Too many wrong tries on the lock screen: log in with your password."),
            )
            return redirect(settings.LOGIN_URL)
    return render(
        request,
        "registration/locked.html",
        {"form": form, "person": user.get_full_name() or user.get_username()},
        status=422 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def pin_settings(request: HttpRequest) -> HttpResponse:
    """Set, replace or remove the PIN that unlocks this person's idle tablet (guides, security)."""
    user = request.user
    if not may_use_pin(user):
        raise PermissionDenied
    assert isinstance(user, User)
    form = PinForm(user=user)
    if request.method == "POST":
        if "remove" in request.POST:
            if pin_remove(user=user):
                messages.success(
                    request, _("Your PIN is removed: an idle tablet now logs you out.")
                )
            request.session[LOCKS_WHEN_IDLE] = False
            return redirect("pin_settings")
        form = PinForm(request.POST, user=user)
        if submit(form, lambda data: pin_set(user=user, pin=data["pin"])) is not None:
            request.session[LOCKS_WHEN_IDLE] = True
            messages.success(
                request, _("Your PIN is set: it unlocks your idle tablet during this shift.")
            )
            return redirect("pin_settings")
    return render(
        request,
        "registration/pin_settings.html",
        {"form": form, "has_pin": usable_pin(user) is not None},
        status=422 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
def otp_enrol(request: HttpRequest) -> HttpResponse:
    """Set up the authenticator app of a staff member who has none yet, then open the admin."""
    user = _staff_user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        # A second device is added by an administrator, not by whoever holds the password.
        return redirect(_otp_url("otp_verify", request))
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=_("Authenticator app"), confirmed=False)
    form = OTPTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-step login is set up for your account."))
            return redirect(_next_or_admin(request))
        form.add_error("token", ValidationError(OTPTokenForm.WRONG, code="wrong_token"))
    secret = base64.b32encode(device.bin_key).decode()
    context = {
        "form": form,
        "qr_code": _qr_data_uri(device.config_url),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "next": request.GET.get("next", ""),
    }
    return render(request, "registration/otp_enrol.html", context)


@require_http_methods(["GET", "POST"])
def otp_verify(request: HttpRequest) -> HttpResponse:
    """Ask a staff member for the code of their authenticator app before the admin."""
    user = _staff_user(request)
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(_otp_url("otp_enrol", request))
    form = OTPTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            return redirect(_next_or_admin(request))
        form.add_error("token", ValidationError(OTPTokenForm.WRONG, code="wrong_token"))
    return render(
        request, "registration/otp_verify.html", {"form": form, "next": request.GET.get("next", "")}
    )


def _staff_user(request: HttpRequest) -> User:
    user = request.user
    if not (isinstance(user, User) and user.is_staff):
        raise PermissionDenied
    return user


def _otp_url(name: str, request: HttpRequest) -> str:
    next_url = request.GET.get("next")
    return f"{reverse(name)}?{urlencode({'next': next_url})}" if next_url else reverse(name)


def _next_or_admin(request: HttpRequest) -> str:
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return reverse("admin:index")


def _qr_data_uri(text: str) -> str:
    """Return `text` as a QR code image in a data: URI (an <img>, so the CSP needs no inline SVG)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(text, image_factory=qrcode.image.svg.SvgPathImage, box_size=12)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """Render the 500 page without the database or the request's context processors.

    The error may be the database itself: the page names no user, desk or role.
    """
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request_path": request.path}), status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Explain a refused form (usually a page left open across a logout) in the user's language."""
    template = loader.get_template("403_csrf.html")
    return HttpResponse(template.render({}, request), status=403)
