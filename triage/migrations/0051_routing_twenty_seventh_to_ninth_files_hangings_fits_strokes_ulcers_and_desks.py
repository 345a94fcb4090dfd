"""The shipped rules of this release, taught by the twenty-seventh to twenty-ninth hand-written
files' families: a hanging, tried or found (上吊, 吊颈, a rope, a belt or a scarf round the neck,
someone cut down, "noose") is self-harm now; a fit said with 抽筋 over the whole body (全身, 成身), stiff
(僵硬, 硬晒), not yet awake (仲未醒, 还没醒, "still not awake") or with blood at the mouth or a bitten tongue
is a fit, in a pregnancy too (eclampsia); a fall told with one side gone weak or soft (右边手脚软,
左手左脚冇晒力, "her left arm and leg are weak") or with only sounds instead of words (嗯嗯啊啊, "only
mumbling") is a stroke; an ulcer of the stomach or the duodenum, then a sudden, knife-like pain or
a belly gone hard (硬晒, "rock hard", "rigid") is a perforation. Something hot (a water heater, a
heater, barbecue coals) told in one clause and a wide area of blisters or skin off in another is a
large burn; a pill taken at a concert or in a karaoke room is a party drug's. A collar, a scarf or
a seat belt at the neck, a lamp hanging, a pregnancy's leg cramps, a toddler's babble, a mumble in
sleep, an ulcer's dull ache, a mouth ulcer, a child burning hot with blisters (chickenpox) or
blisters from new shoes are not. Desks: a late period with a pregnancy test that says no
(gynaecology); legs swollen with breathlessness on walking, on stairs or lying flat (cardiology,
not the kidneys); a sore throat with a little cough (ENT, not the chest); an older person's many
medicines mixed up or forgotten (geriatrics); how to use an insurance card, or one that does not
work (the insurance office); a butterfly rash on the face (rheumatology); a tattoo to be removed
(aesthetic medicine). Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        (
            "triage",
            "0050_routing_twenty_fourth_to_sixth_files_burns_allergies_party_drugs_and_desks",
        )
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
