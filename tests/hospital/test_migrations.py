"""The test database on SQLite is built from the models (tests/reference_data.py), not migrated.

On PostgreSQL, which still migrates its test database as production does, the two roads are
compared: each builds a database in an empty schema, and everything they hold must match. A
data migration that ships rows no loader of `LOADERS` loads leaves them in the migrated database
only; a migration whose SQL differs from what its state says (a `RunSQL` index, a column type
Django renders otherwise) leaves a difference in the schema: either fails the comparison, as the
tests of `differences` below show on any database.
"""

from collections.abc import Callable

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader

from tests.reference_data import Snapshot, build_from_models, differences, snapshot


def _in_an_empty_schema(make: Callable[[], object]) -> Snapshot:
    """Run `make` in a new PostgreSQL schema, return what it made, and roll it all back."""
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("CREATE SCHEMA frontdesk_compared")
                cursor.execute("SET LOCAL search_path TO frontdesk_compared")
                # Rows written, then their table altered, in one transaction: check each
                # foreign key at once, as the migrations' own transactions end up doing.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            make()
            made = snapshot(connection)
            transaction.set_rollback(True)
    finally:
        ContentType.objects.clear_cache()  # it cached the schema's rows
    return made


@pytest.mark.postgres
@pytest.mark.django_db
def test_building_from_the_models_makes_the_migrated_database() -> None:
    migrated = _in_an_empty_schema(lambda: call_command("migrate", verbosity=0, interactive=False))
    built = _in_an_empty_schema(lambda: build_from_models(connection))

    assert migrated.rows["hospital_department"], "the migrations shipped no department"
    assert differences(migrated, built) == []


@pytest.mark.django_db
def test_the_test_database_has_no_migration_left_to_apply() -> None:
    executor = MigrationExecutor(connection)

    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []


@pytest.mark.django_db
def test_rows_a_data_migration_ships_and_no_loader_loads_are_a_difference() -> None:
    built = snapshot(connection, tables=["aftercare_plantemplate"])
    # What a new data migration would do with the models it is handed.
    models = MigrationLoader(connection).project_state().apps
    models.get_model("aftercare", "PlanTemplate").objects.create(
        code="after-birth", name="产后随访", sort_order=3
    )

    found = differences(snapshot(connection, tables=["aftercare_plantemplate"]), built)

    assert len(found) == 1
    assert found[0].startswith("aftercare_plantemplate: 4 rows migrated, 3 built; row 4 migrated {")
    assert "'code': 'after-birth'" in found[0]


@pytest.mark.django_db
def test_an_index_only_one_database_has_is_a_difference() -> None:
    built = snapshot(connection, tables=["hospital_department"])
    with connection.cursor() as cursor:
        cursor.execute("CREATE INDEX department_by_english_name ON hospital_department (name_en)")

    found = differences(snapshot(connection, tables=["hospital_department"]), built)

    assert len(found) == 1
    assert found[0].startswith("hospital_department: a migrated constraint or index the build")
    assert '"columns": ["name_en"]' in found[0]
