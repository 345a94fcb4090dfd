"""Guessing passwords: a user is locked out on a device after a few failures, on both logins."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user
from django.test import Client

from hospital.roles import Role
from tests.hospital.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "correct-horse-battery-1"


@pytest.fixture
def nurse(db):
    return UserFactory(username="xiaoyu", password=PASSWORD, role=Role.GUIDE)


@pytest.fixture
def manager_account(db):
    return UserFactory(username="zhang", password=PASSWORD, role=Role.DEPARTMENT_MANAGER)


def _login(client: Client, password: str, username: str = "xiaoyu", **extra):
    return client.post("/accounts/login/", {"username": username, "password": password}, **extra)


def test_thirty_wrong_passwords_lock_the_account_and_the_right_one_then_fails(nurse) -> None:
    client = Client()
    for attempt in range(30):
        _login(client, f"wrong-{attempt}")
    response = _login(client, PASSWORD)
    assert response.status_code == 429
    assert not get_user(client).is_authenticated
    assert "登录失败次数过多" in response.text


def test_the_lockout_says_why_in_the_users_language(nurse, settings) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    client.get("/accounts/login/?language=en")
    for _ in range(3):
        _login(client, "wrong")
    response = _login(client, PASSWORD)
    assert response.status_code == 429
    assert "Too many failed logins" in response.text
    # The login page itself, with its form, not a bare error.
    assert 'name="password"' in response.text


def test_failures_below_the_limit_then_the_right_password_log_in_and_reset_the_count(
    nurse, settings
) -> None:
    settings.AXES_FAILURE_LIMIT = 5
    client = Client()
    for _ in range(4):
        assert _login(client, "wrong").status_code == 200
    assert _login(client, PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="xiaoyu").exists()


def test_a_lockout_holds_the_user_on_that_device_only(nurse, settings) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    attacker = Client(REMOTE_ADDR="10.0.0.66")
    for _ in range(5):
        _login(attacker, "wrong")
    assert _login(attacker, PASSWORD).status_code == 429
    # The guide at her own tablet still logs in.
    tablet = Client(REMOTE_ADDR="10.0.0.12")
    assert _login(tablet, PASSWORD).status_code == 302


def test_the_admin_login_locks_out_too_with_the_translated_reason(
    manager_account, settings
) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    client.get("/accounts/login/?language=en")
    data = {"username": "zhang", "password": "wrong", "next": "/admin/"}
    for _ in range(3):
        client.post("/admin/login/", data)
    response = client.post("/admin/login/", {**data, "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed logins" in response.text
    assert not get_user(client).is_authenticated


def test_an_administrator_unlocks_the_account_in_the_admin(
    nurse, admin_client_user, settings
) -> None:
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    for _ in range(3):
        _login(client, "wrong")
    assert _login(client, PASSWORD).status_code == 429
    attempt = AccessAttempt.objects.get(username="xiaoyu")

    changelist = admin_client_user.get("/admin/axes/accessattempt/")
    assert changelist.status_code == 200 and "xiaoyu" in changelist.text
    response = admin_client_user.post(
        f"/admin/axes/accessattempt/{attempt.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302

    assert _login(client, PASSWORD).status_code == 302


def test_a_manager_cannot_unlock_accounts(nurse, manager_client) -> None:
    assert manager_client.get("/admin/axes/accessattempt/").status_code == 403
