import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_guide_logs_in_on_a_tablet_and_sees_the_home_page(login, guide) -> None:
    page = login("guide")
    expect(page.locator("header")).to_contain_text("退出登录")
    expect(page.locator("#current-desk")).to_have_text("门诊大厅导医台")
    assert page.viewport_size == {"width": 1024, "height": 768}


def test_wrong_password_shows_the_message_in_english(login, guide) -> None:
    page = login("guide", password="not-the-password", language="en")
    expect(page.locator(".alert-danger")).to_contain_text("Please enter a correct username")
