"""Each role's home: where a person starts the day after logging in."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from hospital.roles import Role, roles_of

# Where each role starts its day, in order of precedence for people who hold several roles.
ROLE_HOME = [
    (Role.GUIDE, "overview:board"),
    (Role.SUPERVISOR, "overview:supervisor_home"),
    (Role.SECURITY_DESK, "handover:security_book"),
    (Role.DEPARTMENT_MANAGER, "reception:department_visits"),
]


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """Send each person to where their role starts the day."""
    roles = roles_of(request.user)
    for role, url_name in ROLE_HOME:
        if role in roles:
            return redirect(url_name)
    if request.user.is_staff:
        return redirect("admin:index")
    return render(request, "overview/home.html")
