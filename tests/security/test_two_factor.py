"""Staff who can open the admin confirm each session with a TOTP code from their phone."""

import re

import pytest
from django.test import Client
from django.test.utils import override_script_prefix
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _otp_required(settings) -> None:
    settings.ADMIN_OTP_REQUIRED = True


def _code(device: TOTPDevice) -> str:
    """The code the staff member's phone shows now, from the device's own key."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def _confirmed_device(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="phone", confirmed=True)


def test_staff_without_a_device_are_sent_to_set_one_up_before_the_admin(manager_client) -> None:
    response = manager_client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/accounts/two-step/setup/")
    assert response.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in response.text


def test_enrolment_with_the_code_from_the_phone_opens_the_admin(manager_client, manager) -> None:
    manager_client.get("/accounts/two-step/setup/?next=/admin/")
    device = TOTPDevice.objects.get(user=manager)
    assert not device.confirmed

    response = manager_client.post(
        "/accounts/two-step/setup/?next=/admin/", {"token": _code(device), "next": "/admin/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    device.refresh_from_db()
    assert device.confirmed
    assert manager_client.get("/admin/").status_code == 200


def test_a_wrong_code_at_enrolment_confirms_nothing(manager_client, manager) -> None:
    manager_client.get("/accounts/two-step/setup/")
    device = TOTPDevice.objects.get(user=manager)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"
    response = manager_client.post("/accounts/two-step/setup/", {"token": wrong})
    assert response.status_code == 200
    assert "is-invalid" in response.text
    device.refresh_from_db()
    assert not device.confirmed
    assert manager_client.get("/admin/").status_code == 302


def test_staff_with_a_device_give_the_code_each_session(manager, desk) -> None:
    device = _confirmed_device(manager)
    client = Client()
    client.force_login(manager)
    response = client.get("/admin/reception/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/two-step/?next=")

    bad = client.post("/accounts/two-step/", {"token": "000000x"})
    assert bad.status_code == 200 and client.get("/admin/").status_code == 302

    ok = client.post("/accounts/two-step/?next=/admin/", {"token": _code(device)})
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_a_second_device_cannot_be_enrolled_by_whoever_holds_the_password(
    manager_client, manager
) -> None:
    _confirmed_device(manager)
    response = manager_client.get("/accounts/two-step/setup/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/two-step/")
    assert TOTPDevice.objects.filter(user=manager).count() == 1


def test_the_code_page_does_not_redirect_to_another_site(manager) -> None:
    device = _confirmed_device(manager)
    client = Client()
    client.force_login(manager)
    response = client.post(
        "/accounts/two-step/", {"token": _code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


def test_guides_have_no_admin_and_no_two_step_pages(guide_client) -> None:
    assert guide_client.get("/accounts/two-step/setup/").status_code == 403
    assert guide_client.get("/accounts/two-step/").status_code == 403


def test_the_app_itself_needs_no_code(manager_client) -> None:
    assert manager_client.get("/accounts/password/").status_code == 200


def test_the_admin_logout_needs_no_code(manager_client) -> None:
    from django.contrib.auth import get_user

    response = manager_client.post("/admin/logout/")
    assert response["Location"] == "/accounts/login/"
    assert not get_user(manager_client).is_authenticated


def test_the_setup_page_shows_the_key_for_typing_in(manager_client, manager) -> None:
    page = manager_client.get("/accounts/two-step/setup/").text
    secret = re.search(r'id="otp-secret">([A-Z2-7 ]+)<', page)
    assert secret and len(secret.group(1).replace(" ", "")) >= 32


def test_check_deploy_warns_when_the_admin_needs_no_code(settings) -> None:
    from hospital.apps import check_security_settings

    settings.ADMIN_OTP_REQUIRED = False
    assert [m.id for m in check_security_settings()] == ["hospital.W010"]


def _verified_client(user, device: TOTPDevice) -> Client:
    client = Client()
    client.force_login(user)
    ok = client.post("/accounts/two-step/?next=/admin/", {"token": _code(device)})
    assert ok.status_code == 302 and client.get("/admin/").status_code == 200
    return client


@pytest.mark.parametrize("change", ["deleted", "unconfirmed", "given to someone else"])
def test_a_verified_session_loses_the_admin_with_its_device(
    change, manager, supervisor, desk
) -> None:
    device = _confirmed_device(manager)
    client = _verified_client(manager, device)
    if change == "deleted":
        device.delete()
    elif change == "unconfirmed":
        TOTPDevice.objects.filter(pk=device.pk).update(confirmed=False)
    else:
        TOTPDevice.objects.filter(pk=device.pk).update(user=supervisor)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/two-step/")
    # The session forgets the device: giving it back does not verify the session again.
    TOTPDevice.objects.create(user=manager, name="phone", confirmed=True)
    assert client.get("/admin/").status_code == 302


def test_the_verifying_device_is_the_whole_device(manager, desk) -> None:
    device = _confirmed_device(manager)
    client = _verified_client(manager, device)
    response = client.get("/admin/")
    verified = response.wsgi_request.user.otp_device
    assert isinstance(verified, TOTPDevice)
    assert (verified.pk, verified.name, verified.key) == (device.pk, "phone", device.key)


def test_the_code_is_asked_under_any_script_prefix(manager_client) -> None:
    # The admin's addresses are remembered per script prefix: the first request's must not
    # stand for a server mounted elsewhere.
    assert manager_client.get("/admin/").status_code == 302
    # Django's test client leaves the prefix to the test (a WSGI server sets it per request).
    with override_script_prefix("/frontdesk/"):
        mounted = manager_client.get("/admin/", SCRIPT_NAME="/frontdesk")
    assert mounted.status_code == 302
    assert mounted["Location"].startswith("/frontdesk/accounts/two-step/")
