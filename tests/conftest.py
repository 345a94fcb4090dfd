"""Fixtures every app's tests share: a desk, and one logged-in client per role."""

import pytest
from django.test import Client

from hospital.models import Department, Desk
from hospital.roles import Role
from tests.hospital.factories import DeskFactory, StaffProfileFactory, UserFactory


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Make the serialized copy of the migrated database visible from every context.

    Django keeps it on the connection object of the context that created the test database.
    Playwright's sync API runs code in greenlets with contexts of their own, where Django hands
    out other connection objects: without this, a transactional test that follows a browser test
    finds nothing to restore and starts from empty tables.
    """
    from django.db import connections

    for alias in connections:
        contents = getattr(connections[alias], "_test_serialized_contents", None)
        if contents is not None:
            type(connections[alias])._test_serialized_contents = contents
    return django_db_setup


@pytest.fixture(autouse=True)
def _fast_passwords(settings) -> None:
    # Argon2 is right for production and needlessly slow for hundreds of test logins.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def desk(db) -> Desk:
    return DeskFactory(code="main-hall", name="门诊大厅导医台")


@pytest.fixture
def other_desk(db) -> Desk:
    return DeskFactory(code="inpatient", name="住院楼服务台")


def _staff(username: str, role: str, desk: Desk):
    user = UserFactory(username=username, role=role)
    StaffProfileFactory(user=user, home_desk=desk)
    return user


@pytest.fixture
def guide(desk):
    return _staff("guide", Role.GUIDE, desk)


@pytest.fixture
def second_guide(desk):
    return _staff("guide2", Role.GUIDE, desk)


@pytest.fixture
def manager(desk):
    """A department manager of gastroenterology (GI) only."""
    user = _staff("manager", Role.DEPARTMENT_MANAGER, desk)
    Department.objects.get(code="GI").managers.add(user)
    return user


@pytest.fixture
def other_manager(desk):
    """A department manager of cardiology (CARD) only."""
    user = _staff("manager2", Role.DEPARTMENT_MANAGER, desk)
    Department.objects.get(code="CARD").managers.add(user)
    return user


@pytest.fixture
def supervisor(desk):
    return _staff("supervisor", Role.SUPERVISOR, desk)


@pytest.fixture
def security(desk):
    return _staff("security", Role.SECURITY_DESK, desk)


@pytest.fixture
def administrator(desk):
    return _staff("admin", "admin", desk)


def _client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def guide_client(guide) -> Client:
    return _client_for(guide)


@pytest.fixture
def manager_client(manager) -> Client:
    return _client_for(manager)


@pytest.fixture
def supervisor_client(supervisor) -> Client:
    return _client_for(supervisor)


@pytest.fixture
def security_client(security) -> Client:
    return _client_for(security)


@pytest.fixture
def admin_client_user(administrator) -> Client:
    return _client_for(administrator)


def pytest_collection_modifyitems(config, items) -> None:
    """Keep the shipped data for transactional tests; skip PostgreSQL-only tests on SQLite."""
    from django.conf import settings

    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker and marker.kwargs.get("transaction"):
            # A transactional test ends by emptying every table, migrations' data included (the
            # department directory, role groups, routing rules). Restoring the serialized state
            # gives every such test the database the migrations built, whatever ran before.
            kwargs = {**marker.kwargs, "serialized_rollback": True}
            item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)

    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: run with DATABASE_URL=postgres://…")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
