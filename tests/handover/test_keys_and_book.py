from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from handover.models import AfterHoursBook, HandoverTask, Key, KeyLoan
from handover.services import (
    book_add_entry,
    book_hand_over,
    book_take_back,
    key_issue,
    key_lock_changed,
    key_report_lost,
    key_return,
)
from tests.handover.factories import KeyFactory

pytestmark = pytest.mark.django_db


def _issue(key, by, **kwargs):
    values = {
        "issued_to": "保洁 王阿姨",
        "purpose": "打扫资料室",
        "due_back_at": timezone.now() + timedelta(hours=1),
    }
    values.update(kwargs)
    return key_issue(key=key, by=by, **values)


def test_shift_lead_issues_a_key_to_a_named_person(desk, supervisor):
    loan = _issue(KeyFactory(desk=desk), supervisor)
    assert loan.is_open and loan.issued_by == supervisor


def test_a_guide_cannot_issue_keys(desk, guide):
    with pytest.raises(ValidationError) as error:
        _issue(KeyFactory(desk=desk), guide)
    assert error.value.code == "not_lead"
    assert not KeyLoan.objects.exists()


def test_issue_needs_name_purpose_and_a_future_due_time(desk, supervisor):
    with pytest.raises(ValidationError) as error:
        _issue(KeyFactory(desk=desk), supervisor, issued_to="", purpose="", due_back_at=None)
    assert set(error.value.message_dict) == {"issued_to", "purpose", "due_back_at"}


def test_no_more_copies_than_the_cabinet_holds(desk, supervisor):
    key = KeyFactory(desk=desk, copies=1)
    _issue(key, supervisor)
    with pytest.raises(ValidationError) as error:
        _issue(key, supervisor, issued_to="维修 李师傅")
    assert error.value.code == "none_left"


def test_returning_a_key_never_issued_is_refused(desk, guide):
    key = KeyFactory(desk=desk)
    with pytest.raises(ValidationError) as error:
        key_return(key=key, by=guide)
    assert error.value.code == "never_issued"


def test_returning_twice_is_refused(desk, supervisor, guide):
    key = KeyFactory(desk=desk)
    loan = _issue(key, supervisor)
    key_return(key=key, by=guide, loan=loan)
    with pytest.raises(ValidationError) as error:
        key_return(key=key, by=guide, loan=loan)
    assert error.value.code == "already_returned"


def test_a_damaged_key_is_withdrawn(desk, supervisor, guide):
    key = KeyFactory(desk=desk, copies=2)
    _issue(key, supervisor)
    loan = key_return(key=key, by=guide, condition="damaged")
    key.refresh_from_db()
    assert loan.condition == "damaged" and key.copies == 1


def test_a_lost_key_marks_the_lock_for_change(desk, supervisor, guide, security):
    key = KeyFactory(desk=desk, copies=2)
    _issue(key, supervisor)
    key_report_lost(key=key, by=guide, note="在停车场丢失")
    key.refresh_from_db()
    assert key.lock_change_required and key.lock_change_reported_at
    assert key.copies == 1
    assert Key.objects.filter(lock_change_required=True).count() == 1
    key_lock_changed(key=key, by=security, copies=3)
    key.refresh_from_db()
    assert not key.lock_change_required and key.copies == 3


def test_book_goes_to_security_and_every_entry_comes_back_as_work(desk, guide, security):
    book = book_hand_over(desk=desk, by=guide)
    with pytest.raises(ValidationError):
        book_hand_over(desk=desk, by=guide)
    book_add_entry(
        book=book, by=security, kind="request", text="明早 8 点需要轮椅", caller_name="赵"
    )
    book_add_entry(book=book, by=security, kind="complaint", text="夜间挂号窗口无人")
    with pytest.raises(ValidationError) as error:
        book_add_entry(book=book, by=security, kind="complaint", text=" ")
    assert "text" in error.value.message_dict
    book_take_back(book=book, by=guide)
    book.refresh_from_db()
    assert book.status == AfterHoursBook.Status.RETURNED
    for entry in book.entries.all():
        assert entry.task_id or entry.complaint_id
    assert HandoverTask.objects.filter(desk=desk).count() >= 1
    with pytest.raises(ValidationError):
        book_take_back(book=book, by=guide)
    with pytest.raises(ValidationError):
        book_add_entry(book=book, by=security, kind="request", text="late")
