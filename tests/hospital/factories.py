"""One factory per hospital model (and the user), on top of the directory the migrations load."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import post_save

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
    """A user; `role="guide"` (any role's group) puts them in it, `role="admin"` makes a superuser.

    A new user is saved with their role's group and staff flags in place, and gets one history
    row, of their creation, that shows them: what an account made with its role at once would
    have. (Saved first and granted after, a guide wrote two rows and a member of staff three,
    each copying the user's groups and permissions: most of a staff fixture's cost, and the suite
    makes about a thousand.) An existing user (same username) is granted the role as an administrator would,
    each change in its history.
    """

    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"员工{n}")
    password = factory.django.Password("pass-for-tests-1")
    role = None

    @staticmethod
    def _flags(user, role: str) -> tuple[bool, bool]:
        """Return (is_staff, is_superuser) for a user given `role`."""
        if role == "admin":
            return True, True
        return role in ADMIN_ROLES, user.is_superuser

    @classmethod
    def _create(cls, model_class, *args, role: str | None = None, **kwargs):
        user = model_class._default_manager.filter(username=kwargs["username"]).first()
        if user is not None:
            if role:
                cls._grant(user, role)
            return user
        user = model_class(*args, **kwargs)
        if role:
            user.is_staff, user.is_superuser = cls._flags(user, role)
        user.skip_history_when_saving = True
        try:
            user.save()
            if role and role != "admin":
                user.groups.add(Group.objects.get(name=role))
        finally:
            del user.skip_history_when_saving
        # The creation, as `save()` announces it, now that the groups are in: its history row.
        post_save.send(
            sender=model_class,
            instance=user,
            created=True,
            update_fields=None,
            raw=False,
            using=user._state.db,
        )
        return user

    @classmethod
    def _grant(cls, user, role: str) -> None:
        if role != "admin":
            user.groups.add(Group.objects.get(name=role))
        # Saved only when a flag changes: each save writes a row of history (with its groups).
        staff, superuser = cls._flags(user, role)
        if (user.is_staff, user.is_superuser) != (staff, superuser):
            user.is_staff, user.is_superuser = staff, superuser
            user.save(update_fields=["is_staff", "is_superuser"])


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
