"""The roles and the desk a request reads once: read afresh by every request, never trusted
from an earlier one, and the desk chosen by the same rule as always."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpRequest
from django.test import RequestFactory
from django.urls import reverse

from hospital.desks import SESSION_KEY, current_desk
from hospital.models import Desk, StaffProfile
from hospital.roles import Role, roles_of
from tests.hospital.factories import DeskFactory, UserFactory

pytestmark = pytest.mark.django_db


def _request(user, *, pinned: int | None = None) -> HttpRequest:
    request = RequestFactory().get("/")
    request.user = user
    request.session = SessionStore()
    if pinned is not None:
        request.session[SESSION_KEY] = pinned
    return request


def test_a_role_taken_away_or_given_counts_from_the_next_request(guide, guide_client) -> None:
    walkin = reverse("overview:walkin")
    assert guide_client.get(walkin).status_code == 200
    guide.groups.clear()
    assert guide_client.get(walkin).status_code == 403
    guide.groups.add(Group.objects.get(name=Role.SUPERVISOR))
    assert guide_client.get(walkin).status_code == 200


def test_roles_are_the_role_groups_only(guide) -> None:
    guide.groups.add(Group.objects.create(name="choir"))
    assert roles_of(guide) == {Role.GUIDE}
    assert roles_of(AnonymousUser()) == frozenset()


def test_the_tablet_works_at_its_chosen_desk_else_home_else_the_first_by_code(guide, desk) -> None:
    b_desk, a_desk = DeskFactory(code="b-wing"), DeskFactory(code="a-wing")
    elsewhere = DeskFactory(code="annex")
    guide.staff_profile.desks.add(b_desk, a_desk)
    assert current_desk(_request(guide)) == desk
    assert current_desk(_request(guide, pinned=b_desk.pk)) == b_desk
    # A desk in the session the guide may not work at is ignored, not trusted.
    assert current_desk(_request(guide, pinned=elsewhere.pk)) == desk
    Desk.objects.filter(pk=desk.pk).update(is_active=False)
    assert current_desk(_request(guide)) == a_desk
    Desk.objects.filter(pk=a_desk.pk).update(is_active=False)
    assert current_desk(_request(guide, pinned=a_desk.pk)) == b_desk


def test_a_supervisor_may_work_at_any_active_desk(supervisor, desk) -> None:
    other = DeskFactory(code="annex")
    assert current_desk(_request(supervisor, pinned=other.pk)) == other
    Desk.objects.filter(pk=other.pk).update(is_active=False)
    assert current_desk(_request(supervisor, pinned=other.pk)) == desk


def test_nobody_without_a_desk_gets_one(desk) -> None:
    guide = UserFactory(username="new", role=Role.GUIDE)
    assert current_desk(_request(guide)) is None
    StaffProfile.objects.create(user=guide)
    assert current_desk(_request(guide, pinned=desk.pk)) is None
    assert current_desk(_request(AnonymousUser(), pinned=desk.pk)) is None
