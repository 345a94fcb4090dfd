"""The shipped rules with a fever said as a body burning hot beside confusion (sepsis), vomiting
with no urine passed (drying out), a blast in the face with the eye bleeding or blind, a heavy
thing overturned onto the chest with breathlessness or dark lips, a pregnancy said as 身孕 or
有咗 with bleeding said in Cantonese, and an older person's slip (滑了一跤) that left her unable to
get up or with a leg short and turned out; and calm: many medicines told beside chronic diseases,
a burning chest after meals (heartburn), another's fatal heart attack told to ask for one's own
check. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0090_routing_real_style_thirteenth_fourteenth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
