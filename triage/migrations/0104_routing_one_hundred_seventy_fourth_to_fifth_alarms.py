"""The shipped rules read a cleaner, bleach or car-wash liquid drunk when the bottle is named in
the next clause (kept in a drink bottle, "it turned out to be"), with vomiting as well as a
burning throat, and by a child at all; a child who opened someone's medicine with the number
taken unknown; a fall from a height (a balcony, a window, an upper floor) with sleepiness or
vomiting after; a fever in a baby of one or two months called by a dialect word (毛毛, 伢儿, 娃).
Calm: a pain "not the rolling kind", cracked lips that bleed, panic attacks that are settled now.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0102_routing_one_hundred_seventieth_to_seventy_third")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
