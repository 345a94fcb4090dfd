"""The shipped rules with the thirteenth and fourteenth real-style files' families taught: a
shoulder that hurts when lain on is no chest pressure; attacks of a racing heart and breathlessness
that come again and again, the heart already checked normal, are panic (psychiatry), no emergency;
drinking not given up beside a liver result is the liver's; a little discharge in a pregnancy is
obstetrics'; a blood thinner after a stroke is neurology's; life and medicines after a heart attack
or stents are cardiology's; a tumour marker above normal is oncology's; a check-up report with
several arrows is the check-up centre's. Only rules and concepts nobody edited are brought up to
the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0089_routing_real_style_eleventh_twelfth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
