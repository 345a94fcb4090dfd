"""The settings module refuses bad configuration clearly and is secure by default."""

import json
import os
import runpy
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "x9#Lq2v!Tz7@Wm4p$Rk8&Yb3^Nc6*Hd1(Gf5)Js0_Ue-Ao+Ii=Pl"


# Only what the test names: none of the developer's or CI's own configuration leaks in.
PASSED_ON = {"PATH", "HOME", "LANG", "VIRTUAL_ENV", "PYTHONPATH"}


@pytest.fixture
def start(monkeypatch, capsys):
    """Read the settings module as `manage.py <command>` does at its start, in this process.

    Only the variables the test names are set (and PASSED_ON); return the exit code
    (0 when the settings load) and what was written to stderr. A configuration mistake stops
    the start in the settings module itself, so a subprocess would only add a second of Python
    and Django start-up to each case; an exception other than the clean exit fails the test.
    """

    def load(command: str, **env: str) -> tuple[int, str]:
        with monkeypatch.context() as patch:
            for name in set(os.environ) - PASSED_ON:
                patch.delenv(name)
            for name, value in env.items():
                patch.setenv(name, value)
            patch.setattr(sys, "argv", ["manage.py", command])
            try:
                runpy.run_path(str(ROOT / "config" / "settings.py"), run_name="settings_at_start")
            except SystemExit as stop:
                code = stop.code if isinstance(stop.code, int) else 1
            else:
                code = 0
        return code, capsys.readouterr().err

    return load


def test_production_without_secret_key_refuses_to_start_naming_the_variable(start) -> None:
    code, stderr = start("check", DEBUG="0")
    assert code != 0
    assert "SECRET_KEY" in stderr
    assert "Traceback" not in stderr


@pytest.mark.django_db
def test_writing_migrations_needs_no_secret_key_but_serving_does(start) -> None:
    # makemigrations signs nothing, so a fresh checkout can check its migrations without DEBUG:
    # its start reads the settings without a key, and the command (run here, on the same
    # models and migrations) finds nothing to write. A subprocess would prove no more, for a
    # second and a half of Python's and Django's start-up.
    assert start("makemigrations", DEBUG="0") == (0, "")
    out = StringIO()
    call_command("makemigrations", check=True, dry_run=True, stdout=out)
    assert "No changes detected" in out.getvalue()
    assert start("migrate", DEBUG="0")[0] != 0


def test_unknown_database_scheme_is_a_clear_error(start) -> None:
    code, stderr = start("check", DEBUG="1", DATABASE_URL="mongodb://localhost/frontdesk")
    assert code != 0
    assert "DATABASE_URL" in stderr and "mongodb" in stderr
    assert "Traceback" not in stderr


