"""The double-submit token takes hospital.records.IdempotentModel's name, form_token."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reception", "0004_visit_reassess_at")]

    operations = [
        migrations.RemoveConstraint(model_name="visit", name="visit_idempotency_key_unique"),
        migrations.RemoveConstraint(model_name="inquiry", name="inquiry_idempotency_key_unique"),
        migrations.RemoveConstraint(model_name="feedback", name="feedback_idempotency_key_unique"),
        migrations.RemoveConstraint(
            model_name="improvementplan", name="improvement_plan_idempotency_unique"
        ),
        *[
            migrations.RenameField(
                model_name=model, old_name="idempotency_key", new_name="form_token"
            )
            for model in (
                "visit",
                "historicalvisit",
                "inquiry",
                "historicalinquiry",
                "feedback",
                "historicalfeedback",
                "improvementplan",
                "historicalimprovementplan",
            )
        ],
    ]
