"""Who must act on an alert: named people, a desk's guides, departments' managers, a role.

The audience is kept on the alert as the rule named it, and turned into people each time the
alert is delivered, so a guide who starts work at the desk later still gets a condition that
holds on.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Model, Q, QuerySet

from hospital.models import Department, Desk, StaffProfile
from hospital.roles import Role


def _ids(values: Iterable[Any]) -> tuple[int, ...]:
    return tuple(sorted({v.pk if isinstance(v, Model) else int(v) for v in values if v}))


@dataclass(frozen=True)
class Audience:
    """Who must act. Desks reach the guides who work there; departments (codes) their managers."""

    users: tuple[int, ...] = ()
    desks: tuple[int, ...] = ()
    departments: tuple[str, ...] = ()
    roles: tuple[str, ...] = field(default=())

    @classmethod
    def of(
        cls,
        *,
        users: Iterable[Any] = (),
        desks: Iterable[Desk | int | None] = (),
        departments: Iterable[Department | str] = (),
        roles: Iterable[str] = (),
    ) -> "Audience":
        """Build an audience from users, desks (or their ids), departments (or codes) and roles."""
        unknown = set(roles) - set(Role.values)
        if unknown:
            raise ValueError(f"Unknown roles: {sorted(unknown)}")
        return cls(
            users=_ids(users),
            desks=_ids(desks),
            departments=tuple(
                sorted({d.code if isinstance(d, Department) else str(d) for d in departments})
            ),
            roles=tuple(sorted(set(roles))),
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Audience":
        return cls(
            users=tuple(data.get("users", ())),
            desks=tuple(data.get("desks", ())),
            departments=tuple(data.get("departments", ())),
            roles=tuple(data.get("roles", ())),
        )

    def as_json(self) -> dict[str, list[Any]]:
        return {
            name: list(value)
            for name, value in (
                ("users", self.users),
                ("desks", self.desks),
                ("departments", self.departments),
                ("roles", self.roles),
            )
            if value
        }

    def members(self) -> QuerySet[Any]:
        """Return the active people this audience names, one query."""
        conditions = []
        if self.users:
            conditions.append(Q(pk__in=self.users))
        if self.desks:
            at_desk = StaffProfile.objects.filter(
                Q(home_desk__in=self.desks) | Q(desks__in=self.desks)
            ).values("user")
            conditions.append(Q(pk__in=at_desk, groups__name=Role.GUIDE))
        if self.departments:
            managers = Department.managers.through.objects.filter(
                department__code__in=self.departments
            ).values("user")
            conditions.append(Q(pk__in=managers, groups__name=Role.DEPARTMENT_MANAGER))
        if self.roles:
            conditions.append(Q(groups__name__in=self.roles))
        people = get_user_model().objects.filter(is_active=True)
        if not conditions:
            return people.none()
        return people.filter(pk__in=people.filter(reduce(or_, conditions)).values("pk"))


# The audiences the rules name (README "Alerts"), so that every rule says who in one word.


def desk_guides(desk: Desk | int | None) -> Audience:
    """The guides who work at this desk."""
    return Audience.of(desks=[desk])


def desk_team(desk: Desk | int | None) -> Audience:
    """The guides at this desk and the shift lead (the supervisor role)."""
    return Audience.of(desks=[desk], roles=[Role.SUPERVISOR])


def supervisors() -> Audience:
    """The supervisors: the shift lead and the supervisor on duty."""
    return Audience.of(roles=[Role.SUPERVISOR])


def security_and_supervisors() -> Audience:
    return Audience.of(roles=[Role.SECURITY_DESK, Role.SUPERVISOR])


def managers_of(departments: Iterable[Department | str]) -> Audience:
    """The managers of these departments (objects or codes)."""
    return Audience.of(departments=departments)


def patient_services_centre() -> Audience:
    """The managers of the patient services centre, where escalated complaints go."""
    return Audience.of(departments=[settings.ROLE_DEPARTMENTS["patient_services"]])
