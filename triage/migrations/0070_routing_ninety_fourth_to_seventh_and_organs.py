"""The shipped rules of this release: the ninety-fourth to ninety-seventh hand-written files,
taught by family, and a last-resort reading of the organs.

Missed emergencies: a count of tablets said after the medicine ("panadol…, maybe twenty") even
when fine now; a child's breathing told in Cantonese (抖气好辛苦, 肚一吸一吸); a head struck, then
"chucking up" or not knowing where one is; a heart attack told as indigestion, a numb left arm
(左手膀子) with a cold sweat; a bleeding wrist after words of being a burden; unrousable (叫极都唔醒);
heat stroke ("stopped sweating"); redness spreading up a limb with a fever; a night in the cold;
a kick to the belly, rigid, with pallor. Desks: see tests/triage/test_routing_ninety_fourth_to_seventh*.py.

Organs: each clinical department gains a weak rule (weight 2, a second desk's 1;
`rank.LAST_RESORT_WEIGHT`) whose phrases are its organs and body parts, written as lexicon
concepts (@organ_liver, @organ_thyroid, @organ_bladder, … in Simplified, Traditional and
English), so that a question naming only an organ or a rare condition ("我的甲状旁腺有问题",
"腮腺肿了", "膀胱里有个东西") no longer falls back. They rank a department nothing stronger found
and add nothing to one a stronger rule found. See tests/triage/test_routing_organs.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0069_routing_ninetieth_to_ninety_third_and_real_samples")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
