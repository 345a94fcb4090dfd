"""The doctor directory: who sees what the visitor says, on the half-day asked."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from doctors.directory import MAX_LISTED, Search, find_doctors, next_date
from doctors.models import Doctor, HalfDay, Title
from hospital.models import Department
from tests.doctors.factories import (
    AbsenceFactory,
    ClinicSessionFactory,
    DoctorFactory,
    SpecialityFactory,
)
from tests.doctors.queries import data_queries

pytestmark = pytest.mark.django_db

THURSDAY = 3
URL = "/doctors/"


@pytest.fixture
def joints():
    return SpecialityFactory(
        name="关节外科",
        name_zh_hant="關節外科",
        name_en="Joint surgery",
        concepts="part_spine_joint",
    )


@pytest.fixture
def knee_doctor(joints):
    doctor = DoctorFactory(name="王建国", name_en="Wang Jianguo", title=Title.CHIEF)
    doctor.specialities.add(joints)
    ClinicSessionFactory(doctor=doctor, weekday=THURSDAY, half_day=HalfDay.AFTERNOON, room="B203")
    return doctor


def test_knee_pain_on_thursday_afternoon_finds_the_joint_surgeon_in_either_language(
    guide_client, knee_doctor
) -> None:
    morning_only = DoctorFactory(name="李明")
    ClinicSessionFactory(doctor=morning_only, weekday=THURSDAY, half_day=HalfDay.MORNING)
    cardiologist = DoctorFactory(name="张心", department=Department.objects.get(code="CARD"))
    ClinicSessionFactory(doctor=cardiologist, weekday=THURSDAY, half_day=HalfDay.AFTERNOON)
    for words in ("knee pain", "膝盖疼"):
        response = guide_client.get(URL, {"q": words, "when": "thu-pm"})
        assert response.status_code == 200
        doctors = [m.doctor for m in response.context["result"].matches]
        assert doctors == [knee_doctor], words
        page = response.content.decode()
        assert "王建国" in page and "B203" in page and "李明" not in page and "张心" not in page


def test_the_joint_speciality_comes_before_other_doctors_of_the_department(
    knee_doctor,
) -> None:
    colleague = DoctorFactory(name="骨科医生", title=Title.CHIEF)
    result = find_doctors(Search(text="knee pain"), Doctor.objects.all())
    assert [m.doctor for m in result.matches] == [knee_doctor, colleague]
    assert result.matches[0].specialities and not result.matches[1].specialities
    assert [d.code for d in result.departments] == ["ORTHO"]


def test_a_doctor_away_on_the_next_thursday_is_listed_last_and_marked(knee_doctor) -> None:
    today = timezone.localdate()
    stand_in = DoctorFactory(name="赵替", title=Title.RESIDENT)
    stand_in.specialities.add(*knee_doctor.specialities.all())
    ClinicSessionFactory(doctor=stand_in, weekday=THURSDAY, half_day=HalfDay.AFTERNOON)
    AbsenceFactory(doctor=knee_doctor, date=next_date(THURSDAY, today))
    result = find_doctors(
        Search(text="膝盖疼", weekday=THURSDAY, half_day=HalfDay.AFTERNOON),
        Doctor.objects.all(),
        today=today,
    )
    assert [m.doctor for m in result.matches] == [stand_in, knee_doctor]
    assert result.matches[1].away_then and not result.matches[0].away_then


def test_a_speciality_chip_lists_its_doctors_whatever_the_day(guide_client, knee_doctor) -> None:
    DoctorFactory(name="别的")
    response = guide_client.get(URL, {"speciality": knee_doctor.specialities.get().pk})
    assert [m.doctor for m in response.context["result"].matches] == [knee_doctor]


def test_names_and_specialities_follow_the_readers_language(guide_client, knee_doctor) -> None:
    guide_client.cookies["django_language"] = "en"
    page = guide_client.get(URL, {"q": "knee pain"}).content.decode()
    assert "Wang Jianguo" in page and "Joint surgery" in page and "Chief physician" in page


@pytest.mark.parametrize(
    "query",
    [{"when": "thursday"}, {"when": "fri-xx"}, {"speciality": "abc"}, {"speciality": "9" * 30}],
)
def test_bad_input_is_a_message_never_a_500(guide_client, query) -> None:
    response = guide_client.get(URL, query)
    assert response.status_code == 400
    assert response.context["result"] is None
    assert 'role="alert"' in response.content.decode()


def test_an_empty_search_lists_nobody_and_shows_the_week(guide_client, knee_doctor) -> None:
    response = guide_client.get(URL)
    assert response.status_code == 200
    assert "when-thu-pm" in response.content.decode()
    assert "doctor-list" not in response.content.decode()


def test_the_security_desk_may_not_open_the_directory(security_client) -> None:
    assert security_client.get(URL).status_code == 403


def test_a_manager_finds_only_the_doctors_of_their_departments(manager_client) -> None:
    gi = DoctorFactory(name="消化医生", department=Department.objects.get(code="GI"))
    DoctorFactory(name="心内医生", department=Department.objects.get(code="CARD"))
    for doctor in Doctor.objects.all():
        ClinicSessionFactory(doctor=doctor, weekday=0, half_day=HalfDay.MORNING)
    response = manager_client.get(URL, {"when": "mon-am"})
    assert [m.doctor for m in response.context["result"].matches] == [gi]


def _add_doctors(speciality, start: int, stop: int) -> None:
    for n in range(start, stop):
        doctor = DoctorFactory(name=f"医生{n:04d}")
        doctor.specialities.add(speciality)
        ClinicSessionFactory(doctor=doctor, weekday=THURSDAY, half_day=HalfDay.AFTERNOON)
        if n % 10 == 0:
            AbsenceFactory(doctor=doctor, date=timezone.localdate() + dt.timedelta(days=n % 7))


def _queries(client) -> tuple[int, int]:
    count, response = data_queries(lambda: client.get(URL, {"q": "knee pain", "when": "thu-pm"}))
    return count, response.context["result"].total


def test_the_directory_runs_the_same_queries_for_10_and_40_doctors(guide_client, joints, settings):
    # The engine asks whether the rules changed on a clock: ask on every search here.
    settings.ROUTING_REVISION_CHECK_SECONDS = 0
    _add_doctors(joints, 0, 10)
    # The first search compiles the routing engine for this process; count from the second.
    guide_client.get(URL, {"q": "knee pain", "when": "thu-pm"})
    few, listed = _queries(guide_client)
    assert listed == 10
    _add_doctors(joints, 10, 40)
    many, listed = _queries(guide_client)
    assert listed == 40
    assert few == many, (few, many)
    page = guide_client.get(URL, {"q": "knee pain", "when": "thu-pm"})
    assert len(page.context["result"].matches) == MAX_LISTED
    assert 'id="directory-more"' in page.content.decode()
    # Session, user, roles, the routing revision; specialities, departments, the doctors with
    # their specialities, sessions and absences; the chips; the header's desk and alerts.
    assert many <= 15


def test_the_photo_is_served_to_readers_only(guide_client, manager_client, tmp_path, monkeypatch):
    # The field's storage was made when the model was (DOCTOR_PHOTO_ROOT read then): the photo
    # goes to this test's folder, not to the checkout's media/ (a file a run otherwise).
    monkeypatch.setattr(Doctor._meta.get_field("photo").storage, "location", str(tmp_path))
    png = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
        b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00"
        b"\x00\x00\x00IEND\xaeB`\x82"
    )
    doctor = DoctorFactory()
    doctor.photo.save("wang.png", SimpleUploadedFile("wang.png", png), save=True)
    response = guide_client.get(reverse("doctors:photo", args=[doctor.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == png
    # An orthopaedic doctor is not the gastroenterology manager's to read.
    assert manager_client.get(reverse("doctors:photo", args=[doctor.pk])).status_code == 404
