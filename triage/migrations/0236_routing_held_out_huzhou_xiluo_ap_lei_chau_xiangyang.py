"""Four held-out days read (Huzhou, Xiluo, Ap Lei Chau, Xiangyang); the shipped rules and concepts
as their module's docstring tells."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0235_routing_held_out_jiaxing_donggang_tai_kok_tsui_jingzhou")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
