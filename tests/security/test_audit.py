"""Audit: accounts and role grants have a history; the admin logs only saves that happened."""

import pytest
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.contrib.messages import get_messages
from django.contrib.messages.middleware import MessageMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.exceptions import ValidationError
from django.test import RequestFactory

from hospital.admin_base import LogReadsMixin, ServiceAdminMixin
from hospital.models import AccessLog, Desk
from hospital.records import StaleVersion
from hospital.roles import Role

pytestmark = pytest.mark.django_db


def test_granting_a_role_is_in_the_users_history(guide, administrator) -> None:
    supervisors = Group.objects.get(name=Role.SUPERVISOR)
    guide._history_user = administrator
    guide.groups.add(supervisors)

    latest = guide.history.latest()
    assert {row.group_id for row in latest.groups.all()} >= {supervisors.pk}
    assert latest.history_user == administrator


def test_the_users_history_keeps_no_password_hash_and_no_row_per_login(client, guide) -> None:
    guide.set_password("a-new-password-for-tests-9")
    guide.save()
    rows = guide.history.count()
    assert not hasattr(guide.history.latest(), "password")

    client.post("/accounts/login/", {"username": "guide", "password": "a-new-password-for-tests-9"})
    guide.refresh_from_db()
    assert guide.last_login is not None
    assert guide.history.count() == rows


def test_a_groups_permissions_have_a_history() -> None:
    group = Group.objects.create(name="porters")
    group.permissions.add(*list(Group.objects.get(name=Role.SUPERVISOR).permissions.all()[:1]))
    assert group.history.count() >= 1


def test_the_user_admin_shows_the_history(admin_client_user, guide) -> None:
    response = admin_client_user.get(f"/admin/auth/user/{guide.pk}/history/")
    assert response.status_code == 200


class _DeskServiceAdmin(ServiceAdminMixin, admin.ModelAdmin):
    """A desk admin whose service refuses every change as stale, as two tablets would."""

    fields = ["name"]

    def service_save(self, request, obj, form, change):
        raise StaleVersion("Someone else changed this desk while you were editing it.")


class _DeskAcceptingAdmin(ServiceAdminMixin, admin.ModelAdmin):
    fields = ["name"]

    def service_save(self, request, obj, form, change):
        obj.save()


def _post(user, path: str, data: dict):
    request = RequestFactory().post(path, data)
    request.user = user
    SessionMiddleware(lambda r: None).process_request(request)
    MessageMiddleware(lambda r: None).process_request(request)
    request._dont_enforce_csrf_checks = True
    return request


def test_a_refused_save_shows_only_the_refusal_and_logs_nothing(administrator, desk) -> None:
    site = admin.AdminSite(name="service_test")
    model_admin = _DeskServiceAdmin(Desk, site)
    request = _post(administrator, f"/admin/hospital/desk/{desk.pk}/change/", {"name": "Renamed"})

    response = model_admin.change_view(request, str(desk.pk))

    assert response.status_code == 302
    assert response["Location"] == f"/admin/hospital/desk/{desk.pk}/change/"
    shown = [(m.level_tag, str(m)) for m in get_messages(request)]
    assert shown == [("error", "Someone else changed this desk while you were editing it.")]
    assert not LogEntry.objects.exists()
    desk.refresh_from_db()
    assert desk.name != "Renamed"


def test_a_save_the_service_accepts_is_logged_and_confirmed(administrator, desk) -> None:
    site = admin.AdminSite(name="service_test_ok")
    model_admin = _DeskAcceptingAdmin(Desk, site)
    request = _post(administrator, f"/admin/hospital/desk/{desk.pk}/change/", {"name": "Renamed"})

    response = model_admin.change_view(request, str(desk.pk))

    assert response.status_code == 302
    assert [m.level_tag for m in get_messages(request)] == ["success"]
    assert LogEntry.objects.count() == 1
    desk.refresh_from_db()
    assert desk.name == "Renamed"


def test_a_refused_add_logs_nothing_either(administrator) -> None:
    class RefusingAdd(ServiceAdminMixin, admin.ModelAdmin):
        fields = ["code", "name"]

        def service_save(self, request, obj, form, change):
            raise ValidationError({"code": "No new desks today."}, code="closed")

    model_admin = RefusingAdd(Desk, admin.AdminSite(name="service_test_add"))
    before = Desk.objects.count()
    request = _post(administrator, "/admin/hospital/desk/add/", {"code": "x1", "name": "X"})
    response = model_admin.add_view(request)
    assert response.status_code == 302
    assert [str(m) for m in get_messages(request)] == ["No new desks today."]
    assert Desk.objects.count() == before
    assert not LogEntry.objects.exists()


def test_reading_a_record_in_the_admin_is_in_the_access_log(administrator, desk) -> None:
    from simple_history.admin import SimpleHistoryAdmin

    class LoggedDeskAdmin(LogReadsMixin, SimpleHistoryAdmin):
        pass

    model_admin = LoggedDeskAdmin(Desk, admin.site)
    request = RequestFactory().get(f"/admin/hospital/desk/{desk.pk}/change/")
    request.user = administrator
    SessionMiddleware(lambda r: None).process_request(request)
    model_admin.change_view(request, str(desk.pk))
    model_admin.history_view(request, str(desk.pk))
    version = desk.history.latest()
    model_admin.history_form_view(request, str(desk.pk), str(version.history_id))

    entries = AccessLog.objects.filter(object_id=str(desk.pk), kind="view")
    assert entries.count() == 3
    assert {e.username for e in entries} == {administrator.username}


def test_users_get_no_change_history_of_their_own_passwords(guide) -> None:
    assert "password" not in {f.name for f in User.history.model._meta.fields}
