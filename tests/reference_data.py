"""A test database built without migrating, and what proves it the same as a migrated one.

Migrating a new database re-renders the model states after every operation: about 25 s of CPU
on SQLite. `build_from_models` renders the last migration state once and creates its tables,
loads the reference data and records the migrations: under a second. `snapshot` and
`differences` compare two databases (tables, columns, indexes, constraints, every row, the
migrations recorded) through Django's introspection, so tests/hospital/test_migrations.py can
hold the two roads together on PostgreSQL, where the test database is still migrated.
"""

import json
from collections import Counter
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any

from django.apps import apps as global_apps
from django.core.management.sql import emit_post_migrate_signal
from django.db import models, router, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from aftercare import reference as aftercare_reference
from hospital import reference as hospital_reference
from triage import reference as triage_reference

# One loader per app with data migrations, each also called by those migrations. An app that
# starts shipping rows adds its loader here; until it does, the PostgreSQL comparison fails.
LOADERS: tuple[Callable[[Callable[[str, str], Any]], None], ...] = (
    hospital_reference.load_reference_data,
    triage_reference.load_reference_data,
    aftercare_reference.load_reference_data,
)


def build_from_models(connection: BaseDatabaseWrapper) -> None:
    """Make the empty database of `connection` what `migrate` makes of it, without migrating.

    The models are those of the last migration state, rendered once (Django renders them with
    the project's DEFAULT_AUTO_FIELD where an app sets none: auth's many-to-many tables have
    bigint keys when migrated, and would not if built from the installed models). In `migrate`'s
    order: the tables, the rows the data migrations ship (their loaders, handed these models as
    a data migration is: no history written, no `save()` of ours), then post_migrate (content
    types, permissions, the roles' grants). Every migration is recorded as applied, as
    `migrate --fake` would: a reused database later gets only the new ones.
    """
    loader = MigrationLoader(connection)
    state_apps = loader.project_state().apps
    with connection.schema_editor() as editor:
        for model in state_apps.get_models():  # many-to-many tables come with their model
            if model._meta.can_migrate(connection) and router.allow_migrate_model(
                connection.alias, model
            ):
                editor.create_model(model)  # indexes and foreign keys when the editor closes
    recorder = MigrationRecorder(connection)
    recorder.ensure_schema()
    with transaction.atomic(using=connection.alias):
        for app_label, name in sorted(loader.disk_migrations):
            recorder.record_applied(app_label, name)
        for load in LOADERS:
            load(state_apps.get_model)
    emit_post_migrate_signal(0, False, connection.alias, apps=state_apps, plan=[])


@dataclass(frozen=True)
class Snapshot:
    """What a database holds, in terms two databases of one vendor can be compared in."""

    columns: dict[str, dict[str, dict[str, Any]]]  # table: column: what introspection says
    constraints: dict[str, Counter[str]]  # table: each constraint, as JSON
    rows: dict[str, list[dict[str, Any]]]  # table: its rows in primary-key order
    migrations: frozenset[tuple[str, str]]


def snapshot(connection: BaseDatabaseWrapper, tables: Collection[str] = ()) -> Snapshot:
    """Read the schema, rows and recorded migrations of the database of `connection`.

    Every table, or only `tables` (SQLite's introspection parses each table's SQL: reading all
    of them takes seconds).
    """
    introspection = connection.introspection
    ours = _named_by_us()
    columns: dict[str, dict[str, dict[str, Any]]] = {}
    constraints: dict[str, Counter[str]] = {}
    with connection.cursor() as cursor:
        for table in tables or introspection.table_names(cursor):
            if table == MigrationRecorder.Migration._meta.db_table:
                continue  # compared as the set of migrations below: the rest is when and in what order
            columns[table] = {
                column.name: column._asdict()
                for column in introspection.get_table_description(cursor, table)
            }
            constraints[table] = Counter(
                _constraint(name, details, named=name in ours)
                for name, details in introspection.get_constraints(cursor, table).items()
            )
    rows = {
        model._meta.db_table: [
            _without_clock(model, row)
            for row in model._base_manager.using(connection.alias).order_by("pk").values()
        ]
        for model in global_apps.get_models(include_auto_created=True)
        if model._meta.db_table in columns
    }
    applied = MigrationRecorder(connection).applied_migrations()
    return Snapshot(columns, constraints, rows, frozenset(applied))


def _named_by_us() -> set[str]:
    """Return the names the models give their indexes and constraints."""
    return {
        item.name
        for model in global_apps.get_models(include_auto_created=True)
        for item in (*model._meta.constraints, *model._meta.indexes)
        if item.name
    }


def _constraint(name: str, details: Mapping[str, Any], *, named: bool) -> str:
    """Return one constraint as JSON: with its name when a model chose it, else by what it holds.

    The names the database or Django's hashing makes up depend on how a table got there (a
    unique column of a new table is `<table>_<column>_key` on PostgreSQL, the same column made
    unique by a later migration `<table>_<column>_<hash>_uniq`); what they constrain does not.
    """
    if named:
        return json.dumps({"name": name, **details}, sort_keys=True, default=str)
    content = {key: value for key, value in details.items() if key != "definition"}
    return json.dumps(content, sort_keys=True, default=str)


def _without_clock(model: type[models.Model], row: dict[str, Any]) -> dict[str, Any]:
    """Drop the values the clock wrote while the rows were loaded (two builds never share them):
    `auto_now` fields and the time of a history record (post_migrate's grants write some)."""
    clock = {
        field.attname
        for field in model._meta.concrete_fields
        if getattr(field, "auto_now", False)
        or getattr(field, "auto_now_add", False)
        or (field.name == "history_date" and hasattr(model, "instance_type"))
    }
    return {name: value for name, value in row.items() if name not in clock}


def differences(migrated: Snapshot, built: Snapshot) -> list[str]:
    """Return, one line each, what the built database holds otherwise than the migrated one."""
    found: list[str] = []
    for table in sorted(migrated.columns.keys() | built.columns.keys()):
        if table not in built.columns:
            found.append(f"{table}: a migrated table the build does not create")
            continue
        if table not in migrated.columns:
            found.append(f"{table}: a table only the build creates")
            continue
        was, now = migrated.columns[table], built.columns[table]
        for column in sorted(was.keys() | now.keys()):
            if was.get(column) != now.get(column):
                found.append(
                    f"{table}.{column}: migrated {was.get(column)}, built {now.get(column)}"
                )
        for constraint in sorted(migrated.constraints[table] - built.constraints[table]):
            found.append(f"{table}: a migrated constraint or index the build lacks: {constraint}")
        for constraint in sorted(built.constraints[table] - migrated.constraints[table]):
            found.append(f"{table}: a constraint or index only the build has: {constraint}")
        found += _row_differences(table, migrated.rows.get(table, []), built.rows.get(table, []))
    for app_label, name in sorted(migrated.migrations ^ built.migrations):
        side = "migrated" if (app_label, name) in migrated.migrations else "built"
        found.append(f"django_migrations: {app_label}.{name} recorded only in the {side} database")
    return found


def _row_differences(
    table: str, migrated: list[dict[str, Any]], built: list[dict[str, Any]]
) -> list[str]:
    if migrated == built:
        return []
    first = next(
        (
            index
            for index, (was, now) in enumerate(zip(migrated, built, strict=False))
            if was != now
        ),
        min(len(migrated), len(built)),
    )
    was = migrated[first] if first < len(migrated) else None
    now = built[first] if first < len(built) else None
    return [
        f"{table}: {len(migrated)} rows migrated, {len(built)} built; "
        f"row {first + 1} migrated {was}, built {now}"
    ]
