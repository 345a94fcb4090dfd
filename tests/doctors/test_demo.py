"""Demo doctors: a directory the guide can try "knee pain on Thursday afternoon" on, idempotent."""

import io

import pytest
from django.core.management.color import no_style

from demo import doctors as demo
from doctors.directory import Search, find_doctors
from doctors.models import ClinicSession, Doctor, HalfDay, Speciality

pytestmark = pytest.mark.django_db


def _seed() -> None:
    demo.seed(stdout=io.StringIO(), style=no_style(), days=0, visits_per_day=0, volume=False)


def test_the_demo_directory_loads_once_and_answers_knee_pain_on_thursday_afternoon() -> None:
    _seed()
    counts = [m.objects.count() for m in (Doctor, Speciality, ClinicSession)]
    _seed()
    assert [m.objects.count() for m in (Doctor, Speciality, ClinicSession)] == counts
    for speciality in Speciality.objects.all():
        speciality.full_clean()  # every routing concept named exists
    result = find_doctors(
        Search(text="膝盖疼", weekday=3, half_day=HalfDay.AFTERNOON), Doctor.objects.all()
    )
    assert [m.doctor.name for m in result.matches] == ["王建国"]
    assert Doctor.objects.get(name="王建国").name_zh_hant == "王建國"
