"""Four held-out days read (Zhuhai, Hengchun, Cheung Chau, Qiqihar): strips of sleeping pills, a
fall from scaffolding; a panic attack over and exam nerves raise no red flag; rules for a spot
that will not heal, foamy urine with pitting ankles and a memory failing after carbon monoxide;
desks for a heat rash, rehabilitation asked as 复健, a permit's check, bleeding after the
menopause, a head not knocked."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0214_routing_held_out_shenzhen_tamsui_mong_kok_lhasa")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
