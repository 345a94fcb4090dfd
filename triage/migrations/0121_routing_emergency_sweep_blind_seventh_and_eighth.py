"""The shipped rules taught by the seventh and eighth emergency sweeps written blind: vomited blood
said as black-red, dark or coffee stuff (呕了黑红的东西); a pain at the pit of the chest (心窝)
wrung or gripped, with clothes drenched in sweat; Cantonese breath that cannot be drawn (索唔到氣)
and lips gone purple (口唇紫紫哋); breathing counted at sixty or more a minute, and the skin above
the collarbones sucked in with each breath; a pregnancy with a pain under the breastbone or high on
the right (心口下面痛, 右上腹痛), the face and hands swollen (a ring that will not come off) or
the sight blurred; a medicated oil or camphor swallowed (风油精, 清凉油, 驱风油, 白花油, Tiger
Balm, wintergreen oil; a new concept); a child who ate a grandparent's pills told over two
clauses ('Grandpa's heart pills, she ate two or three, she's four'). No emergency: a first-aid
course asked about (海姆立克急救的课). A small child's speech not yet clear is development (the
children's clinic; slurred or unclear speech alone is a stroke's sign from four years old, sudden
slurring or a loss of speech at any age). After the merge: the stroke red flags no longer take a
fracture's words (骨折, fracture, broke, broken) as exceptions found anywhere in the complaint ('my
mum broke her hip last week and today her speech is slurred' went to orthopaedics at IV); a
fracture said with the weakness or numbness in one clause, or a jaw's, still explains it. Only
rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0120_routing_emergency_sweep_blind_sixth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
