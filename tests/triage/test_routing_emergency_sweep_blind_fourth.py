"""The fourth emergency sweep written blind (150 complaints: 100 emergencies in eleven families —
sepsis, meningitis, ketoacidosis or a very high sugar, an ectopic pregnancy, testicular torsion,
aortic dissection, pulmonary embolism, an old person drying out, acute psychosis with violence,
sight lost suddenly, a very fast or slow pulse with fainting — and 50 look-alikes), its missed
emergencies taught by family (concept, composition, context), never by a file's sentence.

First run (the base commit): 84 of 100 emergencies, 0 of 50 false (top-1 121 of 150, 11
fallbacks); with this module's change (migration 0118) 99 of 100, 0 of 50 (top-1 136 of 150, 5
fallbacks).

Why the emergencies missed:

- Meningitis: the neck in northern speech (脖梗子, 脖颈子) was no neck, and a fever told by its
  start (开始烧, 烧起来, 发着烧) was no fever for the stiff neck said in a clause of its own.
- Ketoacidosis: insulin named by its brand (诺和锐, 来得时, Lantus) was no diabetes; ketones in the
  urine told by their plus signs (尿酮体三个加号) had no rule, nor insulin missed (没打针, 停了胰岛素)
  with vomiting again and again or drowsiness.
- An ectopic pregnancy after an embryo transfer (试管移植后第五周): the rule knew a late period or a
  positive test, not the transfer; and a faint said 晕到 (for 晕倒).
- Torsion: the crotch named by the trousers (裤裆, 裆里) was no testicle.
- An old person drying out: the eyes sunk said 瘪; a blood pressure of 85 with the diarrhoea;
  and one not drinking for days with no urine all day, a pinch of skin that stays up, or
  muddled, had no rule at all (it needed vomiting or diarrhoea).
- Acute psychosis with violence: the poison feared said 毒死她, 落毒; the cameras watching (盯着他);
  delusions (a newborn a devil, the television sending messages), bugs looked for, days without
  closing an eye, or a man gone mad (跟疯了似的), with things smashed (砸), blows (谁靠近打谁), a
  pair of scissors and no one let near, or a baby to be thrown out: the persecution rule held
  only a knife or a threat, and routed a weapon beside persecution to psychiatry.
- Sight lost: an eye that sees nothing said 看不着 or 乜都睇唔到 (黑晒 after 左边眼), not even
  light, found on waking (早上起来, 瞓醒): the rule wanted 突然.

Left as it is, a label judged wrong: the curtain rising after a shower of black spots, half the
field lost (a retinal detachment) — the other files send a curtain or a lower half lost to
ophthalmology (urgency II), not to the emergency department, and so does the engine. The sweep's
thirteen other top-1 misses are no emergency question (follow-ups after sepsis, ketoacidosis, an
ectopic, a dissection's stent or an embolism; a vaccine; a pacemaker's battery; a scrotum heavy
for months; torsion read about; varicose veins; a dry mouth) and go to a calm desk other than
the writer's. No false alarm is kept. Every wording in the tables is our own, in Simplified and
Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-fourth.jsonl"

EMERGENCIES = {
    "meningitis: the neck said 脖梗子, a fever told by its start": [
        "孩子前天开始烧，后脖梗子僵得低不下头",
        "他下午烧起来了，脖颈子僵，转不了头",
        "老伴儿发着烧，脖梗子梗得慌，还怕光",
        "兒子發起燒來，脖梗子僵到轉不動",
        "my son started a fever last night and now his neck is too stiff to turn",
    ],
    "ketoacidosis: ketones by their plus signs, insulin by its brand, insulin missed": [
        "我儿子一型糖尿病，尿酮体两个加号，吐了三回",
        "打来得时的，这两天没打针，一直吐，人没精神",
        "糖尿病人查了血酮很高，呼吸又深又快",
        "阿妹打開胰島素，尋日冇打針，今日嘔到停唔到，好眼瞓",
        "我女兒驗尿酮體陽性，一直吐，很想睡",
        "my son is diabetic, he missed his insulin yesterday and is vomiting nonstop",
        "his urine ketones are high and he keeps throwing up",
    ],
    "an ectopic pregnancy after an embryo transfer": [
        "胚胎移植后六周，一边小肚子疼得厉害，头晕眼前发黑",
        "試管移植完一個月，肚子一側痛，剛剛暈倒了",
        "做了试管移植，一侧肚子绞痛，刚才晕到了",
        "five weeks after my embryo transfer, sharp belly pain on one side and I feel faint",
    ],
    "torsion: the crotch named by the trousers": [
        ("儿子在学校突然裤裆疼，疼得直吐", 12),
        ("孩子说裆里疼得厉害，突然的，还想吐", 13),
        ("兒子褲襠突然劇痛，吐了一次", 15),
    ],
    "an old person drying out": [
        "我外婆吐了三天，眼窝都瘪了，人迷迷糊糊",
        "老爸拉了两天稀，今天血压80/50，心跳很快",
        "爷爷好几天没怎么喝水，一天都没尿，叫他不太应",
        "奶奶不吃不喝两天了，皮肤捏起来半天回不去",
        "阿嫲兩日冇飲水，今日叫極唔醒",
        "my nan hasnt drunk anything for two days and hasnt peed since yesterday",
    ],
    "acute psychosis with violence now": [
        "我哥几天没合眼，一直说有人要害他，刚把电视砸了",
        "她生完孩子后说孩子是魔鬼，要把孩子扔掉",
        "他嗑药后跟疯了似的，见人就打",
        "我老公精神分裂停藥一個月，說有人要毒死他，拿剪刀不讓人靠近",
        "阿哥幾日冇瞓，話有人落毒，見人就打",
        "my brother hasnt slept for days, thinks the neighbours are poisoning him and has "
        "smashed the windows",
    ],
    "sight lost: nothing seen, not even light, found on waking": [
        "我妈早上醒来右眼什么都看不见了",
        "外公一觉起来左眼啥都看不着了",
        "婆婆隻眼乜都睇唔到，連光都睇唔到",
        "爺爺今早起來右眼一點光都沒有",
        "I woke up and cant see anything out of my left eye",
    ],
}

NOT_EMERGENCIES = {
    "a stiff neck with no fever": [
        "落枕了，脖梗子僵，没发烧",
        "天天低头看手机，脖梗子酸",
    ],
    "ketones and insulin with no illness": [
        "体检尿酮体弱阳性，没有不舒服",
        "诺和锐用完了，来开药",
        "打来得时的，今天忘了打针，要不要补打",
        "my ketones are a bit high on a low carb diet but I feel fine",
    ],
    "an embryo transfer with no pain": [
        "胚胎移植后第十天，想来验血看看有没有怀上",
        "試管移植成功了，想來建檔",
    ],
    "the crotch with no sudden pain": [
        "裤裆里起了湿疹，很痒",
        "夏天裤裆老是潮，有点异味",
    ],
    "an old person drinking little, well": [
        "老人家平时不怎么喝水，怎么劝他多喝",
        "爷爷拉肚子一天，能吃能喝，精神还行",
        "my gran doesnt drink enough water, any tips?",
    ],
    "a mind unwell with no violence, or violence with no mind unwell": [
        "我儿子精神分裂，吃药稳定，来开药",
        "看恐怖片后老觉得有人盯着我",
        "孩子发脾气砸东西，是不是叛逆期",
        "喝醉了把碗砸了，现在睡着了",
        "my dad with dementia gets agitated at night but is not violent",
    ],
    "sight that blurs slowly or on waking": [
        "近视眼，晚上看不清",
        "早上起来眼睛有点模糊，揉揉就好了",
        "老花眼，看不清字",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "脖子硬，发高烧，叫不太醒",
    "糖尿病人呼吸有烂苹果味，一直吐",
    "月经推迟两周，肚子一侧剧痛，晕倒了",
    ("儿子睾丸突然剧痛，吐了", 14),
    "拉肚子三天，没有尿，眼窝凹陷",
    "他说有人要害他，拿着刀要砍人",
    "右眼突然看不见了",
    "my son has a fever and a stiff neck",
]

# Calm stories, each to its clinic.
CALM = [
    ("糖尿病打诺和锐的，用完了来开药", "ENDO"),
    ("我儿子精神分裂，吃药稳定，来开药", "PSY"),
    ("近视眼，晚上看不清", "OPH"),
    ("胚胎移植后第十天，想来验血看看有没有怀上", ("REPRO", "OB", "GYN", "LAB")),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP, kept_misses=1)
