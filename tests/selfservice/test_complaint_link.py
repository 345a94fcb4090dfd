"""A complainant follows their complaint on their own phone: reference + last four digits."""

import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from complaints.models import ComplaintEntry
from hospital.models import AccessLog
from selfservice.models import Link, WrongGuess
from selfservice.services import GUESSES_PER_ADDRESS
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.doctors.queries import data_queries
from tests.selfservice.factories import LinkFactory

pytestmark = pytest.mark.django_db

HERE = "198.51.100.10"
ELSEWHERE = "198.51.100.99"


def phone(ip: str = HERE) -> Client:
    return Client(REMOTE_ADDR=ip)


def url(link: Link) -> str:
    return reverse("selfservice:complaint", args=[link.token])


def show(client: Client, link: Link, reference: str | None = None, digits: str = "5678"):
    assert link.complaint is not None
    return client.post(
        url(link), {"reference": reference or link.complaint.reference, "digits": digits}
    )


@pytest.fixture
def link(desk, guide):
    complaint = ComplaintFactory(desk=desk, received_by=guide, contact="13812345678")
    ComplaintEntryFactory(
        complaint=complaint, kind=ComplaintEntry.Kind.INTERNAL, text="内部：当事人有前科"
    )
    ComplaintEntryFactory(
        complaint=complaint, kind=ComplaintEntry.Kind.TOLD, text="已告知：周三前答复您"
    )
    return LinkFactory(complaint=complaint, desk=desk, created_by=guide)


def test_the_slip_carries_a_qr_code_and_the_short_link(guide_client, guide, desk) -> None:
    complaint = ComplaintFactory(desk=desk, received_by=guide, contact="13812345678")
    page = guide_client.get(reverse("complaints:slip", args=[complaint.pk])).content.decode()
    link = Link.objects.get(complaint=complaint)
    assert len(link.token) == 22
    assert 'role="img"' in page and "<svg" in page
    assert f"/s/c/{link.token}/" in page
    # Printed again, it is the same link.
    guide_client.get(reverse("complaints:slip", args=[complaint.pk]))
    assert Link.objects.filter(complaint=complaint).count() == 1


def test_a_complaint_with_an_email_contact_gets_no_link(guide_client, guide, desk) -> None:
    complaint = ComplaintFactory(desk=desk, received_by=guide, contact="zhao@example.com")
    page = guide_client.get(reverse("complaints:slip", args=[complaint.pk])).content.decode()
    assert "/s/c/" not in page and not Link.objects.exists()


def test_the_link_asks_first_and_reveals_nothing(link) -> None:
    response = phone().get(url(link))
    assert response.status_code == 200
    page = response.content.decode()
    assert link.complaint.reference not in page
    assert "赵先生" not in page and "已告知" not in page and "logout" not in page.lower()


def test_the_right_reference_and_digits_show_the_status_without_internal_notes(link) -> None:
    client = phone()
    response = show(client, link, reference=link.complaint.reference.lower())
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert link.complaint.reference in page
    assert "已告知：周三前答复您" in page
    assert "内部" not in page and "前科" not in page
    assert "挂号窗口" not in page  # the complaint's own account stays inside
    logged = AccessLog.objects.filter(object_id=str(link.complaint.pk))
    assert logged.filter(ip=HERE, user=None).exists()


def test_wrong_digits_are_refused_counted_and_reveal_nothing(link) -> None:
    response = show(phone(), link, digits="0000")
    assert response.status_code == 400
    page = response.content.decode()
    assert "do not match" in page or "不符" in page
    assert "已告知" not in page
    assert WrongGuess.objects.filter(link=link, ip=HERE).count() == 1


@pytest.mark.parametrize("digits", ["12", "abcd", "１２３４５", ""])
def test_malformed_digits_are_a_message_not_a_guess(link, digits) -> None:
    response = show(phone(), link, digits=digits)
    assert response.status_code == 400
    assert not WrongGuess.objects.exists()


def test_ten_wrong_guesses_lock_the_link_for_that_address_only(link) -> None:
    client = phone()
    for attempt in range(GUESSES_PER_ADDRESS):
        response = show(client, link, digits=f"{attempt:04d}")
    assert response.status_code == 429
    # Even the right answer is refused now, from this address.
    response = show(client, link)
    assert response.status_code == 429
    assert "locked" in response.content.decode() or "锁定" in response.content.decode()
    # From another address the complainant still gets in.
    assert show(phone(ELSEWHERE), link).status_code == 302


def test_the_link_expires_thirty_days_after_the_complaint_is_closed(link) -> None:
    complaint = link.complaint
    complaint.status = complaint.Status.CLOSED
    complaint.answer = "已退还多收的挂号费。"
    complaint.satisfaction = complaint.Satisfaction.SATISFIED
    complaint.closed_at = timezone.now() - dt.timedelta(days=31)
    complaint.save()
    response = phone().get(url(link))
    assert response.status_code == 410
    assert show(phone(), link).status_code == 410
    complaint.closed_at = timezone.now() - dt.timedelta(days=29)
    complaint.save()
    assert phone().get(url(link)).status_code == 200


def test_a_survey_token_or_a_made_up_one_opens_no_complaint(link) -> None:
    survey = LinkFactory(survey=True)
    assert phone().get(reverse("selfservice:complaint", args=[survey.token])).status_code == 404
    assert phone().get("/s/c/" + "A" * 22 + "/").status_code == 404
    assert phone().get("/s/c/short/").status_code == 404


def test_the_page_speaks_the_language_chosen_on_it(link) -> None:
    page = phone().get(url(link) + "?lang=en").content.decode()
    assert "Last four digits of your phone" in page
    assert re.search(r'<html lang="en"', page)


def test_the_status_page_runs_the_same_queries_for_10_and_40_told_lines(link) -> None:
    client = phone()
    target = show(client, link)["Location"]
    client.get(target)  # the access log's content type is read once per process, then cached
    counts = []
    for told in (10, 40):
        while ComplaintEntry.objects.filter(kind=ComplaintEntry.Kind.TOLD).count() < told:
            ComplaintEntryFactory(
                complaint=link.complaint, kind=ComplaintEntry.Kind.TOLD, text="告知"
            )
        count, response = data_queries(lambda: client.get(target))
        assert response.content.decode().count("<time") == told
        counts.append(count)
    # The link with its complaint, the access log's two rows, the told lines.
    assert counts == [4, 4]


def test_a_refusal_speaks_the_language_chosen_on_the_page(link) -> None:
    assert link.complaint is not None
    response = phone().post(
        url(link) + "?lang=en", {"reference": link.complaint.reference, "digits": "0000"}
    )
    assert "do not match" in response.content.decode()
