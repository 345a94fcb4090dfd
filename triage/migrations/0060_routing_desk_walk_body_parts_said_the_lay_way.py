"""The shipped rules of this release: the desk walk's third round, body parts and feelings said
the lay way. Desks: heartburn as the pit of the chest burning (心口窝火辣辣), a headache with
脑壳 or a throb (一跳一跳), soles that burn at night, a knee that cracks or grinds, the kneecap and
波棱盖儿 named, the ear canal (耳朵眼) as the ear's, swelling that pits when pressed (the kidney
desk's oedema rule). A concept's form found inside a longer word no longer says another thing:
the knee's 磕 (磕膝盖) is no knock to the head, the ear canal's 眼 no eye. Only rules and concepts
nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0059_routing_desk_walk_thin_departments_and_false_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
