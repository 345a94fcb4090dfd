"""seed_demo: every layer's demo data in order, and never by accident on a production database."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError

from hospital.models import Desk
from hospital.roles import Role

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_installed(settings):
    # As with DEBUG=1 or DEMO=1: the demo app (and its command) exists only then.
    if "demo" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS = [*settings.INSTALLED_APPS, "demo"]
    return settings


def test_seed_demo_is_idempotent_and_creates_one_user_per_role(demo_installed) -> None:
    demo_installed.DEBUG = True
    out = StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=StringIO())
    assert Desk.objects.count() == 2
    for role in Role.values:
        assert Group.objects.get(name=role).user_set.exists(), role
    assert "guide-demo-2026" in out.getvalue()


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
