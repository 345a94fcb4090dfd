from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import get_object_or_404, redirect, resolve_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from .desks import choose_desk
from .models import Desk
from .roles import Role, has_role


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Answer the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
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
    """Make this tablet work at another desk."""
    if not has_role(request.user, *Role.values):
        raise PermissionDenied
    desk = get_object_or_404(Desk, pk=request.POST.get("desk"), is_active=True)
    choose_desk(request, desk)
    messages.success(request, _("This tablet now works at %(desk)s.") % {"desk": desk.name})
    # The start page is configuration (LOGIN_REDIRECT_URL): this app names no page above it.
    start_page = resolve_url(settings.LOGIN_REDIRECT_URL)
    next_url = request.POST.get("next") or start_page
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = start_page
    return redirect(next_url)
