"""The hall's admin: displays registered and revoked, notices, ticket prefixes."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from hall.models import Display, Notice, QueuePrefix
from hall.services import display_for_token, display_token
from reception.models import BoardStamp
from tests.hall.factories import DisplayFactory

pytestmark = pytest.mark.django_db


def test_an_administrator_registers_a_display_and_gets_its_address(admin_client_user, desk) -> None:
    response = admin_client_user.post(
        reverse("admin:hall_display_add"),
        {
            "name": "大厅东屏",
            "desk": desk.pk,
            "theme": "dark",
            "language": "zh-hans",
            "show_names": "on",
        },
    )
    assert response.status_code == 302
    display = Display.objects.get(name="大厅东屏")
    assert len(display.key) >= 40 and display.created_by.username == "admin"
    page = admin_client_user.get(reverse("admin:hall_display_change", args=[display.pk]))
    # The token is signed with a timestamp: read the address the page gives, not a new one.
    prefix = reverse("hall:display", args=["TOKEN"]).removesuffix("TOKEN/")
    # A signed token holds ":" between its value and its signature; the admin's own paths don't.
    match = re.search(re.escape(prefix) + r"([^/\s\"'<]*:[^/\s\"'<]+)/", page.content.decode())
    assert match is not None
    assert display_for_token(match.group(1)) == display
    assert Client().get(match.group(0)).status_code == 200


def test_the_revoke_action_refuses_the_display_at_once(admin_client_user, desk) -> None:
    display = DisplayFactory(desk=desk)
    url = reverse("hall:display", args=[display_token(display)])
    admin_client_user.post(
        reverse("admin:hall_display_changelist"),
        {"action": "revoke", "_selected_action": [display.pk]},
    )
    display.refresh_from_db()
    assert display.is_revoked
    assert Client().get(url).status_code == 403


def test_a_supervisor_edits_notices_but_not_displays(supervisor_client, desk) -> None:
    before, _at = BoardStamp.read(desk.pk)
    response = supervisor_client.post(
        reverse("admin:hall_notice_add"),
        {
            "text": "二号电梯今日停用",
            "text_zh_hant": "",
            "text_en": "",
            "is_active": "on",
            "sort_order": 0,
            "desk": desk.pk,
        },
    )
    assert response.status_code == 302
    notice = Notice.objects.get()
    assert notice.text_zh_hant == "二號電梯今日停用"
    assert BoardStamp.read(desk.pk)[0] == before + 1
    assert supervisor_client.get(reverse("admin:hall_display_add")).status_code == 403


def test_a_prefix_must_be_capital_letters(admin_client_user, desk) -> None:
    url = reverse("admin:hall_queueprefix_add")
    response = admin_client_user.post(url, {"desk": desk.pk, "purpose": "", "prefix": "a1"})
    assert response.status_code == 200 and not QueuePrefix.objects.exists()
    admin_client_user.post(url, {"desk": desk.pk, "purpose": "", "prefix": "FC"})
    assert QueuePrefix.objects.get().prefix == "FC"


def test_guides_cannot_open_the_hall_admin(guide_client) -> None:
    response = guide_client.get(reverse("admin:hall_display_changelist"))
    assert response.status_code in (302, 403)
