"""seed_demo: every layer's demo data in order, and never by accident on a production database."""

from collections.abc import Iterator
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.test.utils import override_settings

from aftercare.models import DischargeSendOff, FollowUpPlan
from hospital.models import Desk
from hospital.roles import Role
from reception.models import Inquiry

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_installed(settings):
    # As with DEBUG=1 or DEMO=1: the demo app (and its command) exists only then.
    if "demo" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "demo"]
    return settings


@pytest.fixture(scope="class")
def first_output(django_db_setup, django_db_blocker, restore_reference_data) -> Iterator[str]:
    """Run seed_demo twice with DEBUG=1 (the demo app installed); return what the first printed.

    Once for the class that asks, in a transaction rolled back after its tests; each test runs in
    its own transaction inside that one. A run of the whole demo costs about half a second of
    CPU, and each layer's test reads the same result.
    """
    from django.conf import settings

    apps = settings.INSTALLED_APPS
    installed = apps if "demo" in apps else [*apps, "demo"]
    with django_db_blocker.unblock():
        restore_reference_data()
    with (
        django_db_blocker.unblock(),
        override_settings(DEBUG=True, INSTALLED_APPS=installed),
        transaction.atomic(),
    ):
        out = StringIO()
        call_command("seed_demo", stdout=out)
        call_command("seed_demo", stdout=StringIO())
        yield out.getvalue()
        transaction.set_rollback(True)


class TestSeededTwice:
    """What `seed_demo` leaves after running twice."""

    def test_seed_demo_is_idempotent_and_creates_one_user_per_role(self, first_output) -> None:
        assert Desk.objects.count() == 2
        for role in Role.values:
            assert Group.objects.get(name=role).user_set.exists(), role
        assert "guide-demo-2026" in first_output

    def test_seed_demo_adds_a_plan_an_expected_visit_and_a_send_off_once(
        self, first_output
    ) -> None:
        """Aftercare's demo data: loaded once, however often seed_demo runs."""
        assert "Aftercare demo" in first_output
        # The health-check plan, and the after-operation plan of the send-off.
        assert FollowUpPlan.objects.count() == 2
        send_off = DischargeSendOff.objects.get()
        assert send_off.plan is not None and send_off.card_given
        assert (
            Inquiry.objects.filter(caller_name="孙先生", expected_visit_on__isnull=False).count()
            == 1
        )


def test_seed_demo_refuses_to_run_without_debug(demo_installed) -> None:
    demo_installed.DEBUG = False
    demo_installed.DEMO = True
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    assert not Desk.objects.filter(code="main-hall").exists()


@pytest.mark.parametrize("demo", [True, False])
def test_force_is_no_way_around_debug_off(demo_installed, demo) -> None:
    demo_installed.DEBUG = False
    demo_installed.DEMO = demo
    with pytest.raises(CommandError):
        call_command("seed_demo", "--force", stdout=StringIO(), stderr=StringIO())
    assert not Desk.objects.filter(code="main-hall").exists()
    assert not Group.objects.get(name=Role.GUIDE).user_set.exists()


def test_negative_volumes_are_refused(demo_installed) -> None:
    demo_installed.DEBUG = True
    with pytest.raises(CommandError, match="zero or more"):
        call_command("seed_demo", "--days", "-1")
