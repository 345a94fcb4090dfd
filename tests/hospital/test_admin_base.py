"""The one read-only admin base: records are read in the admin, never added, changed or deleted."""

import pytest
from django.contrib import admin
from django.test import RequestFactory

from hospital.admin_base import ReadOnlyAdmin, ReadOnlyInline
from hospital.models import CalendarDay, Desk


@pytest.fixture
def request_(administrator):
    request = RequestFactory().get("/")
    request.user = administrator
    return request


@pytest.mark.django_db
def test_read_only_admin_refuses_add_change_and_delete_even_to_a_superuser(request_) -> None:
    request_.user.is_superuser = True
    model_admin = ReadOnlyAdmin(Desk, admin.site)
    desk = Desk.objects.first()
    assert not model_admin.has_add_permission(request_)
    assert not model_admin.has_change_permission(request_, desk)
    assert not model_admin.has_delete_permission(request_, desk)
    assert model_admin.has_view_permission(request_, desk)


@pytest.mark.django_db
def test_read_only_inline_shows_rows_without_forms_to_add_or_delete(request_) -> None:
    inline = type("DayInline", (ReadOnlyInline,), {"model": CalendarDay})(Desk, admin.site)
    assert inline.extra == 0 and inline.can_delete is False
    assert not inline.has_add_permission(request_, None)
    assert not inline.has_change_permission(request_, None)
    assert not inline.has_delete_permission(request_, None)
