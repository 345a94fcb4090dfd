"""The shipped rules of this release, taught by the eighteenth hand-written file's families: a
wound pressed on that still bleeds; diarrhoea or vomiting with cold hands, unsteady standing or a
low blood pressure (shock); what to do if a child swallowed something, asked ahead; someone
else's red flag already cared for in a hospital; cancer treatment's side effects and follow-up; a
lump said as a ball or a bean. And the families likeliest to recur: a history yields to today's
complaint; a stiff neck with a fever or light that hurts, said apart; an older person's leg short
or turned out after a fall; medicines kept at home are no overdose; chest pressure told as a
simile with sweating; a fall from a bed or a sofa, no major trauma, a red flag with vomiting or
drowsiness; a head not struck in a fall; how to give first aid, asked in general; a painful neck
with light that hurts; a young baby feeding poorly, said softly; bleeding that will not stop on
a blood thinner; waters said broken with a word between. Only rules and concepts nobody edited are
brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0045_routing_seventeenth_file_babies_of_days_waters_choking_and_saved_pills")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
