"""Store every visitor's and inquiry's phone in E.164, as hospital.phones now does.

Numbers that do not parse (typed before validation existed) are left as they were, so nothing
is lost; the history keeps the old form of each row.
"""

from django.core.exceptions import ValidationError
from django.db import migrations

from hospital.phones import normalise_phone


def _to_e164(apps, schema_editor) -> None:
    for model_name in ("Visitor", "Inquiry"):
        model = apps.get_model("reception", model_name)
        stored = model.objects.exclude(phone="").exclude(phone__startswith="+86")
        for old in stored.values_list("phone", flat=True).distinct().iterator():
            try:
                new = normalise_phone(old)
            except ValidationError:
                continue
            if new != old:
                model.objects.filter(phone=old).update(phone=new)


class Migration(migrations.Migration):
    dependencies = [("reception", "0006_form_token_unique")]

    operations = [migrations.RunPython(_to_e164, migrations.RunPython.noop, elidable=True)]
