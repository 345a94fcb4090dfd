"""The shipped rules of this release, taught by the thirty-sixth to thirty-eighth hand-written
files' families: a child who ate a few of an elder's tablets, the elder said as Taiwan's or Hong
Kong's (阿嬷的, 婆婆啲, "grandad's") and the count as a range (五六颗, "four or five of"); no movement
felt with the baby said as 孩子, 宝宝 or bb ("no kicks"); smoke breathed in at a fire with a hoarse
voice, singed nose hairs or soot, an airway burn (a new red flag; tobacco or kitchen smoke is not).
Desks: a low mood said with words between or no interest in anything (mental health); sight
blurred or misty (the eye clinic); a child's groin swelling that comes out (paediatric surgery, by
the hernia rule's English words); Cantonese morning stiffness with swollen finger joints
(rheumatology); diarrhoea and constipation by turns (the digestive clinic); a chest X-ray's
finding asked about (the chest clinic, not the check-up); a check-up package wished for, whoever
pays (preventive care); the HPV vaccine asked for (preventive care). And a probe of our own in
further words: a weed killer said as 除草水 and a bottle as 成支 is poison; a coin swallowed with
drooling or gagging is a stuck foreign body; blood pumping or squirting is heavy bleeding; fainting
at the sight of blood or a needle is no emergency; eyes dry or tired (眼好攰), a beat skipped
(漏咗一拍), a period that does not stop (M未停), a child said as 个仔 with an age, a report to
collect, checking in for an operation, slimming injections for the face (瘦面针) each at its desk;
a learner's English (a leg that "look short" after a fall, blood "coming a lot" in a pregnancy, a
battery "eat"); gout said with a flare (rheumatology), veins bulging on the legs (the vein
surgeons), an insect bite swollen or itchy (the skin clinic), seeing the dentist said as 睇牙,
an admission certificate for an employer (records); and the rarer emergencies as new red flags: a
painful eye with halos round lights (acute glaucoma), a neck hurt in a dive or a fall with numb
limbs (a spinal injury), drooling with a muffled voice and sitting forward (epiglottitis), a
barking cough with a noise breathing in (croup with stridor), an erection that lasts hours
(priapism), a fever with signs of shock (sepsis); a rod driven in said as 插到 or 戳到; a worry
asked about a diagnosis (是不是胃癌, "could it be cancer") is no diagnosis; a pregnancy found by a
test in Cantonese (验到有咗) is antenatal care's; a belly that hurts with its hardness told in a
clause of its own (个肚好痛，硬晒) is peritonitis (hard stools or sore stomach muscles are not);
English lay words for the waterworks, an erection ("getting it up") and blood sugars; Taiwan's
names of departments (新陈代谢科, 胸腔外科, 核子医学科) and of the co-payment (部分负担); an
older person slowly slower, weaker or thinner (geriatrics); "soft" said of a thing a baby has (a
lump, stools, hair, a belly) is no floppy baby, the body gone soft still is; a voice lost from a
hoarse throat is no stroke's speech, a child who ignores people no unconscious child; an older
person confused or forgetful for a while (geriatrics); a fish bone said as 卡了根刺 (the throat
clinic); a red flag's word in its everyday sense is none (a nose running 哗哗, a discharge coffee
coloured, exercise 过量, washing-up liquid on the hands, whitening teeth, a gas bill, static, a
head or a throat said like an explosion or a fire, work at height, a small kitchen cut, a fish
pond, a bathtub, swimming underwater, half the head aching, drooling in sleep, dust breathed in,
a choking feeling, a faint line on a test, a lens fitting), while a household poison swallowed or
bitten open, a knife wound that bleeds (a new red flag) and a head about to explode all of a
sudden still are; so are slang and hyperbole (憋死我了, 晕死了, 痒得想死), a medicine with no effect
(吃了药没反应), a nerve pain like an electric shock (触电的感觉), a sore on the lip, a kitchen cut, a
centipede's bite (a sting: an emergency with a whole-body reaction), a bruised knee, chemicals at
work, scaffolding as a job, a hornets' nest poked; and English everyday senses (breathing through
the nose, a faint rash, poison ivy, a finger crushed in a door, "gave me a heart attack", a fit
note, drowning in work, a nose gushing, periods heavy with a pad every few hours, burnt out), a
faint at an injection, a child breathless from crying, a grandfather hard of hearing who does not
answer, a start from a nightmare, a period pain every month; soap in the eye and a bitten tongue
at their desks; a heart attack's markers tested (心梗标志物, a segmenter word), a stroke of bad
luck, collapsing into bed, a question whether it is alcohol poisoning, a phone "addiction"
(手机中毒), "missing me to death" (想死我了), anger said with the body (气得吐血, 肺都气炸了) and a
computer or a person "抽风"; heart-weary (心塞, 心累: mental health); chest pain on coughing a lot,
one's own tablets taken twice (吃重了), a sting swollen only where it stung; pain on swallowing with
a sore throat (the throat's); lips a little blue from the cold in a bath, a lick of washing-up
liquid (a lick of a toilet cleaner or a dishwasher tablet still is poisoning). Only rules and
concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [
        ("triage", "0053_routing_thirty_third_to_fifth_files_ectopics_concussions_and_desks")
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
