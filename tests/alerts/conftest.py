import pytest
from django.contrib.auth.models import Group

from hospital.models import Department
from hospital.roles import Role
from tests.handover.conftest import checklist, mark_all, sheet, shift  # noqa: F401
from tests.hospital.factories import StaffProfileFactory, UserFactory


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def other_guide(other_desk):
    """A guide of the inpatient desk only."""
    user = UserFactory(username="guide-inpatient", role=Role.GUIDE)
    StaffProfileFactory(user=user, home_desk=other_desk)
    return user


@pytest.fixture
def centre_manager(desk, settings):
    """A manager of the patient services centre, where escalated complaints go."""
    user = UserFactory(username="centre-manager", role=Role.DEPARTMENT_MANAGER)
    StaffProfileFactory(user=user, home_desk=desk)
    Department.objects.get(code=settings.ROLE_DEPARTMENTS["patient_services"]).managers.add(user)
    return user


@pytest.fixture
def second_supervisor(desk):
    user = UserFactory(username="supervisor2")
    user.groups.add(Group.objects.get(name=Role.SUPERVISOR))
    StaffProfileFactory(user=user, home_desk=desk)
    return user
