"""The shipped rules of this release: the seventieth to seventy-third hand-written files, taught by
family. Missed emergencies: a pregnancy's term or a baby's age in months is no long story (怀孕八个
月了, 孩子四个月了), a pregnancy told by its weeks (老婆有三十二个礼拜) and flashes before the eyes, a
baby of days (才十一天) or of months named as a child (孩子, 女儿), a nappy not wet, Taiwanese 袂 read
as 不 (讲袂清楚), a wound pumping or spurting (标到成地), a child slipped under in the bath, a
venomous fish's sting, a blow to the chest then breathlessness, a heart attack told as the jaw or
the upper back with a cold sweat or a grey colour, sickle cell disease in a crisis, cola-coloured
urine after a race, a sugar reading as BGL or BSL. False alarms: a word said to be normal with the
copula (呼吸是正常的), a pain denied inside a red flag's phrase (胸口不疼), a heart rate read while
exercising or reached once (到过182), another's warning of what will come (同事话我…会中风), "not
here for the emergency department" (不是来看急诊的), an earlier pregnancy, medicine taken every day,
what a relative had at an age. Desks: see tests/triage/test_routing_seventieth_to_seventy_third*.py.
Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0063_routing_sixty_sixth_to_ninth_files_context_and_desks")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
