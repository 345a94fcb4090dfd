"""The wrong desks of the eighty-second to the eighty-fifth hand-written files (60 complaints each,
written blind): every first-run miss that was no emergency and whose engine answer was not ER (a
wrong department, or a service point mixed up with a clinic). Their emergencies and the misses
answered ER are the emergencies teacher's.

First run (after the seventy-eighth to eighty-first were taught), the wrong desks of each file:
eighty-second 3, eighty-third 1, eighty-fourth 3, eighty-fifth 2 (9, all taught here as data), and
f82-029 (a fright "almost into a heart attack", then the neck: the heart word is the emergencies
teacher's, the neck this part's). Files at first run: 53, 58, 52, 56 of 60; after this part (with
the emergencies teacher's work as it stood): 60, 60, 60, 60, every emergency, none of 160 false.
9,216 case-file complaints compared before and after: 23 better, none worse.

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): memory loss said as many things forgotten (好多嘢唔记得, 很多事记不住), the same
question asked again and again (同一条问题问几次, 讲完又讲, "asks the same question") and, in the
old, getting lost out of doors (出街荡失路, 出门迷路); a low mood said mildly ("feeling rather
low", "a bit flat", tearful, hardly sleeping; 脑子里乱糟糟, 干啥都没劲); an old person with several
chronic diseases, many medicines (七八样药, 七八隻藥) and the wish for one doctor to see to them
all (一块儿给看看, 一齐睇) is the geriatricians', over the clinic of any one disease; a check-up's
abnormal kidney result (kidney number, 肾功能, 肌酐 high) goes to the kidney clinic and a referral
to a specialist after a check-up is no further check-up; a blood sugar said the Indian-English
way ("sugar checking", "my fasting is coming 180"); rehabilitation said in Cantonese (复康,
复康运动) after an old stroke or a fracture; headaches beside a question whether stress causes
them (or a stroke) are the neurologists'; a relative's cancer and a screening wanted for oneself
is prevention's (or the breast clinic's), not the cancer clinic's; the neck after long looking
down (低头久了, 一直低头, 来看脖子), the fingers numb, is the cervical spine's (orthopaedics), not
the neurologists' (numb fingers alone stay neurology's).

Beside them (safe changes to what fires, found while teaching): "吃好多样药" (many kinds of
medicine a day) no longer reads as an overdose (the overdose red flag already spared "好多种药");
"中风之后" / "复康" now hold the stroke red flags back as "中风后" / "康复" did, so that "阿爸中风
之后隻手冇咩力，想做下复康" is rehabilitation while "今朝突然中风" still fires.

Found while teaching, for the emergencies teacher (no file's case): "外婆八十七了，高血压、冠心病、
糖尿病都有，药一大把，想一起看看" (her medicines are a big handful, a description) is ER/I by both
overdose red flags; "药一大把" was left alone, as "把药一大把吞了" is an overdose.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "memory loss: many things forgotten, the same question again, lost out of doors": [
        ("我阿嫲最近好多嘢记唔住，讲完又讲", ("NEURO", "GERI"), 82),
        ("妈妈最近老忘事，同一句话问好几遍", ("NEURO", "GERI"), 70),
        ("爸爸這半年很多事都記不起來，出門還迷路", ("NEURO", "GERI"), 76),
        ("我最近好多事情都不记得", ("NEURO",), 50),
        (
            "My grandad keeps asking the same question and got lost walking home",
            ("NEURO", "GERI"),
            81,
        ),
        ("Mum has been very forgetful lately and repeats herself", ("NEURO", "GERI"), 72),
        ("爷爷最近出门老找不着家", ("NEURO", "GERI"), 82),
        ("阿嫲成日唔记得嘢，啱啱讲完就唔记得", ("NEURO", "GERI"), 85),
    ],
    "a low mood said mildly": [
        ("Feeling rather flat since my divorce, tearful most days", ("PSY",), 45),
        ("Feeling a bit flat lately and teary, not sleeping well", ("PSY",), 50),
        ("心里乱糟糟的，干什么都没劲，晚上睡不着", ("PSY",), 40),
        ("呢排好唔開心，做咩都冇心機", ("PSY",), 30),
        ("呢排冇乜心情，成日唔想起身", ("PSY",), 27),
        ("Been a bit low and weepy since the baby came", ("PSY", "OB"), 30),
        ("I've not been feeling myself lately, a bit down in the dumps", ("PSY",), 38),
    ],
    "an old person with many diseases and many medicines, one doctor for all": [
        ("奶奶九十岁了，有高血压、心脏病、关节炎，吃好多样药，想一次看完", ("GERI", "GP"), 90),
        ("阿公八十幾歲，血壓高又有糖尿，每日食七八隻藥，想搵個醫生一齊睇", ("GERI", "GP"), 84),
        (
            "Nan is 91 with heart failure, diabetes and arthritis, on so many different tablets, "
            "can one doctor see her about all of it",
            ("GERI", "GP"),
            91,
        ),
        (
            "Grandpa is 86, he takes a bag full of pills for his heart, sugar and prostate, can "
            "someone review them all",
            ("GERI", "GP"),
            86,
        ),
        (
            "公公八十幾，有高血壓同埋腎病，食十幾隻藥，想醫生幫手執下啲藥",
            ("GERI", "GP", "PHARM"),
            84,
        ),
    ],
    "a check-up's abnormal result goes to its organ's clinic": [
        ("單位體檢話我腎功能有啲高", ("NEPH",), 50),
        ("体检报告出来了，肌酐偏高", ("NEPH",), 45),
        (
            "My health screening showed protein in my urine, doctor said see a kidney specialist",
            ("NEPH",),
            48,
        ),
        ("单位体检话我血糖有啲高", ("ENDO",), 48),
        (
            "Health check says my sugar is a little high, doctor told me to see a specialist",
            ("ENDO",),
            50,
        ),
        ("体检心电图有问题，医生叫我看专科", ("CARD",), 55),
        ("My creatinine came back high on my work medical", ("NEPH",), 52),
    ],
    "a blood sugar said the Indian-English way": [
        ("sir which doctor for sugar, my fasting reading is 160 and pp is 240", ("ENDO",), 55),
        ("Please tell where to show my sugar report, random sugar came 250", ("ENDO",), 60),
    ],
    "rehabilitation said in Cantonese after an old stroke or fracture": [
        ("老豆早两年跌断髀骨，做完手术，想做复康", ("REHAB",), 78),
        ("唔急，阿爸中風之後隻手冇咩力，想做下復康", ("REHAB",), 70),
        ("我爸去年中风，现在手脚还不太灵活，想做康复训练", ("REHAB",), 68),
        ("爸爸脑梗出院后，想问哪里可以做复健", ("REHAB",), 66),
    ],
    "headaches beside a question whether stress causes them": [
        ("Is stress bad for the brain? I keep getting headaches", ("NEURO",), 38),
        ("压力大会不会引起中风？我最近老是头痛", ("NEURO",), 42),
        ("我爸中过风，我最近老头痛，会不会也中风", ("NEURO",), 45),
    ],
    "the neck after long looking down, the fingers numb": [
        ("一直低头做针线活，脖子又酸又痛，胳膊发麻", ("ORTHO", "PAIN"), 58),
        ("长期低头玩手机，脖子酸，右手指头发麻", ("ORTHO", "PAIN"), 35),
        ("成日对住电脑，条颈好硬，手指痹痹哋", ("ORTHO", "PAIN"), 40),
        (
            "Stiff neck from looking down at my laptop all day, and my fingers tingle",
            ("ORTHO", "PAIN"),
            33,
        ),
    ],
    "a relative's cancer and a screening for oneself": [
        ("我姐姐得了乳腺癌，我也想检查一下乳房", ("GS", "PREV"), 40),
        ("My mum had breast cancer, I'd like my breasts checked", ("GS", "PREV"), 42),
        ("阿媽有乳癌，我想檢查下乳房", ("GS", "PREV"), 38),
        ("My dad had bowel cancer, should I be screened?", ("GI", "PREV"), 48),
        ("我外婆同阿媽都有乳癌，我想做檢查", ("GS", "PREV"), 35),
        ("My aunt and my mum both had ovarian cancer, should I get checked", ("GYN", "PREV"), 40),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("我唔记得带医保卡", ("CS", "REG", "BILL", "INSUR")),
    ("在医院里迷路了，放射科怎么走", ("CS", "IMG")),
    ("I forgot my appointment time, can I still be seen", ("CS", "REG")),
    ("心慌，心跳很快，一阵一阵的", ("CARD",)),
    ("I'm so stressed at work I can't sleep and I cry every day", ("PSY",)),
    ("can stress cause panic attacks? I get them every day", ("PSY",)),
    ("我血压高，想开降压药", ("CARD",)),
    ("想做个体检", ("PREV",)),
    ("公司体检在哪里做", ("PREV",)),
    ("My annual health check is due, where do I go", ("PREV",)),
    ("肾结石，腰痛得厉害", ("URO",)),
    ("toothache after eating sugar", ("DENT",)),
    ("我有乳腺癌，来复查", ("ONC", "GS")),
    ("我妈有乳腺癌，想帮她挂个号复查", ("ONC", "GS")),
    ("我姐姐乳腺癌，我自己摸到乳房有个硬块", ("GS", "ONC")),
    ("My sister had breast cancer and now I've found a lump in my breast", ("GS", "ONC")),
    ("My mother had breast cancer, she's due her follow-up", ("ONC", "GS")),
    ("我爸爸肺癌化疗，今天来住院", ("ONC", "ADMIT")),
    ("手指发麻好几天了", ("NEURO",)),
    ("手脚发麻，走路不稳", ("NEURO",)),
]
LOOK_ALIKES_AGED = [
    ("爷爷八十岁，有高血压，想开降压药", ("CARD",), 80),
    ("奶奶八十五，糖尿病，想问胰岛素怎么打", ("ENDO",), 85),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("撞到头之后不记得发生什么，一直吐", None),
    ("爷爷突然不认识人，说话不清楚", 80),
    ("阿爸今朝突然中風，隻手冇力", 70),
    ("我爸中风之后一直在家，今天突然说不出话", 72),
    ("阿媽頭先突然講唔到嘢，隻手冇力", 72),
    ("心慌，胸口痛，出冷汗", 50),
    ("肌酐偏高，但我每天透析，今天喘不上气", 60),
    ("吃了好多样药，现在头晕想吐，吃了一整瓶", 40),
    ("低头久了头晕，突然看不清东西，一边手没力", 60),
    ("脖子痛，发烧，头痛，脖子硬", 20),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
