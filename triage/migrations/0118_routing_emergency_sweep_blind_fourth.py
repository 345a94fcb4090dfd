"""The shipped rules taught by the fourth emergency sweep written blind: meningitis with the neck
said 脖梗子 and a fever told by its start; ketoacidosis told by ketones' plus signs, by insulin
named by its brand or missed with vomiting again and again; an ectopic pregnancy after an embryo
transfer; torsion with the crotch named by the trousers (裤裆); an old person drying out (eyes
sunk said 瘪, a low blood pressure with diarrhoea, not drinking with no urine all day, the skin
staying up or muddled); acute psychosis with violence now (delusions, poison feared, days
awake, a mind gone wild, with smashing, blows or a weapon); sight lost, nothing seen, not even
light, found on waking. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0117_routing_emergency_sweep_blind_third")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
