"""Managers keep their own departments' doctors in the admin; sessions never overlap."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from doctors.models import PHOTO_MAX_BYTES, ClinicSession, Doctor, HalfDay, Speciality
from hospital.models import Department
from tests.doctors.factories import ClinicSessionFactory, DoctorFactory, SpecialityFactory

pytestmark = pytest.mark.django_db

ADD = "/admin/doctors/doctor/add/"


def _form(department: Department, sessions: list[tuple[int, str]], **extra) -> dict:
    data = {
        "name": "新医生",
        "name_zh_hant": "",
        "name_en": "",
        "title": "attending",
        "department": str(department.pk),
        "is_active": "on",
        "sessions-TOTAL_FORMS": str(len(sessions)),
        "sessions-INITIAL_FORMS": "0",
        "sessions-MIN_NUM_FORMS": "0",
        "sessions-MAX_NUM_FORMS": "1000",
        "absences-TOTAL_FORMS": "0",
        "absences-INITIAL_FORMS": "0",
        "absences-MIN_NUM_FORMS": "0",
        "absences-MAX_NUM_FORMS": "1000",
    }
    for i, (weekday, half) in enumerate(sessions):
        data[f"sessions-{i}-weekday"] = str(weekday)
        data[f"sessions-{i}-half_day"] = half
        data[f"sessions-{i}-room"] = ""
    return data | extra


def test_a_manager_adds_a_doctor_to_their_department_with_history(manager_client) -> None:
    gi = Department.objects.get(code="GI")
    response = manager_client.post(ADD, _form(gi, [(3, "pm")]))
    assert response.status_code == 302, response.content.decode()[:2000]
    doctor = Doctor.objects.get(name="新医生")
    assert doctor.department == gi and doctor.sessions.count() == 1
    assert doctor.name_zh_hant == "新醫生"  # filled by OpenCC when left empty
    assert doctor.history.count() == 1


def test_a_session_overlapping_itself_is_refused_and_nothing_is_saved(manager_client) -> None:
    gi = Department.objects.get(code="GI")
    response = manager_client.post(ADD, _form(gi, [(3, "pm"), (3, "pm")]))
    assert response.status_code == 200
    assert not Doctor.objects.exists()
    assert "Please correct the duplicate" in response.content.decode() or "重复" in (
        response.content.decode()
    )


def test_the_same_half_day_twice_is_refused_by_the_model_with_a_clear_message() -> None:
    session = ClinicSessionFactory(weekday=1, half_day=HalfDay.MORNING)
    twin = ClinicSession(doctor=session.doctor, weekday=1, half_day=HalfDay.MORNING)
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        twin.full_clean()
    assert "cannot overlap itself" in str(raised.value)


def test_a_manager_cannot_file_a_doctor_under_another_department(manager_client) -> None:
    card = Department.objects.get(code="CARD")
    response = manager_client.post(ADD, _form(card, []))
    assert response.status_code == 200
    assert not Doctor.objects.exists()


def test_a_manager_sees_and_opens_only_their_departments_doctors(manager_client) -> None:
    mine = DoctorFactory(name="消化医生", department=Department.objects.get(code="GI"))
    theirs = DoctorFactory(name="心内医生", department=Department.objects.get(code="CARD"))
    page = manager_client.get("/admin/doctors/doctor/").content.decode()
    assert "消化医生" in page and "心内医生" not in page
    assert manager_client.get(f"/admin/doctors/doctor/{mine.pk}/change/").status_code == 200
    for path in ("change", "history", "delete"):
        url = f"/admin/doctors/doctor/{theirs.pk}/{path}/"
        assert manager_client.get(url).status_code == 404, path


def test_a_photo_over_the_size_limit_is_refused(settings, tmp_path) -> None:
    settings.DOCTOR_PHOTO_ROOT = str(tmp_path)
    doctor = DoctorFactory()
    doctor.photo = SimpleUploadedFile("big.png", b"0" * (PHOTO_MAX_BYTES + 1))
    with pytest.raises(ValidationError) as raised:
        doctor.full_clean()
    assert "photo" in raised.value.message_dict


def test_a_speciality_naming_an_unknown_concept_is_refused() -> None:
    speciality = Speciality(name="关节外科", concepts="part_spine_joint no_such_concept")
    with pytest.raises(ValidationError) as raised:
        speciality.full_clean()
    assert "no_such_concept" in str(raised.value)
    SpecialityFactory(name="膝", concepts="part_spine_joint").full_clean()
