"""The header on a tablet: a menu button in portrait, one row without sideways scroll in landscape."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)

PORTRAIT = {"width": 768, "height": 1024}
LANDSCAPE = {"width": 1024, "height": 768}


def test_in_portrait_the_menu_button_opens_the_nav(login, supervisor, desk, other_desk) -> None:
    page = login("supervisor", language="en")
    page.set_viewport_size(PORTRAIT)
    toggle = page.locator("#fd-menu-toggle")
    expect(toggle).to_be_visible()
    expect(toggle).to_contain_text("Menu")
    box = toggle.bounding_box()
    assert box and box["width"] >= 44 and box["height"] >= 44
    nav = page.locator("#fd-main-nav")
    expect(nav).to_be_hidden()
    toggle.click()
    expect(nav).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    for link in nav.locator("a.nav-link").all():
        expect(link).to_be_visible()
        link_box = link.bounding_box()
        assert link_box and link_box["height"] >= 44
    # The supervisor works at every desk: the header offers the switch.
    expect(page.locator("#desk-switch-select")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_in_landscape_the_nav_is_one_row_without_sideways_scroll(
    login, supervisor, desk, other_desk
) -> None:
    page = login("supervisor", language="zh-hans")
    page.set_viewport_size(LANDSCAPE)
    page.reload()
    expect(page.locator("#fd-menu-toggle")).to_be_hidden()
    expect(page.locator("#fd-main-nav")).to_be_visible()
    expect(page.locator("#desk-switch-select")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
