"""A guide asked "which doctor sees knee pain on Thursday afternoon" finds them in two taps."""

import pytest
from playwright.sync_api import expect

from doctors.models import HalfDay, Title
from tests.browser.test_a11y import AXE, BLOCKING, MIN_TARGET, TARGETS_JS, _axe
from tests.doctors.factories import ClinicSessionFactory, DoctorFactory, SpecialityFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_knee_pain_on_thursday_afternoon_from_the_inquiry_form(login, live_server, guide) -> None:
    joints = SpecialityFactory(
        name="关节外科", name_en="Joint surgery", concepts="part_spine_joint"
    )
    surgeon = DoctorFactory(name="王建国", title=Title.CHIEF)
    surgeon.specialities.add(joints)
    ClinicSessionFactory(doctor=surgeon, weekday=3, half_day=HalfDay.AFTERNOON, room="B203")
    morning = DoctorFactory(name="李上午")
    morning.specialities.add(joints)
    ClinicSessionFactory(doctor=morning, weekday=3, half_day=HalfDay.MORNING)

    page = login("guide", to="/reception/inquiries/new/")
    page.click("#find-doctor")  # tap one
    page.fill("#id_q", "膝盖疼")
    page.click("#when-thu-pm")  # tap two
    expect(page.locator(f"#doctor-{surgeon.pk}")).to_contain_text("王建国")
    expect(page.locator(f"#doctor-{surgeon.pk}")).to_contain_text("B203")
    expect(page.locator(f"#doctor-{morning.pk}")).to_have_count(0)
    if AXE.exists():
        blocking = [v for v in _axe(page) if v["impact"] in BLOCKING]
        assert not blocking, blocking
    assert not page.evaluate(TARGETS_JS, MIN_TARGET)
