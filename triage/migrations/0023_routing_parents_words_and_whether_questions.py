"""The shipped concepts and rules of this release: words that say the visitor is the parent, or
was the child long ago ("孩子他爸", "我小时候", "my son drove me", a breastfeeding mother), keep a
child word from making the visitor a child; the tongue (脷), the ear (耳仔), acne (暗疮), red
urine, an ingrown nail and memory in English; a medicine for pain is no chronic pain. Only
concepts and rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0022_routing_no_response_cutting_and_english_skin_mood_snoring")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
