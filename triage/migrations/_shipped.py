"""The forward step of every data migration that brings the database up to the shipped lexicon
and rules (`triage.routing.defaults.sync_shipped_files`). Django's migration loader skips a
module whose name begins with an underscore, so this one is shared, not a migration."""


def load(apps, schema_editor):
    # Imported when the migration runs, not when the migrations are loaded: the routing package
    # is not needed to plan or check them.
    from triage.routing.defaults import sync_shipped_files

    sync_shipped_files(apps.get_model)
