"""The hall display: a registered token only, masked names, no complaint or phone, 304 polls."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from hall.display import mask_name
from hall.models import Display
from hall.services import (
    call_next,
    display_for_token,
    display_new_key,
    display_revoke,
    display_token,
    notice_save,
)
from hospital.models import Department
from tests.hall.factories import DisplayFactory, NoticeFactory

pytestmark = pytest.mark.django_db


def _urls(display: Display) -> tuple[str, str]:
    token = display_token(display)
    return reverse("hall:display", args=[token]), reverse("hall:display_state", args=[token])


@pytest.fixture
def display(desk) -> Display:
    return DisplayFactory(desk=desk)


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("张三丰", "张**"),
        ("李四", "李*"),
        ("王", "王*"),
        ("欧阳娜娜", "欧***"),
        ("", ""),
        (" 赵 六 ", "赵*"),
    ],
)
def test_names_show_as_surname_and_a_mask(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_the_display_shows_the_called_number_with_room_and_masked_name(
    walk_in, desk, guide, display
) -> None:
    visit = walk_in(name="张三丰")
    waiting = walk_in(name="李四")
    call_next(desk=desk, department=Department.objects.get(code="GI"), by=guide, room="3诊室")
    page, _state = _urls(display)
    response = Client().get(page)
    html = response.content.decode()
    assert response.status_code == 200
    assert visit.queue_number in html and "3诊室" in html and "张**" in html
    assert waiting.queue_number in html and "李*" in html
    # Nothing private: no full name, no complaint, no phone.
    assert "张三丰" not in html and "肚子疼" not in html
    assert visit.visitor.phone not in html or not visit.visitor.phone


def test_names_can_be_switched_off(walk_in, desk, guide, display) -> None:
    walk_in(name="张三丰")
    display.show_names = False
    display.save()
    html = Client().get(_urls(display)[0]).content.decode()
    assert "张*" not in html and "A001" in html


def test_a_forged_or_revoked_token_is_refused(display, guide) -> None:
    page, state = _urls(display)
    client = Client()
    assert client.get(page).status_code == 200
    assert client.get(reverse("hall:display", args=["not-a-token"])).status_code == 403
    forged = display_token(Display(pk=display.pk, key="guessed"))
    assert client.get(reverse("hall:display", args=[forged])).status_code == 403
    display_revoke(display=display, by=guide)
    assert client.get(page).status_code == 403
    assert client.get(state).status_code == 403


def test_a_new_key_retires_the_old_address(display, guide) -> None:
    old_page, _state = _urls(display)
    display_new_key(display=display, by=guide)
    assert Client().get(old_page).status_code == 403
    assert Client().get(_urls(display)[0]).status_code == 200


def test_the_display_token_opens_nothing_else(display, walk_in) -> None:
    visit = walk_in()
    client = Client()
    client.get(_urls(display)[0])
    for url in (
        reverse("hall:calls"),
        reverse("hall:ticket", args=[visit.pk]),
        "/admin/",
        "/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
    assert display_for_token(display_token(display)) == display


def test_the_poll_answers_304_until_a_call_changes_it(walk_in, desk, guide, display) -> None:
    walk_in()
    _page, state = _urls(display)
    client = Client()
    first = client.get(state)
    assert first.status_code == 200 and first["ETag"]
    assert client.get(state, headers={"If-None-Match": first["ETag"]}).status_code == 304
    call_next(desk=desk, department=Department.objects.get(code="GI"), by=guide)
    changed = client.get(state, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
    assert 'data-last-call="' in changed.content.decode()


def test_the_304_poll_costs_one_query(walk_in, display, django_assert_num_queries) -> None:
    walk_in()
    _page, state = _urls(display)
    client = Client()
    etag = client.get(state)["ETag"]
    with django_assert_num_queries(1):
        assert client.get(state, headers={"If-None-Match": etag}).status_code == 304


@pytest.mark.parametrize("size", [1, 40])
def test_the_display_runs_a_constant_number_of_queries(
    walk_in, desk, guide, display, size, django_assert_num_queries
) -> None:
    for n in range(size):
        walk_in(department="CARD" if n % 2 else "GI", name=f"王{n}")
    call_next(desk=desk, department=Department.objects.get(code="GI"), by=guide)
    NoticeFactory()
    page, state = _urls(display)
    # the token, the calls, the next numbers, the notices
    with django_assert_num_queries(4):
        assert Client().get(state).status_code == 200
    with django_assert_num_queries(4):
        assert Client().get(page).status_code == 200


def test_notices_show_in_the_displays_language_and_a_change_reaches_it(display, supervisor) -> None:
    notice = NoticeFactory.build(desk=None)
    notice_save(notice=notice, by=supervisor)
    assert notice.text_zh_hant  # filled from the Simplified Chinese
    page, state = _urls(display)
    client = Client()
    etag = client.get(state)["ETag"]
    assert "请保持安静" in client.get(page).content.decode()
    display.language = Display.Language.EN
    display.save()
    assert "Please keep quiet" in client.get(page).content.decode()
    notice.text_en = "Lift 2 is closed today."
    notice_save(notice=notice, by=supervisor)
    changed = client.get(state, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and "Lift 2 is closed" in changed.content.decode()


def test_the_announcement_is_in_mandarin_and_english(walk_in, desk, guide, display) -> None:
    walk_in()
    call_next(desk=desk, department=Department.objects.get(code="GI"), by=guide, room="3诊室")
    with translation.override("en"):
        html = Client().get(_urls(display)[0]).content.decode()
    assert 'data-say-en="Number A 0 0 1, please go to Gastroenterology 3诊室."' in html
    assert 'data-say-zh="' in html
