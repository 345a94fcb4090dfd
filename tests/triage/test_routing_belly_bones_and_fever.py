"""The belly's and the bladder's emergencies, the bones' and the back's, and a fever's (migration
0132).

Three sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0131, before anything was taught from them:

- routing-belly-and-urine-sweep.jsonl: 17 of 30 emergencies, no false alarm, top-1 46; taught
  from: 28 of 30, top-1 57.
- routing-bones-and-back-sweep.jsonl: 17 of 30, 1 false alarm, top-1 45; taught from: 29 of 30,
  no false alarm, top-1 58.
- routing-fever-sweep.jsonl: 22 of 30, no false alarm, top-1 49; taught from: 27 of 30, top-1 54.

Taught, by family, in our own wordings below (each a new composition unless said):
- a kidney stone with a fever or shivers; a fever with a new confusion; a neck stiff said after
  the neck (the meningitis flag); a newborn's age in days (the young baby's fever flag);
- sudden back or belly pain with a grey sweat (a burst aneurysm); yellow eyes with a fever or
  shivers (cholangitis); green vomit (a blocked bowel); no urine for hours with a tight lower
  belly (retention: a poor stream or a frequent one is not); upper belly pain through to the back
  after drinking or with vomiting (pancreatitis);
- the back's signs of a squeezed cord said in Cantonese and plainly, and a back "gone again" (the
  cauda equina flag); a limb in plaster gone tight, the pain beyond painkillers (compartment
  syndrome); a joint out that will not go back; a hot swollen joint with a fever in an adult;
  crushed flat; "头几步" (the first few steps) is no headache.

Left, where the project's own labels differ from the sweeps' writers: a fever after Africa or
South-East Asia stays the fever clinic's (four case files say so; the fever sweep's writer said
ER three times); appendicitis stays general surgery's at urgency III (the case files say so);
a fever with a sore throat, a mild urine infection or a cough after a fever stays the fever
clinic's, as the hospital's fever rule says. Also left: back pain and a fever with legs giving way
(a spinal infection), a positive stool test's colonoscopy, a school's scoliosis referral.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-belly-and-urine-sweep.jsonl": (57, 28, 0),
    "routing-bones-and-back-sweep.jsonl": (58, 29, 0),
    "routing-fever-sweep.jsonl": (54, 27, 0),
}

EMERGENCIES = [
    "有肾结石，今天腰疼得厉害，还发烧打寒颤",
    "kidney stone pain on my left and now fever and shivering",
    "奶奶发烧两天，今天说话糊里糊涂的",
    "grandad has a temperature and is confused this morning",
    "fever, headache, neck is stiff",
    "宝宝出生才十天，摸着发烫，38度",
    "我爸七十多，突然腰疼，满头冷汗，脸煞白",
    "sudden back pain, he's grey and sweaty",
    "眼睛发黄，还发烧打寒战",
    "dad's eyes have gone yellow and he has a fever with chills",
    "孩子吐绿色的水，肚子胀",
    "my son keeps vomiting green bile",
    "从早上到现在一滴尿都尿不出来，小肚子胀得难受",
    "haven't been able to pee since last night and my lower belly is tight",
    "喝完酒上腹疼，痛到后背，吐了好几次",
    "腰疼，今天开始尿不出来，屁股周围没感觉",
    "小腿打了石膏，现在胀得跟石头一样硬，止痛药没用",
    "my arm is in a cast and my fingers have gone numb and the pain is way worse",
    "肩膀脱臼了，放不下来",
    "膝盖红肿热痛，发烧38度5",
    "手被机器压扁了",
]
LOOK_ALIKES = [
    ("肾结石复查，没什么症状", ("URO",)),
    ("闪了腰，腰疼得厉害", ("ORTHO",)),
    ("新生儿黄疸，宝宝眼睛黄", ("PED",)),
    ("吃了菠菜，吐出来绿绿的", ("GI",)),
    ("bile reflux after gallbladder surgery", ("GS", "GI")),
    ("尿频，老想尿，尿不出多少", ("URO",)),
    ("打石膏的地方好痒", ("ORTHO", "DERM")),
    ("以前肩膀脱臼过，想问能不能做手术", ("ORTHO",)),
    ("脚后跟疼，早上下床头几步最疼", ("ORTHO", "PAIN", "REHAB")),
    ("喝完酒胃有点疼", ("GI",)),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