# Production starts with only the three production variables: each command line run as
# manage.py runs it (`execute_from_command_line`), its exit code and output kept. They share one
# process, started once for this module with that environment alone: the settings are read once
# at its start, and `check --deploy` reads the day it judges from (FRONTDESK_TODAY) when it runs,
# set before each run. A process per command would only repeat Python's and Django's start-up
# (about 1.3 s of CPU each).
PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "frontdesk.example-hospital.cn",
}
CHECK_DEPLOY = ["check", "--deploy", "--fail-level", "WARNING"]
PRODUCTION_RUNS = {
    # Judged on a day the holiday calendar covers, as CI does, and on one it does not.
    "check --deploy, covered day": ({"FRONTDESK_TODAY": "2026-06-15"}, CHECK_DEPLOY),
    "check --deploy, uncovered day": ({"FRONTDESK_TODAY": "2099-01-04"}, CHECK_DEPLOY),
    "seed_demo": ({}, ["seed_demo"]),
}
_RUN_EACH = r"""
import contextlib, io, json, os, sys

from django.core.management import execute_from_command_line

results = {}
for name, (env, args) in json.loads(sys.argv[1]).items():
    os.environ.pop("FRONTDESK_TODAY", None)
    os.environ.update(env)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            execute_from_command_line(["manage.py", *args])
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 1
        else:
            code = 0
    results[name] = [code, out.getvalue(), err.getvalue()]
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def production() -> dict[str, subprocess.CompletedProcess]:
    """Return what each of PRODUCTION_RUNS' command lines did in the one production process."""
    clean = {k: v for k, v in os.environ.items() if k in PASSED_ON}
    clean.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="config.settings")
    started = subprocess.run(
        [sys.executable, "-c", _RUN_EACH, json.dumps(PRODUCTION_RUNS)],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr
    results = json.loads(started.stdout)
    return {
        name: subprocess.CompletedProcess(["manage.py", *args], *results[name])
        for name, (_env, args) in PRODUCTION_RUNS.items()
    }


def test_check_deploy_has_no_warning_with_only_the_three_production_variables(
    production,
) -> None:
    # The check is judged on a day the holiday calendar covers, as CI does: the answer must not
    # depend on the day the suite runs (on 1 January 2027 the package has no holidays yet).
    result = production["check --deploy, covered day"]
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_a_yes_no_variable_with_a_typo_stops_the_start_naming_it(start) -> None:
    for typo in ("ture", "yes please"):
        code, stderr = start("check", DEBUG="1", SECURE_SSL_REDIRECT=typo)
        assert code != 0
        assert "SECURE_SSL_REDIRECT" in stderr and repr(typo) in stderr
        assert "Traceback" not in stderr
        assert len(stderr.strip().splitlines()) == 1


def test_debug_with_a_typo_is_refused_rather_than_read_as_off(start) -> None:
    code, stderr = start("check", DEBUG="flase", SECRET_KEY=STRONG_KEY)
    assert code != 0
    assert "DEBUG is 'flase'" in stderr and "Traceback" not in stderr


def test_the_settings_of_a_good_start_load(start) -> None:
    """The in-process start above tells a refusal from a start that goes on."""
    assert start("check", DEBUG="0", SECRET_KEY=STRONG_KEY) == (0, "")
    assert start("makemigrations", DEBUG="0")[0] == 0


@pytest.mark.parametrize(
    ("value", "meaning"),
    [("1", True), ("0", False), ("true", True), ("False", False), ("YES", True)]
    + [("no", False), ("on", True), ("off", False), (" on ", True), ("", False)],
)
def test_every_spelling_of_yes_and_no_is_accepted(monkeypatch, value, meaning) -> None:
    from config.settings import env_bool

    monkeypatch.setenv("FRONTDESK_TEST_FLAG", value)
    assert env_bool("FRONTDESK_TEST_FLAG", default=False) is meaning


def test_a_rule_value_that_is_not_a_number_or_a_time_stops_the_start(monkeypatch, capsys) -> None:
    from config.settings import env_int, env_time

    monkeypatch.setenv("PRIORITY_AGE", "seventy")
    with pytest.raises(SystemExit):
        env_int("PRIORITY_AGE", default=70, minimum=1)
    monkeypatch.setenv("DESK_CLOSES_AT", "6pm")
    with pytest.raises(SystemExit):
        env_time("DESK_CLOSES_AT", default="18:00")
    errors = capsys.readouterr().err
    assert "PRIORITY_AGE is 'seventy'" in errors and "DESK_CLOSES_AT is '6pm'" in errors


def test_the_desks_rules_default_to_todays_values(settings) -> None:
    import datetime as dt

    rules = (
        settings.DESK_CLOSES_AT,
        settings.PRIORITY_AGE,
        settings.SATISFACTION_THRESHOLD,
        settings.BOARD_REFRESH_SECONDS,
        settings.ESCORT_LOAN_HOURS,
    )
    assert rules == (dt.time(18, 0), 70, 85, 15, 2)
    assert settings.ROLE_DEPARTMENTS == {
        "emergency": "ER",
        "fever": "FEVER",
        "paediatrics": "PED",
        "general": "GP",
        "patient_services": "CS",
    }


def test_check_deploy_on_a_day_without_holidays_warns_administrators(production) -> None:
    result = production["check --deploy, uncovered day"]
    assert result.returncode != 0
    assert "hospital.W001" in result.stdout + result.stderr and "2099" in result.stderr


def test_admin_header_names_the_hospital_or_else_front_desk(settings) -> None:
    from django.contrib import admin
    from django.utils import translation

    import config.urls  # noqa: F401 - names the admin's header

    # The header is read when a page shows it, from the settings of that moment.
    settings.HOSPITAL_NAME = "北京协和医院"
    assert str(admin.site.site_header) == "北京协和医院"
    settings.HOSPITAL_NAME = ""
    with translation.override("en"):
        assert str(admin.site.site_header) == "Front Desk"
    with translation.override("zh-hans"):
        assert str(admin.site.site_header) == "导医台"


def test_the_demo_and_its_published_passwords_are_not_installed_in_production(production) -> None:
    result = production["seed_demo"]
    assert result.returncode != 0 and "Unknown command: 'seed_demo'" in result.stderr
