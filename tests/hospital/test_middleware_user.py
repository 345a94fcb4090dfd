"""The user of every request, read with one plain statement: the same user and the same checks
as Django's AuthenticationMiddleware (backend, active, password hash, fallback secrets)."""

import pytest
from django.contrib.auth import HASH_SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser
from django.test import Client, override_settings

from hospital.middleware import read_user
from hospital.roles import Role, roles_of
from tests.hospital.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE = "/reception/walk-in/"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"
OTHER_BACKEND = "tests.hospital.test_middleware_user.MarkingBackend"


class MarkingBackend(ModelBackend):
    """Another backend: the user it gives carries a mark."""

    def get_user(self, user_id):
        user = super().get_user(user_id)
        if user is not None:
            user.marked = True
        return user


def fields(user) -> dict:
    return {f.attname: getattr(user, f.attname) for f in get_user_model()._meta.concrete_fields}


def user_of(client: Client, path: str = PAGE):
    response = client.get(path)
    return response, response.wsgi_request.user


def test_read_user_gives_what_the_orm_gives(guide) -> None:
    user = read_user(guide.pk)
    orm = get_user_model().objects.get(pk=guide.pk)
    assert type(user) is type(orm) and fields(user) == fields(orm)
    assert user._state.db == "default" and not user._state.adding
    assert isinstance(user.last_login, type(orm.last_login))
    assert user.is_active is True and user.is_superuser is False
    assert read_user(guide.pk + 1000) is None


def test_the_roles_come_with_the_user(guide, supervisor, django_assert_num_queries) -> None:
    nobody = UserFactory(username="no-role")
    with django_assert_num_queries(3):
        users = [read_user(guide.pk), read_user(supervisor.pk), read_user(nobody.pk)]
    with django_assert_num_queries(0):
        assert [roles_of(user) for user in users] == [
            frozenset({Role.GUIDE}),
            frozenset({Role.SUPERVISOR}),
            frozenset(),
        ]
    guide.groups.add(*supervisor.groups.all())
    assert roles_of(read_user(guide.pk)) == {Role.GUIDE, Role.SUPERVISOR}


def test_a_logged_in_request_has_its_user(guide_client, guide) -> None:
    response, user = user_of(guide_client)
    assert response.status_code == 200
    assert user.pk == guide.pk and fields(user) == fields(guide.__class__.objects.get(pk=guide.pk))


def test_a_user_made_inactive_is_logged_out_at_the_next_request(guide_client, guide) -> None:
    guide.is_active = False
    guide.save(update_fields=["is_active"])
    response, user = user_of(guide_client)
    assert response.status_code == 302 and isinstance(user, AnonymousUser)


def test_a_changed_password_ends_the_other_sessions(guide_client, guide) -> None:
    guide.set_password("a-new-password-2026")
    guide.save(update_fields=["password"])
    response, user = user_of(guide_client)
    assert response.status_code == 302 and isinstance(user, AnonymousUser)
    assert not guide_client.session.get(HASH_SESSION_KEY)  # flushed


def test_a_deleted_user_is_anonymous(guide) -> None:
    client = Client()
    client.force_login(guide)
    get_user_model().objects.filter(pk=guide.pk).delete()
    response, user = user_of(client)
    assert response.status_code == 302 and isinstance(user, AnonymousUser)


def test_a_backend_no_longer_configured_is_anonymous(guide) -> None:
    with override_settings(AUTHENTICATION_BACKENDS=[MODEL_BACKEND, OTHER_BACKEND]):
        client = Client()
        client.force_login(guide, backend=OTHER_BACKEND)
    response, user = user_of(client)
    assert response.status_code == 302 and isinstance(user, AnonymousUser)


@override_settings(AUTHENTICATION_BACKENDS=[MODEL_BACKEND, OTHER_BACKEND])
def test_another_backend_reads_its_own_user(guide) -> None:
    client = Client()
    client.force_login(guide, backend=OTHER_BACKEND)
    response, user = user_of(client)
    assert response.status_code == 200 and user.pk == guide.pk and user.marked


def test_a_hash_made_with_a_fallback_secret_is_renewed(guide) -> None:
    old_key = "an-old-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
    with override_settings(SECRET_KEY=old_key):
        client = Client()
        client.force_login(guide)
        old_hash = client.session[HASH_SESSION_KEY]
    with override_settings(SECRET_KEY_FALLBACKS=[old_key]):
        response, user = user_of(client)
        assert response.status_code == 200 and user.pk == guide.pk
        assert client.session[HASH_SESSION_KEY] == guide.get_session_auth_hash() != old_hash
