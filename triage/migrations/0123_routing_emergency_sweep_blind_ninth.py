"""The shipped rules taught by the ninth emergency sweep written blind: fits counted with no
waking between (抽咗三次，中間都冇醒返過; 'one seizure after another'); breathless mid-sentence
with lips bluish or dusky; a boy's pain in his private area with vomiting; a wish to die told as
the place chosen ('he's done', 'told me where he was going to do it', 地点都选好了); a baby's weeks
told after the baby ('the baby boy's 7 weeks') with a fever; a pain torn from the chest to the
back (往后背撕); no movements felt with the term said bare (三十八週); a face 'one side go down';
lips or eyelids swelling after a drip (吊瓶, 点滴, 吊针); cleaners mixed and their gas breathed
(a new composition); speech not as clear as before with a fever; fingers fallen off, brought on
ice in a plastic bag; antidepressants by name taken by the dozen; a jaw or left arm with a face
gone white. No emergency: an overdose or a stroke in a novel or a drama (a new concept,
@fiction); a pet stung, a vet asked for (@vet_asked); a relative already admitted with a heart
attack (@admitted); records asked for from when he was brought in; a febrile fit named, back for
the follow-up; a known epilepsy's fit of a minute, over, the person wholly awake."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0122_routing_named_defects")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
