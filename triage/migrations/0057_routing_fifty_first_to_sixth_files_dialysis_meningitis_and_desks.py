"""The shipped rules of this release: the fifty-first to fifty-sixth hand-written files' misses
taught by family. Red flags: a diabetic dazed (迷迷瞪瞪) or breathing hard (喘粗气); speech suddenly
strange or the wrong words, an arm that will not lift; a baby of a few months said by its age,
floppy or not reacting when played with; a stiff neck or spots that do not fade with a fever
measured (the temperature given, no fever word said); an alkali or acid said as a liquid (碱液) in
the eye; a missed dialysis said with its verb alone (没去洗); pinned or crushed under a weight;
pregnant and unable to keep even water down. No longer red flags: a pad every two hours (a pad an
hour still is), a pain that throbs (一抽一抽地疼: a segmenter word, no fit). Desks: finger joints
swollen in the damp with a fist that will not close, a check-up with its tests, the stomach
doctor, a back after moving house, hand, foot and mouth by its picture, whether a cut needs
stitches, the elbow as 倒拐子, a form for the doctor to fill in, a dialysis fistula and kidney
numbers, psoriasis's scales, Hong Kong's health care voucher and 通波仔, a baby weighed and
measured, an insurer's papers, a thumb hit by a hammer, spots that do not fade with bleeding gums
and no fever, a teenager who wants to grow, a walk that veers, height lost, a written
prescription collected, gallstones and whether to have them out, a laser for the face. A red
flag's words as a figure (憋 of a held bladder, a blocked nose or a mask; a heart attack at a bill;
a head exploding with work) are no emergency. The four rules that required their own phrase keep
what they did, the phrase moved to a rule of its own (an allergy with lips or throat swelling, a
hearing aid, sciatica, claudication named). Only rules and concepts nobody edited are brought up
to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0056_routing_red_flags_said_the_lay_way")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
