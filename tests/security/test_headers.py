"""Headers: a strict CSP everywhere (the admin too), no-store for logged-in users, no sensors."""

import re
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

TEMPLATES = Path(settings.BASE_DIR) / "templates"
# Rendered into a PDF by WeasyPrint, never served to a browser as HTML.
NOT_SERVED_AS_HTML = {"overview/daily_sheet_pdf.html"}


def _policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {
        part.split()[0]: " ".join(part.split()[1:])
        for part in (p.strip() for p in header.split(";"))
        if part
    }


@pytest.mark.parametrize("path", ["/accounts/login/", "/accounts/password/", "/admin/"])
def test_every_page_has_a_strict_content_security_policy(admin_client_user, path: str) -> None:
    policy = _policy(admin_client_user.get(path))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["style-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert "unsafe-inline" not in " ".join(policy.values())
    assert "unsafe-eval" not in " ".join(policy.values())


def test_the_admin_pages_carry_no_inline_script_or_style(admin_client_user, desk) -> None:
    for path in [
        "/admin/",
        "/admin/hospital/desk/",
        f"/admin/hospital/desk/{desk.pk}/change/",
        f"/admin/hospital/desk/{desk.pk}/history/",
        "/admin/auth/user/",
    ]:
        html = admin_client_user.get(path).text
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert "<style" not in html and " style=" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path


def test_no_template_carries_inline_script_style_or_handler() -> None:
    offenders = []
    for template in TEMPLATES.rglob("*.html"):
        name = template.relative_to(TEMPLATES).as_posix()
        if name in NOT_SERVED_AS_HTML:
            continue
        text = template.read_text(encoding="utf-8")
        if (
            re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text)
            or re.search(r"<style\b", text)
            or re.search(r"\sstyle=", text)
            or re.search(r"\son[a-z]+=\s*[\"']", text)
            or "javascript:" in text
        ):
            offenders.append(name)
    assert offenders == []


def test_htmx_is_told_not_to_inject_its_own_style(guide_client) -> None:
    page = guide_client.get("/accounts/password/").text
    assert '"includeIndicatorStyles": false' in page


def test_logged_in_pages_are_never_stored(guide_client) -> None:
    response = guide_client.get("/accounts/password/")
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_every_answer_to_a_logged_in_user_is_no_store_downloads_too(rf, guide) -> None:
    from django.http import HttpResponse

    from hospital.security import SecurityHeadersMiddleware

    def export(request):
        response = HttpResponse("name,phone\n", content_type="text/csv")
        response["Cache-Control"] = "max-age=3600"
        return response

    request = rf.get("/complaints/report.csv")
    request.user = guide
    response = SecurityHeadersMiddleware(export)(request)
    assert "no-store" in response["Cache-Control"]
    assert "max-age=3600" not in response["Cache-Control"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Cache-Control": "max-age=0, no-cache, no-store, must-revalidate, private"},
        {"Expires": "Thu, 01 Jan 2099 00:00:00 GMT", "Cache-Control": "no-cache"},
    ],
)
def test_never_cache_headers_are_complete_whatever_the_view_set(rf, guide, headers) -> None:
    from django.http import HttpResponse
    from django.utils.cache import add_never_cache_headers

    from hospital.security import SecurityHeadersMiddleware

    expected = HttpResponse(headers=headers)
    add_never_cache_headers(expected)
    request = rf.get("/somewhere/")
    request.user = guide
    response = SecurityHeadersMiddleware(lambda request: HttpResponse(headers=headers))(request)
    assert response["Cache-Control"] == expected["Cache-Control"]
    assert "no-store" in response["Cache-Control"] and response["Expires"]


def test_static_files_stay_cacheable(guide_client) -> None:
    response = guide_client.get("/static/css/frontdesk.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")


def test_permissions_policy_switches_the_sensors_off(client) -> None:
    policy = client.get("/accounts/login/")["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_the_vendored_files_reference_no_missing_source_map() -> None:
    static = Path(settings.BASE_DIR) / "static"
    for path in list(static.rglob("*.js")) + list(static.rglob("*.css")):
        for match in re.finditer(r"sourceMappingURL=(\S+?)(?:\s|\*/|$)", path.read_text()):
            assert (path.parent / match.group(1)).exists(), f"{path} -> {match.group(1)}"


def test_the_policy_is_the_one_django_csp_builds_from_the_settings(guide_client, settings) -> None:
    from csp.utils import build_policy

    page = "/accounts/password/"
    assert guide_client.get(page)["Content-Security-Policy"] == build_policy()
    assert "Content-Security-Policy-Report-Only" not in guide_client.get(page)
    # Built once per process while the settings stay; changed settings are read again.
    settings.CONTENT_SECURITY_POLICY = {"DIRECTIVES": {"default-src": ["'none'"]}}
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": {"img-src": ["'self'"]}}
    response = guide_client.get(page)
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["Content-Security-Policy-Report-Only"] == build_policy(report_only=True)
    assert "img-src 'self'" in response["Content-Security-Policy-Report-Only"]


def test_a_response_with_a_policy_of_its_own_keeps_django_csps_rules(rf) -> None:
    from django.http import HttpResponse

    from hospital.security import ContentSecurityPolicyMiddleware

    middleware = ContentSecurityPolicyMiddleware(lambda request: HttpResponse())

    def answer(**attributes: object) -> HttpResponse:
        request = rf.get("/")
        middleware.process_request(request)
        response = HttpResponse()
        for name, value in attributes.items():
            setattr(response, name, value)
        return middleware.process_response(request, response)

    updated = answer(_csp_update={"img-src": ["https://maps.example"]})
    assert "img-src 'self' data: https://maps.example" in updated["Content-Security-Policy"]
    assert "Content-Security-Policy" not in answer(_csp_exempt=True)
    set_already = HttpResponse(headers={"Content-Security-Policy": "default-src 'none'"})
    request = rf.get("/")
    middleware.process_request(request)
    kept = middleware.process_response(request, set_already)
    assert kept["Content-Security-Policy"] == "default-src 'none'"
