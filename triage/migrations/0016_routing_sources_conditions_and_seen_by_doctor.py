"""The shipped rules and concepts of this release: more of the forms patients use for conditions
(上颌窦炎, 美尼尔, 骨头嘎吱响, 整容, 阴虱, HBsAg…); a seizure, a stroke or an accident the
story says a doctor has already seen ("带到医院…诊断是癫痫") is not an emergency now; a wish
for a baby or a pregnancy does not make the visitor a child; "酒精肝能喝…" is not poisoning;
plain coughing of blood ("咳血") is the respiratory department's, an emergency only with an
amount, blood that will not stop or breathlessness; a child is a child word with an age under 14
("闺女8岁", "my 5 year old") or a school year ("读小学三年级"); breathlessness told again and
again ("他一直跟我说他喘不上气") is the respiratory department's, not an emergency now; a
treatment tried without effect ("喝过中药效果都不好") is not the service asked for; lines around
the eyes (细纹, 眼霜) are aesthetic, not an eye complaint; a cord around the baby's neck seen on
a scan ("脐带绕颈") is no emergency, a cord coming out is; waking often at night is a sleep
complaint; much blood passed ("拉出了很多鲜红色的血") is an emergency; a feature of one's looks with
a wish to change it ("下巴后缩", "胸太小") is aesthetic medicine (new rule and two concepts); a
nursing mother's own breasts ("喂奶以后乳房一大一小") are not a child's visit; the mouth with pain
or blisters is dental (new rule and concept); 再生障碍性贫血, 脾失健运. Only rules nobody edited
are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0015_routing_chest_tightness_with_sweat")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
