"""The shipped rules of this release: the desk walk, every clinical department in the visitors'
own words. Desks: palpitations said by their sound (突突, 扑通, 噗噗); a testicle swollen or
lumpy (andrology) and one that cannot be felt (a child's, paediatric surgery); a chest bone sunk
in or standing out (pectus, the chest surgeons'); a burn said with its result (烫出, 烫起, 烫红);
the anus said as 屁股眼 with a lump or blood; a bunion; fingers white or blue in the cold;
restless legs as insects crawling; half the face twitching (a rule of its own); the house dust
mite and 鼻敏感; the keloid's Hong Kong name (蟹足肿), a contracture, an ear tag, a breast
reduction; crowds and not daring to go out; bleeding after the menopause (gynaecology); eggs
frozen, iron low, a nerve block, kidney stones as little stones, the check six weeks after a
birth, a child who tilts his head or screws up his eyes to see, a sebaceous cyst named or sore,
a pulled elbow, "running a temp", sweaty palms. Red flag: one side less nimble said in Cantonese
(冇咁灵活). No longer red flags: a chest bone sunk in (no breathing drawing it in), several
illnesses and the daily pills for them (no overdose), an old bite's scar (no fresh bite for the
rabies jab), bleeding after the menopause (no labour sign). Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0057_routing_fifty_first_to_sixth_files_dialysis_meningitis_and_desks")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
