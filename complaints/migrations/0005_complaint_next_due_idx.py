from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0004_complaint_language"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="complaint",
            index=models.Index(
                models.Case(
                    models.When(status="received", then=models.F("first_response_due")),
                    default=models.F("final_answer_due"),
                ),
                condition=models.Q(("status__in", ["received", "acknowledged", "investigating"])),
                name="complaint_next_due_idx",
            ),
        ),
    ]
