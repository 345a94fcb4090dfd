"""The board's page around its live part is remembered, and never shows what another person,
session, language, desk or admin change would show differently; its live part is always read
afresh, and a message is shown once."""

import re

import pytest
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.urls import reverse

from hospital.models import Department
from tests.hospital.factories import DeskFactory, StaffProfileFactory, UserFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db

URL = "/reception/"


def _without_tokens(html: str) -> str:
    """Return the page with its CSRF tokens, its clock and its idle seconds blanked (each answer
    has its own)."""
    html = re.sub(r'(csrfmiddlewaretoken" value="|X-CSRFToken": ")[^"]+', r"\1-", html)
    html = re.sub(r'(id="board-updated">)[^<]*', r"\1-", html)
    return re.sub(r'data-idle-seconds="\d+"', 'data-idle-seconds="-"', html)


def test_the_remembered_page_is_the_page_rendered_afresh(guide_client, desk) -> None:
    VisitFactory(desk=desk, visitor__name="张三")
    first = guide_client.get(URL)
    second = guide_client.get(URL)
    assert first.status_code == second.status_code == 200
    assert _without_tokens(second.content.decode()) == _without_tokens(first.content.decode())
    assert second.context["rows"][0]["who"] == "张三"


def test_the_live_part_of_a_remembered_page_is_read_afresh(guide_client, desk) -> None:
    guide_client.get(URL)
    VisitFactory(desk=desk, visitor__name="李四")
    assert "李四" in guide_client.get(URL).content.decode()


def test_each_person_gets_their_own_page_and_a_new_name_shows_at_once(
    desk, guide_client, guide
) -> None:
    other = UserFactory(username="guide-b", role="guide", first_name="王芳")
    StaffProfileFactory(user=other, home_desk=DeskFactory(code="er-gate", name="急诊门口"))
    other_client = Client()
    other_client.force_login(other)
    guide.first_name = "李明"
    guide.save()
    mine = guide_client.get(URL).content.decode()
    theirs = other_client.get(URL).content.decode()
    assert "李明" in mine and "王芳" not in mine and "门诊大厅导医台" in mine
    assert "王芳" in theirs and "李明" not in theirs and "急诊门口" in theirs
    # The same session, renamed: the page is another one.
    guide.first_name = "李小明"
    guide.save()
    assert "李小明" in guide_client.get(URL).content.decode()


def test_each_session_gets_its_own_csrf_token(guide, desk) -> None:
    tokens = []
    for _tablet in range(2):
        client = Client()
        client.force_login(guide)
        html = client.get(URL).content.decode()
        header_token = re.search(r'"X-CSRFToken": "([^"]+)"', html)
        assert header_token
        tokens.append((client.cookies["csrftoken"].value, header_token.group(1)))
    for cookie, token in tokens:
        assert _unmask_cipher_token(token) == cookie
    assert tokens[0][0] != tokens[1][0]


def test_the_language_is_part_of_the_remembered_page(guide_client, desk) -> None:
    chinese = guide_client.get(URL).content.decode()
    guide_client.cookies["django_language"] = "en"
    english = guide_client.get(URL).content.decode()
    assert "候诊看板" in chinese or "等候" in chinese
    assert "Waiting board" in english and english != chinese


def test_a_desk_or_department_changed_in_the_admin_shows_on_the_next_page(guide_client, desk):
    guide_client.get(URL)
    desk.name = "门诊大厅一号台"
    desk.save()
    gi = Department.objects.get(code="GI")
    gi.name_zh_hans = "消化内科（新楼）"
    gi.save()
    html = guide_client.get(URL).content.decode()
    assert "门诊大厅一号台" in html and "消化内科（新楼）" in html


def test_a_message_is_shown_once_and_the_page_after_it_is_the_usual_one(
    guide_client, guide, desk
) -> None:
    guide_client.get(URL)
    switched = guide_client.post(reverse("switch_desk"), {"desk": desk.pk, "next": URL})
    assert switched.status_code == 302
    with_message = guide_client.get(URL).content.decode()
    assert 'class="alert alert-success' in with_message
    after = guide_client.get(URL).content.decode()
    assert 'class="alert alert-success' not in after and 'id="board-live"' in after


def test_the_header_offers_the_desks_workable_desks_gives(rf, guide, supervisor, desk) -> None:
    from hospital.context_processors import switchable_desks
    from hospital.desks import workable_desks

    other = DeskFactory(code="er-gate", name="急诊门口")
    closed = DeskFactory(code="old-hall", name="旧大厅", is_active=False)
    guide.staff_profile.desks.add(other, closed)
    DeskFactory(code="zz-unassigned", name="无关服务台")
    for user in (guide, supervisor):
        request = rf.get(URL)
        request.user = user
        expected = list(workable_desks(user).order_by("code"))
        assert switchable_desks(request) == expected and closed not in expected
    request = rf.get(URL)
    request.user = guide
    assert [d.code for d in switchable_desks(request)] == ["er-gate", "main-hall"]
