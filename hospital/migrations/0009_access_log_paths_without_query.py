"""Drop the query from the addresses the access log already holds.

A lookup's query held the very phone number or name its label masks (?phone=, ?find=, the admin's
search kept in _changelist_filters); `log_access` no longer writes it, and the rows written before
lose it here. The entry itself (who, when, what, which record) is unchanged.
"""

from django.db import migrations
from django.db.models import Value
from django.db.models.functions import Left, StrIndex


def strip_queries(apps, schema_editor):
    AccessLog = apps.get_model("hospital", "AccessLog")
    AccessLog.objects.filter(path__contains="?").update(
        path=Left("path", StrIndex("path", Value("?")) - 1)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("hospital", "0008_staff_pin"),
    ]

    operations = [
        migrations.RunPython(strip_queries, migrations.RunPython.noop, elidable=True),
    ]
