"""The access log: one function writes who read what; the admin shows it and changes nothing."""

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory

from hospital.access import Kind, client_ip, log_access
from hospital.admin import AccessLogAdmin
from hospital.models import AccessLog, Desk


def _request(user, path="/visits/1/", **meta):
    request = RequestFactory().get(path, REMOTE_ADDR="10.1.2.3", **meta)
    request.user = user
    return request


@pytest.mark.django_db
def test_log_access_records_who_when_where_and_which_record(guide, desk) -> None:
    entry = log_access(_request(guide), desk, kind=Kind.VIEW)

    entry.refresh_from_db()
    assert entry.user == guide and entry.username == "guide"
    assert entry.ip == "10.1.2.3"
    assert entry.kind == "view"
    assert entry.content_type == ContentType.objects.get_for_model(Desk)
    assert entry.object_id == str(desk.pk)
    assert entry.label == str(desk)
    assert entry.path == "/visits/1/"
    assert entry.at is not None


@pytest.mark.django_db
def test_log_access_takes_a_label_for_reads_without_one_record(guide) -> None:
    entry = log_access(_request(guide, "/reception/lookup/?phone=x"), "phone …1234", kind="lookup")
    assert entry.content_type is None and entry.object_id == ""
    assert entry.label == "phone …1234" and entry.kind == "lookup"


@pytest.mark.django_db
def test_the_logged_address_keeps_no_query_the_label_masks(guide) -> None:
    request = _request(guide, "/reception/lookup/?phone=13912340000&name=%E7%8E%8B")
    entry = log_access(request, "phone …0000", kind="lookup")
    entry.refresh_from_db()
    assert entry.path == "/reception/lookup/"


@pytest.mark.django_db
def test_the_migration_drops_the_query_of_addresses_logged_before(guide) -> None:
    from importlib import import_module

    from django.apps import apps

    migration = import_module("hospital.migrations.0009_access_log_paths_without_query")
    AccessLog.objects.create(username="guide", kind="lookup", path="/lookup/?phone=13912340000")
    AccessLog.objects.create(username="guide", kind="view", path="/visits/5/")
    migration.strip_queries(apps, None)
    assert sorted(AccessLog.objects.values_list("path", flat=True)) == ["/lookup/", "/visits/5/"]


@pytest.mark.django_db
def test_log_access_refuses_an_unknown_kind(guide) -> None:
    with pytest.raises(ValueError):
        log_access(_request(guide), "x", kind="read")
    assert not AccessLog.objects.exists()


@pytest.mark.django_db
def test_client_ip_trusts_only_the_proxys_own_entry_behind_the_tls_proxy(settings, guide) -> None:
    request = _request(guide, HTTP_X_FORWARDED_FOR="6.6.6.6, 192.168.5.7")
    settings.BEHIND_TLS_PROXY = False
    assert client_ip(request) == "10.1.2.3"
    settings.BEHIND_TLS_PROXY = True
    assert client_ip(request) == "192.168.5.7"


@pytest.mark.django_db
def test_access_log_admin_is_read_only_even_for_a_superuser(administrator, guide, desk) -> None:
    entry = log_access(_request(guide), desk, kind=Kind.PDF)
    request = _request(administrator)
    model_admin = AccessLogAdmin(AccessLog, admin.site)
    assert model_admin.has_view_permission(request, entry)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, entry)
    assert not model_admin.has_delete_permission(request, entry)


@pytest.mark.django_db
def test_no_role_can_change_or_delete_access_log_entries() -> None:
    codenames = set(
        ContentType.objects.get_for_model(AccessLog).permission_set.values_list(
            "codename", flat=True
        )
    )
    assert codenames == {"view_accesslog"}


@pytest.mark.django_db
def test_administrator_filters_the_access_log_by_kind(admin_client_user, guide, desk) -> None:
    log_access(_request(guide), desk, kind=Kind.EXPORT)
    log_access(_request(guide), "phone …9999", kind=Kind.LOOKUP)
    response = admin_client_user.get("/admin/hospital/accesslog/?kind__exact=lookup")
    assert response.status_code == 200
    assert "phone …9999" in response.text
    assert str(desk) not in response.text.split("result_list")[-1]


@pytest.mark.django_db
def test_manager_cannot_open_the_access_log(manager_client) -> None:
    assert manager_client.get("/admin/hospital/accesslog/").status_code == 403
