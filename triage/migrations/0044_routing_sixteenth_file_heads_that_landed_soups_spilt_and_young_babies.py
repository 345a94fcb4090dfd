"""The shipped rules of this release, taught by the sixteenth hand-written file's families: a head
that landed on the ground (着地) after a fall; soup, stew or a pressure cooker's contents spilt
over the body; a baby of weeks or months, said by its age, who is floppy, weak or not feeding;
tired of living with charcoal or tape at hand; paying for parking; a registration asked about;
a biopsy's report. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        (
            "triage",
            "0043_routing_fifteenth_file_finger_clips_gas_alarms_and_history_of_other_departments",
        )
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
