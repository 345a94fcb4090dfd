"""The complaint slip: the hospital's name and phone, who took it, in the complainant's language."""

import uuid

import pytest
from django.urls import reverse

from complaints.models import Complaint

pytestmark = pytest.mark.django_db


def _intake(client, **overrides) -> Complaint:
    data = {
        "form_token": str(uuid.uuid4()),
        "channel": "in_person",
        "category": "waiting",
        "severity": "medium",
        "description": "在心内科等了三个小时。",
        "relation": "patient",
        "language": "en",
        **overrides,
    }
    response = client.post(reverse("complaints:intake"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    return Complaint.objects.get()


def test_slip_prints_in_the_language_chosen_at_intake_with_name_phone_and_taker(
    guide_client, guide, desk, settings
) -> None:
    settings.HOSPITAL_NAME, settings.HOSPITAL_NAME_EN = "第一人民医院", "First People's Hospital"
    settings.HOSPITAL_PHONE = "0571-88886666"
    guide.first_name, guide.last_name = "小雨", "王"
    guide.save()
    guide_client.cookies["django_language"] = "zh-hans"
    complaint = _intake(guide_client, language="en")
    assert complaint.language == "en"
    page = guide_client.get(reverse("complaints:slip", args=[complaint.pk])).content.decode()
    slip = page[page.index('id="complaint-slip"') :]
    assert 'lang="en"' in page[page.index("<article") : page.index('id="complaint-slip"') + 60]
    assert "Complaint receipt" in slip and "First People" in slip
    assert "0571-88886666" in slip
    assert "Taken by" in slip and guide.get_full_name() in slip
    # The guide's own screen around the slip stays in her language.
    assert "打印回执" in page or "打印" in page


def test_slip_in_traditional_chinese_converts_the_hospitals_name(
    guide_client, desk, settings
) -> None:
    settings.HOSPITAL_NAME = "第一人民医院"
    complaint = _intake(guide_client, language="zh-hant")
    page = guide_client.get(reverse("complaints:slip", args=[complaint.pk])).content.decode()
    assert "第一人民醫院" in page


def test_intake_offers_the_three_languages_and_defaults_to_the_guides(guide_client, desk) -> None:
    guide_client.cookies["django_language"] = "zh-hans"
    form = guide_client.get(reverse("complaints:intake")).context["form"]
    assert [code for code, _label in form.fields["language"].choices] == [
        "zh-hans",
        "zh-hant",
        "en",
    ]
    assert form.initial["language"] == "zh-hans"


def test_admin_warns_while_the_hospitals_phone_is_not_set(admin_client_user, settings) -> None:
    settings.HOSPITAL_PHONE = ""
    assert (
        'id="no-hospital-phone"' in admin_client_user.get(reverse("admin:index")).content.decode()
    )
    settings.HOSPITAL_PHONE = "0571-88886666"
    assert (
        'id="no-hospital-phone"'
        not in admin_client_user.get(reverse("admin:index")).content.decode()
    )
