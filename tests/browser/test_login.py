"""Logging in on a tablet. The wrong-password message is server output: tests/hospital/test_login.py."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


def test_guide_logs_in_on_a_tablet_and_sees_the_home_page(login, guide) -> None:
    page = login("guide", form=True)
    expect(page.locator("header")).to_contain_text("退出登录")
    expect(page.locator("#current-desk")).to_have_text("门诊大厅导医台")
    assert page.viewport_size == {"width": 1024, "height": 768}
