"""The shipped rules and concepts with injuries said in plain words: a part with broken, cracked,
snapped, dislocated, popped out, sprained, twisted or pulled (断了, 断咗, 折了, 骨折, 脱臼, 甩骹, 扭伤,
崴了, 拉伤) in either order reaches orthopaedics (a nose ENT, a jaw the dental clinic); a bone
through the skin, a broken thigh bone, a hip or knee put out, an older person's broken hip and an
injured limb gone cold or pale are emergencies; pain, swelling or bleeding said of a limb, an eye,
the mouth, a testicle or the groin reaches that part's clinic; a workplace named no longer
cancels a road accident or a fall. Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0076_routing_false_alarms")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
