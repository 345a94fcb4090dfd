"""The shipped rules of this release, taught by the thirty-third to thirty-fifth hand-written
files' families: a late period with a pain low on one side, the side said in a clause of its own
(右下边, 左下方, "lower right"), is an ectopic pregnancy; a concussion is a head injury, so with
vomiting or drowsiness it is the head-injury red flag; heartburn said as a fire in the heart
(火烧心) is the stomach's, not a burn. Desks: an older person slowly more confused or off their
food over weeks (geriatrics); physiotherapy or acupuncture wished for (rehabilitation, TCM); a sick
note wanted with a minor illness (general practice); sneezing or itchy eyes every season (hay
fever: allergy, a child's the children's); an old scar raised, itchy or to be removed (plastic
surgery); calf pain on walking gone again after a rest (vascular); swollen finger joints with a
stiff morning (rheumatology); Cantonese passing water often or not emptying (屙尿频密, 屙唔清:
urology); paying for a test, a scan or an X-ray (the cashier); a check after a mild concussion,
fine now (neurology). A tooth on the lower right, a fresh burn that may scar, a jammed finger, a
payment told as done and a treatment that did not help are not. Only rules and concepts nobody
edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0052_routing_thirtieth_to_second_files_preterm_labour_fits_bent_arms_and_desks")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
