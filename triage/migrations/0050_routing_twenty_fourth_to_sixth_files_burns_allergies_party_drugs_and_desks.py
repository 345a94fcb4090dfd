"""The shipped rules of this release, taught by the twenty-fourth to twenty-sixth hand-written
files' families: a burn told by what happened (a pan or an oven on fire, steam, a pot of soup or
hot water tipped over) with blisters or skin coming off over an area; anaphylaxis told as a face
that swells and a throat that is noisy or lets no breath through after a food, a spread or a
snack of it too; party drugs (pills or "something" taken at a party, a club, a bar, a rave or a
festival) with heat, a racing heart, twitching or confusion. A throat that only feels stuck
(卡卡的) or phlegm that will not come up is no foreign body, one small blister no large burn, a
fever said "burning hot" no burn, medicine of one's own at a party no street drug. Desks: a sore
throat that hurts to swallow (ENT); a lump that grows (general surgery); a mole or a dark patch
that grows, darkens, bleeds or has an uneven edge (dermatology, not aesthetic medicine); an itch
that keeps one awake (dermatology, not a sleep problem); insurance paperwork, a form or a claim
(the insurance office); where the pharmacy or its window is (the pharmacy, whatever was paid);
a health check's report or results, 健检 too (preventive care); pus by a nail or in a finger
(general surgery); bleeding or spotting after sex or between periods (gynaecology); a sexual
health or STI check, or a test wanted after casual or unprotected sex (dermatology, not a general
check-up; the morning-after pill stays gynaecology's); periods that are irregular or months
apart (gynaecology). A new adrenaline pen asked for is no anaphylaxis now, and a hoarse voice
after any food no throat closing. Only rules and concepts nobody edited are brought up to the
files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0049_routing_twenty_first_to_third_files_fits_helmets_scans_and_desks")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
