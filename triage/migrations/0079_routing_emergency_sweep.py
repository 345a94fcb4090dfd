"""The shipped rules and concepts with emergencies said in more of the words visitors use: heavy
bleeding said as 血流不停 or "lost so much blood", breathing as 抖唔到氣 or "blue around the lips",
a heavy chest with a sweat, a fall from a floor said in Cantonese (由三樓跌落嚟), someone attacked
with a cleaver (俾人斬), a person pinned under a machine, a rash that does not fade said as 壓不退,
a child with diarrhoea and no pee, a baby said by its weeks (6周的宝宝), a high sugar with deep fast
breathing, a burn over a whole stretch (一整片), someone found outside in the cold and drowsy, an
eye gone black or blurred (一邊眼黑晒, 隻眼矇晒), speech that will not come out all of a sudden, a
testicle in terrible pain, a belly rigid or hard with unbearable pain, smoke breathed in at a
fire, words of ending a life, words of being better off gone with pills swallowed, someone
suddenly not knowing their family (認唔到我哋) or their words, a wall fallen on someone, a threat
to jump, sight lost in one eye said in English, someone found in the snow; and the
look-alikes kept out (a black eye's ring, a blur gone again, a chopping cut, a fall down the
stairs, no pain peeing, speech lost to nerves). Only rules and concepts nobody edited are brought
up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0078_routing_lay_words")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
