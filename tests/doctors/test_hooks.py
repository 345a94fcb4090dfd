"""The directory where the guide needs it: the inquiry form, the walk-in screen, the handoff."""

import pytest
from django.urls import reverse
from django.utils import timezone

from doctors.models import HalfDay, Title
from hospital.models import Department
from tests.doctors.factories import ClinicSessionFactory, DoctorFactory, SpecialityFactory
from tests.handover.factories import EscortFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_the_inquiry_form_opens_the_directory(guide_client) -> None:
    page = guide_client.get(reverse("reception:inquiry_new")).content.decode()
    assert 'id="find-doctor"' in page and reverse("doctors:directory") in page


def test_the_walk_in_screen_opens_the_directory(guide_client) -> None:
    page = guide_client.get(reverse("overview:walkin")).content.decode()
    assert 'id="find-doctor"' in page


def test_the_handoff_offers_the_destinations_doctors_with_title_and_speciality(
    guide_client, desk, guide
) -> None:
    gi = Department.objects.get(code="GI")
    doctor = DoctorFactory(name="陈胃", department=gi, title=Title.ASSOCIATE_CHIEF)
    doctor.specialities.add(SpecialityFactory(name="胃镜"))
    now = timezone.localtime()
    half = HalfDay.MORNING if now.hour < 12 else HalfDay.AFTERNOON
    ClinicSessionFactory(doctor=doctor, weekday=now.weekday(), half_day=half)
    DoctorFactory(name="心内医生", department=Department.objects.get(code="CARD"))
    visit = VisitFactory(desk=desk, logged_by=guide, destination=gi)
    EscortFactory(visit=visit, guide=guide, destination=gi)
    page = guide_client.get(reverse("handover:handoff", args=[visit.pk])).content.decode()
    assert f'id="handoff-doctor-{doctor.pk}"' in page
    assert 'data-fd-doctor-name="陈胃"' in page and "胃镜" in page
    assert "心内医生" not in page
    assert "doctors/handoff.js" in page
