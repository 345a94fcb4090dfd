"""Aftercare's demo data: loaded by seed_demo once, however often it runs."""

from io import StringIO

import pytest
from django.core.management import call_command

from aftercare.models import DischargeSendOff, FollowUpPlan
from reception.models import Inquiry

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_a_plan_an_expected_visit_and_a_send_off_once(settings) -> None:
    if "demo" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "demo"]
    settings.DEBUG = True
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())
    assert "Aftercare demo" in out.getvalue()
    # The health-check plan, and the after-operation plan of the send-off.
    assert FollowUpPlan.objects.count() == 2
    send_off = DischargeSendOff.objects.get()
    assert send_off.plan is not None and send_off.card_given
    assert (
        Inquiry.objects.filter(caller_name="孙先生", expected_visit_on__isnull=False).count() == 1
    )
