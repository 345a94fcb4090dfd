import pytest
from django.contrib.auth import get_user

from hospital.roles import Role
from tests.hospital.factories import UserFactory


@pytest.fixture
def nurse_guide(db):
    return UserFactory(username="xiaoyu", password="correct-horse-1", role=Role.GUIDE)


@pytest.mark.django_db
def test_login_page_is_in_chinese_by_default(client) -> None:
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    assert "登录" in response.content.decode()


@pytest.mark.django_db
def test_login_page_switches_to_english_before_login(client) -> None:
    response = client.get("/accounts/login/?language=en")
    assert "Log in to the front desk" in response.content.decode()
    # The choice sticks for the following pages.
    assert "Log in to the front desk" in client.get("/accounts/login/").content.decode()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("zh-hans", "请输入一个正确的"),
        ("en", "Please enter a correct username and password"),
    ],
)
def test_wrong_password_gets_a_clear_message_without_saying_which_part(
    client, nurse_guide, language: str, message: str
) -> None:
    client.get(f"/accounts/login/?language={language}")
    for username, password in [("xiaoyu", "wrong"), ("nobody", "correct-horse-1")]:
        response = client.post("/accounts/login/", {"username": username, "password": password})
        assert response.status_code == 200
        assert message in response.content.decode()
        assert not get_user(client).is_authenticated


def test_guide_logs_in_and_lands_on_their_start_page(client, nurse_guide, desk) -> None:
    response = client.post(
        "/accounts/login/", {"username": "xiaoyu", "password": "correct-horse-1"}
    )
    assert response.status_code == 302
    assert get_user(client).is_authenticated
    assert client.get(response["Location"], follow=True).status_code == 200


def test_logout_ends_the_session(guide_client) -> None:
    response = guide_client.post("/accounts/logout/")
    assert response.status_code == 302
    assert guide_client.get("/").status_code == 302


def test_language_switcher_sticks_for_the_session(guide_client) -> None:
    guide_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = guide_client.get("/", follow=True).content.decode()
    assert "Log out" in page
    guide_client.post("/i18n/setlang/", {"language": "zh-hant", "next": "/"})
    assert "登出" in guide_client.get("/", follow=True).content.decode()


@pytest.mark.django_db
def test_an_english_browser_still_gets_chinese_until_the_guide_switches(client) -> None:
    response = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert "登录导医台系统" in response.content.decode()
