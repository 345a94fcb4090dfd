"""Four themed sweeps taught (the road, farms and villages, kitchens, woken in the night): a
drink from an unlabelled bottle with vomiting or sweating, a limb gone cold and pale over two
clauses, a black scab after dead livestock, bright blood on the paper after a stool, restless
legs, where to collect a result asked in a clause of its own; forms of fumes in a closed car, a
shock in Cantonese, a pump as the source, a body burning hot, a muddled answer, snowy vision, a
bee sting said whole; "pulled a tick" is no sprain. tests/triage/test_routing_roads_farms_kitchens_nights.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0152_routing_new_flags_without_common_exceptions")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
