"""The wrong desks of the seventy-fourth to the seventy-seventh hand-written files (60 complaints
each, written blind): every first-run miss that was no emergency and whose engine answer was not
ER (a wrong department, or a service point mixed up with a clinic). Their emergencies and the
misses answered ER are the emergencies teacher's.

First run (after the seventieth to seventy-third were taught), the wrong desks of each file:
seventy-fourth 6 (an old person's suspicion of theft and night rummaging, a forgotten card beside
a chronic prescription, a copy of an X-ray report for the insurer, the sugar-drink test of
pregnancy, a calf swollen after a long flight, a roommate's past self-harm), seventy-fifth 3,
seventy-sixth 9, seventy-seventh 4 (22 of the 38 first-run misses; all 22 taught here as data).
Files at first run: 51, 55, 45, 55 of 60; after this part and the emergencies teacher's work at
the same time: 58, 60, 59, 60, every emergency (the three left are answered ER: the other
teacher's). 8,736 case-file complaints compared before and after: 31 better, none worse. CPU
per suggestion with this part's twelve new rules: the same (3,170 complaints, interleaved, best of
five: 0.425 s with them and without).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): a prescription the doctor has already written, or Taiwan's chronic prescription
(慢性处方笺), to collect; a copy (副本, 影本, 复印, "a copy of") of a report is medical records',
collecting the report itself stays imaging's; a positive pregnancy test (两道杠, "tested positive"
beside a late period) is obstetrics' first visit; the sugar-drink test said in pregnancy; an old
person who gets lost, suspects theft or rummages at night; choking beside repeated falls in the
old (two geriatric syndromes); forgetfulness said as 忘东忘西; past self-harm with no act now
(not a cut while shaving or cooking); a throbbing headache at the temples over the pain clinic's
"for years"; boiling water or hot oil spilled (开水泼到); discharge of the eye is not
gynaecology's; a paper asked for by the insurer (not a copy of records or a certificate); rib pain
after laughing; a back pulled while lifting, and a broken heart that is only a figure of speech;
a calf swollen after a flight; red urine said as 尿有点红; the big toe said as 脚大拇指 (gout); an
appendix taken out years ago is history; a belonging left (left my …, 忘在) is a lost one.

No engine step was needed for this part. Found while teaching (for the engine's owner): a plain
phrase inside a longer rule phrase at the same place "says less", so "呛到" inside another rule's
"…呛" phrase is not found for a new rule; the new choking-and-falls rule therefore names the falls
and requires the choking.

Added by the lead beside them (no file's case, found while checking the settled deep cut of the
sixtieth to sixty-fifth): a cut, then fingers that will not move or feel, for the hand surgeons
(orthopaedics, III) the same day; still bleeding, it stays the emergency department's. Left: "deep
cut… bleeding stopped, I can't move my fingers" in English, where the settled "deep cut" also hides
the "cut" the rule requires.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a cut, then fingers that will not move or feel (a tendon or a nerve)": [
        ("手臂割了很深一道口子，血止住了，手指动不了", ("ORTHO",)),
        ("切菜切到手，血止住了，食指弯不了", ("ORTHO",)),
        ("I cut my hand on glass and now two fingers won't move", ("ORTHO",)),
        ("sliced my hand, can't move my thumb", ("ORTHO",)),
    ],
    "a prescription already written, to collect": [
        ("处方单医生已经开好了，来拿药", ("PHARM",)),
        ("醫生已經開好了，我來拿藥", ("PHARM",)),
        ("来拿连续处方笺的药", ("PHARM",)),
    ],
    "a copy of a report": [
        ("想复印一份CT报告", ("RECORDS",)),
        ("Can I get a copy of my MRI report?", ("RECORDS",)),
        ("驗血報告想要一份影本", ("RECORDS",)),
    ],
    "a positive pregnancy test": [
        ("测了两条杠，下一步怎么办", ("OB",)),
        ("验孕棒阳性了，要挂什么科", ("OB",)),
        ("Positive pregnancy test this morning, what now?", ("OB",)),
        ("My period is late and I tested positive", ("OB",)),
    ],
    "the sugar-drink test in pregnancy": [
        ("怀孕26周，什么时候做糖耐", ("OB",)),
        ("I'm 25 weeks pregnant, when is the glucose tolerance test?", ("OB",)),
    ],
    "an old person who gets lost or suspects theft": [
        ("奶奶八十了，出门老是走丢", ("GERI", "NEURO"), 80),
        ("爷爷总说有人偷他的钱", ("GERI", "NEURO", "PSY"), 85),
        ("Grandad is 86 and got lost walking home", ("GERI", "NEURO"), 86),
        ("Grandma is 88, up at night rummaging through drawers", ("GERI", "NEURO"), 88),
        ("外公八十多，记性差，老是忘东忘西", ("GERI", "NEURO"), 83),
    ],
    "choking beside repeated falls in the old": [
        ("婆婆八十五，吃饭总呛到，又老摔倒", ("GERI",), 85),
        ("Mum is 82, she chokes on her food and keeps falling", ("GERI",), 82),
        ("阿嫲八十幾，食飯成日呛親，又成日跌低", ("GERI",), 84),
    ],
    "past self-harm with no act now": [
        ("我以前自残过，现在想找人谈谈", ("PSY",)),
        ("My sister used to cut herself and wants to talk to someone", ("PSY",)),
    ],
    "a throbbing headache at the temples": [
        ("太阳穴一跳一跳地疼，好几年了", ("NEURO",)),
        ("太陽穴痛，一累就發作", ("NEURO",)),
        ("Throbbing pain at my temples for years", ("NEURO",)),
    ],
    "boiling water spilled": [
        ("开水泼到手上，起泡了", ("BURN",)),
        ("滚水倒瀉咗落手", ("BURN",)),
    ],
    "discharge of the eye": [
        ("宝宝眼睛分泌物很多，早上睁不开", ("OPH", "PED"), 2),
    ],
    "a paper the insurer asks for": [
        ("My insurance needs an itemised receipt", ("INSUR",)),
        ("保险公司要收据", ("INSUR",)),
    ],
    "rib pain after laughing": [
        ("Laughed so hard my ribs hurt now", ("ORTHO", "GP")),
        ("笑得太厉害，肋骨痛", ("ORTHO", "GP")),
    ],
    "a back pulled while lifting": [
        ("I pulled my back lifting boxes", ("ORTHO", "REHAB")),
        ("My back, I pulled it at the gym lifting", ("ORTHO", "REHAB")),
    ],
    "a calf swollen after a flight": [
        ("Long flight yesterday, calf swollen and tender", ("CVS", "GP")),
        ("坐了十二小时飞机，小腿肿痛", ("CVS", "GP")),
    ],
    "red urine said as 尿有点红": [
        ("尿有点红，腰痛", ("URO",)),
        ("小便有点红，没有痛", ("URO",)),
    ],
    "the big toe said as 脚大拇指": [
        ("尿酸高，脚大拇指肿痛", ("RHEUM",)),
        ("脚拇指又红又肿", ("RHEUM",)),
    ],
    "an appendix taken out years ago": [
        ("I had my appendix removed years ago, now constant heartburn", ("GI",)),
        ("五年前割了阑尾，现在胃胀反酸", ("GI",)),
    ],
    "a belonging left behind": [
        ("I left my phone in the toilets", ("CS",)),
        ("钱包忘在挂号处了", ("CS",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("手指发麻好几天了", ("NEURO",)),
    ("来取CT报告", ("IMG",)),
    ("我要申请诊断证明书，保险公司要的", ("RECORDS",)),
    ("I tested positive for covid", ("INFECT", "RESP", "FEVER", "GP")),
    ("I cut myself shaving", ("GS", "GP", "DERM", "PLAST")),
    ("白带多，有异味", ("GYN",)),
    ("阑尾炎，右下腹痛", ("GS",)),
    ("肋骨痛，咳嗽的时候更痛", ("THOR", "RESP", "ORTHO")),
    ("Heartbroken since the divorce, now my shoulder hurts", ("ORTHO",)),
    ("I have high blood pressure and my heart races", ("CARD",)),
    ("Sick note for my insurance please", ("RECORDS",)),
    ("I left my wallet at home, can I pay tomorrow?", ("BILL",)),
]
LOOK_ALIKES_AGED = [
    ("孩子在商场走丢了，找到了，没受伤", ("PED", "CS"), 5),
    ("奶奶八十岁，昨天摔倒了，手腕肿", ("ORTHO",), 80),
    ("奶奶翻东西时扭到腰了", ("ORTHO",), 82),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("切菜切到手指，血一直流止不住，手指动不了", None),
    ("测了两道杠，现在肚子剧痛，下面大出血", None),
    ("Long flight, calf swollen, now I'm short of breath and my chest hurts", None),
    ("我以前自残过，今晚又割腕了，血止不住", None),
    ("热油溅到手臂，红了一片", None),
    ("Mum is 82, choking on her food right now and can't breathe", 82),
    ("太阳穴突然剧烈头痛，从来没这么痛过", None),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
