"""The lock a complainant's phone meets after ten wrong guesses, as the page shows it: the
form's own error, and no status. The count itself: test_complaint_link.py."""

import pytest
from django.test import Client

from complaints.models import ComplaintEntry
from selfservice import services
from selfservice.services import GUESSES_PER_ADDRESS
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.page_forms import page_form, text_of

pytestmark = pytest.mark.django_db


def test_ten_wrong_guesses_lock_the_form_and_the_right_digits_show_nothing(guide, desk) -> None:
    complaint = ComplaintFactory(desk=desk, received_by=guide, contact="13812345678")
    ComplaintEntryFactory(
        complaint=complaint, kind=ComplaintEntry.Kind.TOLD, text="已电话告知处理进度"
    )
    link = services.complaint_link(complaint=complaint, by=guide)
    assert link is not None
    guesser = Client()
    page = guesser.get(f"/s/c/{link.token}/")
    for attempt in range(GUESSES_PER_ADDRESS):
        form = page_form(page, "#ss-show").fill("reference", complaint.reference)
        page = form.fill("digits", f"{attempt:04d}").submit(guesser)
    assert "锁定" in text_of(page, "ss-form-error")
    # The right digits are refused too, now, from this address.
    form = page_form(page, "#ss-show").fill("reference", complaint.reference)
    page = form.fill("digits", "5678").submit(guesser)
    assert "锁定" in text_of(page, "ss-form-error")
    assert 'id="ss-status"' not in page.content.decode()
    assert "已电话告知处理进度" not in page.content.decode()
