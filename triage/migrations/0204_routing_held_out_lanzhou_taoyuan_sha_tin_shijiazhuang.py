"""Routing: eight held-out days read (Shantou, Changsha, Hualien, Shenyang; Lanzhou, Taoyuan, Sha
Tin, Shijiazhuang): a stroke told by chopsticks not pinched and a mouth pulled aside, a stove
still burning, an open fracture's bone that "ran out"; desks for old fits with a letter asked,
expired medicine taken, a graze's tetanus shot."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0203_routing_review_follow_up_throat_cold")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
