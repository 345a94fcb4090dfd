"""Sessions decoded once per stored text: the same contents as Django's decode, a copy each
time, and nothing kept that a signature (or a changed secret key) refuses."""

import logging

import pytest
from django.conf import settings
from django.contrib.sessions.backends import db
from django.test import override_settings

from hospital.sessions import SessionStore

pytestmark = pytest.mark.django_db


def stored(**contents) -> str:
    return SessionStore().encode(contents)


def test_a_session_decodes_as_django_decodes_it_each_time() -> None:
    text = stored(desk=7, name="东门", stamp=1.5, locked=None)
    django = db.SessionStore().decode(text)
    first, second = SessionStore().decode(text), SessionStore().decode(text)
    assert first == second == django == {"desk": 7, "name": "东门", "stamp": 1.5, "locked": None}
    assert first is not second


def test_changing_a_decoded_session_changes_no_later_one() -> None:
    text = stored(desk=7, pages=["/board/"], kiosk={"since": 1})
    first = SessionStore().decode(text)
    first["desk"] = 8
    first["pages"].append("/walk-in/")
    first["kiosk"]["since"] = 2
    assert SessionStore().decode(text) == {"desk": 7, "pages": ["/board/"], "kiosk": {"since": 1}}


def test_a_corrupt_session_is_refused_every_time(caplog) -> None:
    text = stored(desk=7)
    corrupt = text[:-3] + ("AAA" if not text.endswith("AAA") else "BBB")
    with caplog.at_level(logging.WARNING, logger="django.security.SuspiciousSession"):
        assert SessionStore().decode(corrupt) == {}
        assert SessionStore().decode(corrupt) == {}
    assert [r.getMessage() for r in caplog.records] == ["Session data corrupted"] * 2


def test_a_new_secret_key_refuses_a_session_decoded_before() -> None:
    text = stored(desk=7)
    assert SessionStore().decode(text) == {"desk": 7}
    new_key = "another-secret-key-0123456789-abcdefghijklmnopqrstuv"
    with override_settings(SECRET_KEY=new_key):
        assert SessionStore().decode(text) == {}
    with override_settings(SECRET_KEY=new_key, SECRET_KEY_FALLBACKS=[settings.SECRET_KEY]):
        assert SessionStore().decode(text) == {"desk": 7}
