"""The admin site wraps each view once and tries the busiest model's addresses first: the same
pages, the same checks on every request, the same headers."""

import pytest
from django.contrib import admin
from django.urls import resolve, reverse

from hospital.admin_site import FrontDeskAdminSite


def test_the_admin_site_is_the_front_desk_one() -> None:
    assert isinstance(admin.site._wrapped, FrontDeskAdminSite)  # type: ignore[attr-defined]
    assert admin.site.first == ("complaints.complaint",)  # type: ignore[attr-defined]


def test_every_model_address_resolves_to_its_own_page_whatever_the_order() -> None:
    for model in admin.site._registry:
        info = f"{model._meta.app_label}_{model._meta.model_name}"
        for page, args in (("changelist", []), ("add", []), ("change", ["7"]), ("history", ["7"])):
            name = f"admin:{info}_{page}"
            assert resolve(reverse(name, args=args)).view_name == name
    assert resolve("/admin/").view_name == "admin:index"
    assert resolve("/admin/complaints/").view_name == "admin:app_list"
    assert resolve("/admin/no/such/page/").url_name is None  # the admin's catch-all


@pytest.mark.django_db
def test_a_view_is_wrapped_once_and_checks_each_request(guide_client) -> None:
    view = resolve("/admin/complaints/complaint/").func.__wrapped__
    assert admin.site.admin_view(view) is admin.site.admin_view(view)
    assert admin.site.admin_view(view) is not admin.site.admin_view(view, cacheable=True)
    # A guide is not staff: the admin's login page, on this request as on the first.
    for _ in range(2):
        response = guide_client.get("/admin/complaints/complaint/")
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_the_changelist_still_says_never_cache(supervisor_client) -> None:
    for _ in range(2):  # rendered, then remembered
        response = supervisor_client.get("/admin/complaints/complaint/")
        assert response.status_code == 200
        for part in ("no-cache", "no-store", "must-revalidate", "private", "max-age=0"):
            assert part in response["Cache-Control"]
        assert response["Expires"]
