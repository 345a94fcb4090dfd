from datetime import timedelta

import pytest
from django.utils import timezone

from complaints.services import complaint_receive
from handover.pending import gather_pending, pending_rows
from reception.models import Inquiry

pytestmark = pytest.mark.django_db


def test_pending_gathers_complaints_of_the_shift_and_callbacks_due(desk, guide, shift):
    now = timezone.now()
    complaint_receive(
        received_by=guide,
        received_at=now - timedelta(minutes=5),
        channel="in_person",
        description="挂号窗口排队太久",
        desk=desk,
    )
    Inquiry.objects.create(
        desk=desk,
        channel="phone_in",
        phone="13800138000",
        question="化验单什么时候出？",
        outcome="callback",
        callback_due_on=timezone.localdate(now),
        received_at=now - timedelta(hours=1),
        work_day=timezone.localdate(now),
        recorded_by=guide,
    )
    snapshot = gather_pending(
        desk=desk, start=now - timedelta(hours=2), end=now + timedelta(hours=1)
    )
    assert snapshot["complaints"]["total"] == 1
    assert snapshot["callbacks"]["total"] == 1
    sections = {s["key"]: s for s in pending_rows(snapshot)}
    assert "挂号窗口排队太久" in sections["complaints"]["lines"][0]["text"]
    assert "化验单" in sections["callbacks"]["lines"][0]["text"]
    assert "138" in sections["callbacks"]["lines"][0]["text"]
    assert "13800138000" not in sections["callbacks"]["lines"][0]["text"]  # masked


def test_overnight_complaint_becomes_a_complaint_when_the_book_comes_back(desk, guide, security):
    from complaints.models import Complaint
    from handover.services import book_add_entry, book_hand_over, book_take_back

    book = book_hand_over(desk=desk, by=guide)
    entry = book_add_entry(
        book=book, by=security, kind="complaint", text="夜间急诊等候太久", caller_phone="不是号码"
    )
    book_take_back(book=book, by=guide)
    entry.refresh_from_db()
    complaint = Complaint.objects.get(pk=entry.complaint_id)
    assert complaint.channel == Complaint.Channel.SECURITY_DESK
    assert complaint.received_by == security
    assert "夜间急诊等候太久" in complaint.description and "不是号码" in complaint.description
