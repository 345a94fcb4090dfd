"""One factory per hospital model (and the user), on top of the directory the migrations load."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hospital.models import CalendarDay, Department, Desk, StaffProfile
from hospital.roles import ADMIN_ROLES


class DeskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Desk
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"desk-{n}")
    name = factory.Sequence(lambda n: f"导医台 {n}")


class DepartmentFactory(factory.django.DjangoModelFactory):
    """A department beyond the shipped directory (which the migrations load)."""

    class Meta:
        model = Department
        django_get_or_create = ["code"]

    code = factory.Sequence(lambda n: f"T{n}")
    kind = Department.Kind.CLINICAL
    name_zh_hans = factory.Sequence(lambda n: f"测试科{n}")
    name_zh_hant = factory.Sequence(lambda n: f"測試科{n}")
    name_en = factory.Sequence(lambda n: f"Test department {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"员工{n}")
    password = factory.django.Password("pass-for-tests-1")

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs) -> None:
        """Put the user in the role's group; `role="admin"` makes a superuser."""
        if not create or not extracted:
            return
        staff = superuser = True
        if extracted != "admin":
            self.groups.add(Group.objects.get(name=extracted))
            staff, superuser = extracted in ADMIN_ROLES, self.is_superuser
        # Saved only when a flag changes: each save writes a row of history (with its groups),
        # and most of the suite's users are guides.
        if (self.is_staff, self.is_superuser) != (staff, superuser):
            self.is_staff, self.is_superuser = staff, superuser
            self.save(update_fields=["is_staff", "is_superuser"])


class StaffProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffProfile

    user = factory.SubFactory(UserFactory)
    home_desk = factory.SubFactory(DeskFactory)


class CalendarDayFactory(factory.django.DjangoModelFactory):
    """An administrator's calendar entry: a closure unless `kind` says otherwise."""

    class Meta:
        model = CalendarDay
        django_get_or_create = ["date"]

    date = factory.Sequence(lambda n: dt.date(2099, 1, 1) + dt.timedelta(days=n))
    kind = CalendarDay.Kind.CLOSURE
    note = "院庆停诊"
