"""The shipped rules of this release: the ninety-eighth to one hundred and first hand-written files,
taught by family.

Missed emergencies: a placenta coming away told as "出了好些血，肚子硬得跟石头似的"; a head struck
on a blood thinner taken for years, then hardly answering (唔多应); a rash that does not fade in a
floppy child, a fever said as "at 39.8"; a button battery gone missing with drooling; a night lost
on a mountain, no longer shivering; a detergent pod bitten; knocked down by a car (遭…车挂倒) and
white as a sheet; acid splashed into an eye; a reliever used many times with a tight chest. False
alarms: a throat "on fire", a joked "third degree" blister, night sweats after a birth. Desks: see
tests/triage/test_routing_ninety_eighth_to_one_hundred_first*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0070_routing_ninety_fourth_to_seventh_and_organs")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
