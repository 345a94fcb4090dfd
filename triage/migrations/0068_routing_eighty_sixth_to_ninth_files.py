"""The shipped rules of this release: the eighty-sixth to eighty-ninth hand-written files, taught
by family. Missed emergencies: an infection with chills (打摆子), a low pressure by its number or
slow answers (sepsis); confusion, staggering or breathlessness at or down from altitude; a pulse
counted per minute however said (一分种, 一分钟跳了一百八); heart failure of years with blue lips;
metal in the eye, bleeding or blurred; a drinker who won't wake; pads soaked within the hour with
a faint on standing; wild mushrooms (见手青) with hallucinations or jaundice. False alarms: a
scratch asking for shots, a handful of daily medicines, an overturned e-bike with only a graze.
Desks: see tests/triage/test_routing_eighty_sixth_to_ninth*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0067_routing_eighty_second_to_fifth_files")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
