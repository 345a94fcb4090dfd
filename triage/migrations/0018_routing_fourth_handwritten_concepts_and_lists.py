"""The shipped rules and concepts of this release: a tearing pain of the chest or back (new concept
`tearing`) with the chest red flag's companions; "胸口很闷" said with a word between; a check-up
report that says something is the finding's department (肝上有个囊肿: new liver forms); fresh
blood on the stool or the paper is no heavy bleeding (coughing or vomiting it still is); a welding
flash is the eye's, not a severe burn; pregnancy with fluid leaking (羊水在漏, waters leaking);
hearing said with a word between (听不太清楚) and a blocked ear; vulval itch and curd-like
discharge; Taiwan's 大号 and blood on the paper; Hong Kong's drowsy (想瞓), blurred sight (眼矇),
sleeplessness (瞓唔着), knee (膝头哥), a finger caught in a door (夹亲), discharge summary
(出院纸) and copies (副本); a stroke said with 过 (中过风); heartburn said of the 心口; having
blood taken; "from my GP" is who sent the visitor; "wee", a smell of urine; swelling said with
the verb and urine said foamy after its noun; low iron; a number of tablets said in words
("about twenty of her sleeping tablets"). Only rules nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0017_routing_hong_kong_words_and_weeks_of_pregnancy")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
