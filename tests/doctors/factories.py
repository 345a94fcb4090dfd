"""One factory per doctors model: specialities, doctors, clinic sessions, absences."""

import datetime as dt

import factory
from django.utils import timezone

from doctors.models import Absence, ClinicSession, Doctor, HalfDay, Speciality, Title
from hospital.models import Department


class SpecialityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speciality
        django_get_or_create = ["name"]

    name = factory.Sequence(lambda n: f"专长{n}")
    name_zh_hant = factory.Sequence(lambda n: f"專長{n}")
    name_en = factory.Sequence(lambda n: f"Speciality {n}")


class DoctorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Doctor

    name = factory.Sequence(lambda n: f"医生{n}")
    name_en = factory.Sequence(lambda n: f"Doctor {n}")
    title = Title.ATTENDING
    # The shipped directory (loaded by the migrations) has orthopaedics.
    department = factory.LazyFunction(lambda: Department.objects.get(code="ORTHO"))


class ClinicSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ClinicSession

    doctor = factory.SubFactory(DoctorFactory)
    weekday = 3
    half_day = HalfDay.AFTERNOON


class AbsenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Absence

    doctor = factory.SubFactory(DoctorFactory)
    date = factory.LazyFunction(lambda: timezone.localdate() + dt.timedelta(days=7))
    half_day = ""
    reason = "学术会议"
