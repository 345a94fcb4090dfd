"""The shipped rules of this release, taught by the thirtieth to thirty-second hand-written
files' families: a pregnancy (孕七个月 too) with the belly hardening or tightening in waves, every
few minutes or regularly (一阵阵发紧, 一阵一阵发硬, 每五分钟一次, "going hard every few minutes") or blood seen
(见血, 见咗血) is preterm labour, an emergency; a cramp (抽筋) with the whole body shaking (全身震, 成身震,
"shaking all over") is a fit, in a pregnancy too (eclampsia), and so is the whole body shaking
with the eyes rolled up, froth or no answer (shivering with cold is not); a forearm, an upper arm
or an elbow (小臂, 手肘, 手瓜, "elbow") bent out of shape (弯成, 屈成, "bent in the middle", "a dinner
fork") after a fall is a deformed limb; something stuck with no sound coming out (发不出声, 哭不出来,
"can't make a sound") or back blows that failed is a blocked airway. A pregnancy's occasional
hardening asked about, fever chills in a pregnancy, a pregnancy's leg cramps, a sore forearm or
elbow, a fish bone with a voice are not. Desks: frequent trips to the toilet and getting up at
night to pass urine (urology, not patient services); a very old person to be looked at as a whole
(geriatrics); acupuncture, tuina or cupping asked for by name (TCM); calf pain on walking that
eases with rest (vascular, claudication); washing hands or checking locks over and over
(psychiatry); a burn told with a blister or peeling skin (the burns clinic, not the skin clinic),
and a little peeling after a scald is no large burn. Only rules and concepts nobody edited are
brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        (
            "triage",
            "0051_routing_twenty_seventh_to_ninth_files_hangings_fits_strokes_ulcers_and_desks",
        )
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
