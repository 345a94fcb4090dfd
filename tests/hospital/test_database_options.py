"""PostgreSQL binds the parameters itself and keeps the statements a connection repeats prepared."""

import os
import runpy
import sys
from pathlib import Path

import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def _settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict:
    """Return the settings module's names as read with only `env` (and DEBUG) in the environment."""
    with monkeypatch.context() as patch:
        for name in set(os.environ) - {"PATH", "HOME", "LANG", "VIRTUAL_ENV", "PYTHONPATH"}:
            patch.delenv(name)
        patch.setenv("DEBUG", "1")
        for name, value in env.items():
            patch.setenv(name, value)
        patch.setattr(sys, "argv", ["manage.py", "check"])
        return runpy.run_path(str(ROOT / "config" / "settings.py"), run_name="settings_read")


def test_postgresql_binds_on_the_server_and_prepares_repeated_statements(monkeypatch) -> None:
    options = _settings(monkeypatch, DATABASE_URL="postgres://fd@db.example:5432/fd")["DATABASES"][
        "default"
    ]["OPTIONS"]
    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == 5
    # Beside the pool, not inside it: Django passes OPTIONS to every pooled connection.
    assert "server_side_binding" not in options["pool"]
    assert "prepare_threshold" not in options["pool"]


def test_the_threshold_is_configurable_and_the_binding_can_be_switched_off(monkeypatch) -> None:
    url = "postgres://fd@db.example:5432/fd"
    options = _settings(monkeypatch, DATABASE_URL=url, DATABASE_PREPARE_THRESHOLD="0")["DATABASES"][
        "default"
    ]["OPTIONS"]
    assert options["prepare_threshold"] == 0
    options = _settings(monkeypatch, DATABASE_URL=url, DATABASE_SERVER_SIDE_BINDING="0")[
        "DATABASES"
    ]["default"]["OPTIONS"]
    assert "server_side_binding" not in options
    assert "prepare_threshold" not in options


def test_sqlite_gets_no_postgresql_options(monkeypatch) -> None:
    options = _settings(monkeypatch, DATABASE_URL="sqlite:///:memory:")["DATABASES"]["default"][
        "OPTIONS"
    ]
    assert "server_side_binding" not in options
    assert "prepare_threshold" not in options


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_statement_repeated_past_the_threshold_is_prepared_in_the_session() -> None:
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.ensure_connection()
    assert isinstance(connection.connection.cursor(), ServerBindingCursor)
    threshold = connection.settings_dict["OPTIONS"]["prepare_threshold"]
    sql = "SELECT COUNT(*) FROM django_content_type WHERE app_label = %s"
    with connection.cursor() as cursor:
        for _ in range(threshold + 2):
            cursor.execute(sql, ["hospital"])
            assert cursor.fetchone()[0] > 0
        cursor.execute(
            "SELECT COUNT(*) FROM pg_prepared_statements WHERE statement = %s",
            [sql.replace("%s", "$1")],
        )
        assert cursor.fetchone()[0] == 1


def test_the_desk_lookup_names_its_columns() -> None:
    # A prepared `SELECT d.*` fails ("cached plan must not change result type") in every running
    # process once a migration adds a column to the desks' table, until they restart.
    from hospital.desks import _current_desk_sql

    sql = _current_desk_sql()
    assert "d.*" not in sql
    assert 'd."code"' in sql


def test_postgresql_statements_get_no_parallel_workers_unless_configured(monkeypatch) -> None:
    url = "postgres://fd@db.example:5432/fd"
    options = _settings(monkeypatch, DATABASE_URL=url)["DATABASES"]["default"]["OPTIONS"]
    assert options["options"] == "-c max_parallel_workers_per_gather=0"
    assert "options" not in options["pool"]
    options = _settings(monkeypatch, DATABASE_URL=url, DATABASE_PARALLEL_WORKERS="2")["DATABASES"][
        "default"
    ]["OPTIONS"]
    assert options["options"] == "-c max_parallel_workers_per_gather=2"


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_app_session_asks_for_no_parallel_workers() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SHOW max_parallel_workers_per_gather")
        assert cursor.fetchone()[0] == "0"
