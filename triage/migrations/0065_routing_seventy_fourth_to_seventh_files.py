"""The shipped rules of this release: the seventy-fourth to seventy-seventh hand-written files,
taught by family. Missed emergencies: a baby of four to six months said in English ("is six
months") who is floppy or off the bottle, someone found on the floor for an unknown time or cold to
the touch (a long lie), a road collision then pallor or a cold sweat (shock), a pregnancy by its
weeks with Cantonese 大肚 and the waters gone (穿咗水), someone with epilepsy who will not stop
shaking. False alarms: a worn-out body part ("my knees are shot"), a fit-to-fly letter, the
emergency visit's bill (急诊的钱). Desks: see tests/triage/test_routing_seventy_fourth_to_seventh*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0064_routing_seventieth_to_seventy_third_files")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
