"""The shipped rules taught by the fifth emergency sweep written blind (babies, children and births):
a fever in a baby under three months told by the confinement or its days, with a weak cry or eyes
that will not open; a baby who chokes on milk or stops breathing, then turns blue, grey or dark;
bleeding after birth told by pads an hour, more than a period or clots like eggs; a newborn's
jaundice with sleepiness, stillness, a shrill cry or arching; a dishwasher block or a drain
cleaner; a battery or magnet named 磁石 or the small battery of a hearing aid; a severe headache, a
high blood pressure or blurred sight after birth; the head seen, the cord out or a birth in a car;
croup heard at rest; a toddler's fall from a counter or a table. A reading that is no fever, a
question of how to take one, breath-holding spells, a birth before this pregnancy and a pregnancy
class are no emergency. After the merge: an earlier pregnancy's words (上一胎, last pregnancy, 以前, 去年)
are no exceptions of the bleeding and pregnancy red flags (they cancelled a heavy bleeding now);
the context reads a mention told of an earlier birth as that episode's. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0118_routing_emergency_sweep_blind_fourth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
