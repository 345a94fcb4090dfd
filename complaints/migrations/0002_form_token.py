"""The shared double-submit and version mechanism (hospital.records): the intake's token becomes
`form_token`, kept for the complaints already recorded; timeline entries get one too."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0001_complaints"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="complaint",
            name="complaint_idempotency_key_unique",
        ),
        migrations.RenameField(
            model_name="complaint",
            old_name="idempotency_key",
            new_name="form_token",
        ),
        migrations.RenameField(
            model_name="historicalcomplaint",
            old_name="idempotency_key",
            new_name="form_token",
        ),
        migrations.AlterField(
            model_name="complaint",
            name="form_token",
            field=models.UUIDField(
                blank=True, editable=False, null=True, unique=True, verbose_name="form token"
            ),
        ),
        migrations.AlterField(
            model_name="historicalcomplaint",
            name="form_token",
            field=models.UUIDField(
                blank=True, db_index=True, editable=False, null=True, verbose_name="form token"
            ),
        ),
        migrations.AddField(
            model_name="complaintentry",
            name="form_token",
            field=models.UUIDField(
                blank=True, editable=False, null=True, unique=True, verbose_name="form token"
            ),
        ),
        migrations.AddField(
            model_name="historicalcomplaintentry",
            name="form_token",
            field=models.UUIDField(
                blank=True, db_index=True, editable=False, null=True, verbose_name="form token"
            ),
        ),
        migrations.AlterField(
            model_name="complaint",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
        ),
        migrations.AlterField(
            model_name="historicalcomplaint",
            name="version",
            field=models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
        ),
    ]
