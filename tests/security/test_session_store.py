"""The session store reads Django's database sessions with one statement: the same rows, the
same expiry."""

import datetime as dt

import pytest
from django.contrib.sessions.models import Session
from django.utils import timezone

from hospital.sessions import SessionStore

pytestmark = pytest.mark.django_db


def test_a_saved_session_reads_back_with_one_statement(django_assert_num_queries) -> None:
    store = SessionStore()
    store["desk"] = 7
    store.save()
    again = SessionStore(session_key=store.session_key)
    with django_assert_num_queries(1):
        assert again["desk"] == 7
    assert again.session_key == store.session_key


def test_an_expired_or_unknown_session_reads_as_empty_and_gets_a_new_key() -> None:
    store = SessionStore()
    store["desk"] = 7
    store.save()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)
    )
    expired = SessionStore(session_key=store.session_key)
    assert expired.load() == {} and expired.session_key is None
    unknown = SessionStore(session_key="x" * 32)
    assert "desk" not in unknown
    unknown["desk"] = 8
    unknown.save()
    assert unknown.session_key != "x" * 32
