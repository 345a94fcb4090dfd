"""The shipped rules for the wrong desks of the one hundred and forty-sixth to forty-ninth
hand-written files: 嗓子眼 is no eye; a sick note re-issued with its receipt is the records
office's; a stiff clicking neck with numb fingers the cervical spine's; an insurer's claim form
with receipts and a diagnosis the insurance office's; an old person seeing people at night or
looking for the long dead psychiatry's; dentures rubbing the gums the dentist's; weight lost with
early fullness or changed bowels the gut's; a pressure sore general surgery's. Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0091_routing_one_hundred_forty_sixth_to_ninth_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
