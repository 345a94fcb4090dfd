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


def test_force_without_the_demo_setting_is_refused_too(demo_installed) -> None:
    demo_installed.DEBUG = False
    demo_installed.DEMO = False
    with pytest.raises(CommandError, match="DEMO=1"):
        call_command("seed_demo", "--force")


def test_force_with_the_demo_setting_seeds_a_benchmark_database(
    demo_installed, monkeypatch
) -> None:
    from demo import hospital
    from demo.management.commands import seed_demo

    monkeypatch.setattr(seed_demo, "SEEDS", (hospital,))  # the guard is the point, not the data
    demo_installed.DEBUG = False
    demo_installed.DEMO = True
    call_command("seed_demo", "--force", stdout=StringIO())
    assert Desk.objects.filter(code="main-hall").exists()


def test_negative_volumes_are_refused(demo_installed) -> None:
    demo_installed.DEBUG = True
    with pytest.raises(CommandError, match="zero or more"):
        call_command("seed_demo", "--days", "-1")
