"""Four held-out days read (Yangzhou, Penghu, Tuen Mun, Jiamusi): an ectopic told in Cantonese
over more clauses; a faint of seconds, gums' blood, a witness's CPR, a graze stopped, a
nosebleed pinched and an emergency visit of the night before raise no red flag; desks for a
septic pedicure, a pregnancy's ankles after a flight, a handbag forgotten, a rib strain."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0217_routing_held_out_huizhou_yuli_aberdeen_hailar")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
