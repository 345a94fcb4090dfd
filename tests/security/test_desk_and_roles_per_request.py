"""The roles and the desk a request reads once: read afresh by every request, never trusted
from an earlier one, and the desk chosen by the same rule as always."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.urls import reverse

from hospital.desks import SESSION_KEY, current_desk, pinned_desk
from hospital.middleware import read_user
from hospital.models import Desk, StaffProfile
from hospital.roles import Role, roles_of
from tests.hospital.factories import DeskFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["its own statement", "read with the user"])
def desk_of(request):
    """Return the desk `current_desk` gives a person (with a desk pinned in the session): by its
    own statement, or as the authentication middleware reads it with the user (one statement);
    each test holds both to the same rule."""

    def desk_of(user, *, pinned: int | None = None) -> Desk | None:
        page = RequestFactory().get("/")
        page.session = SessionStore()
        if pinned is not None:
            page.session[SESSION_KEY] = pinned
        with_user = request.param == "read with the user" and user.is_authenticated
        page.user = read_user(user.pk, pinned_desk(page.session)) if with_user else user
        return current_desk(page)

    return desk_of


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


def test_the_tablet_works_at_its_chosen_desk_else_home_else_the_first_by_code(
    guide, desk, desk_of
) -> None:
    b_desk, a_desk = DeskFactory(code="b-wing"), DeskFactory(code="a-wing")
    elsewhere = DeskFactory(code="annex")
    guide.staff_profile.desks.add(b_desk, a_desk)
    assert desk_of(guide) == desk
    assert desk_of(guide, pinned=b_desk.pk) == b_desk
    # A desk in the session the guide may not work at is ignored, not trusted.
    assert desk_of(guide, pinned=elsewhere.pk) == desk
    Desk.objects.filter(pk=desk.pk).update(is_active=False)
    assert desk_of(guide) == a_desk
    Desk.objects.filter(pk=a_desk.pk).update(is_active=False)
    assert desk_of(guide, pinned=a_desk.pk) == b_desk


def test_a_supervisor_may_work_at_any_active_desk(supervisor, desk, desk_of) -> None:
    other = DeskFactory(code="annex")
    assert desk_of(supervisor, pinned=other.pk) == other
    Desk.objects.filter(pk=other.pk).update(is_active=False)
    assert desk_of(supervisor, pinned=other.pk) == desk


def test_nobody_without_a_desk_gets_one(desk, desk_of) -> None:
    guide = UserFactory(username="new", role=Role.GUIDE)
    assert desk_of(guide) is None
    StaffProfile.objects.create(user=guide)
    assert desk_of(guide, pinned=desk.pk) is None
    assert desk_of(AnonymousUser(), pinned=desk.pk) is None


def test_an_administrator_may_work_at_any_active_desk(desk, desk_of) -> None:
    admin = UserFactory(username="root", is_superuser=True, is_staff=True)
    other = DeskFactory(code="annex")
    assert desk_of(admin, pinned=other.pk) == other
    assert desk_of(admin) == min(desk, other, key=lambda d: d.code)
