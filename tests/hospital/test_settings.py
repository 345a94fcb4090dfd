"""The settings module refuses bad configuration clearly and is secure by default."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "x9#Lq2v!Tz7@Wm4p$Rk8&Yb3^Nc6*Hd1(Gf5)Js0_Ue-Ao+Ii=Pl"


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    # Only what the test names: none of the developer's or CI's own configuration leaks in.
    passed_on = {"PATH", "HOME", "LANG", "VIRTUAL_ENV", "PYTHONPATH"}
    clean = {k: v for k, v in os.environ.items() if k in passed_on}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_without_secret_key_refuses_to_start_naming_the_variable() -> None:
    result = _manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_database_scheme_is_a_clear_error() -> None:
    result = _manage("check", DEBUG="1", DATABASE_URL="mongodb://localhost/frontdesk")
    assert result.returncode != 0
    assert "DATABASE_URL" in result.stderr and "mongodb" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_deploy_has_no_warning_with_only_the_three_production_variables() -> None:
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="frontdesk.example-hospital.cn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNING" not in result.stdout + result.stderr
