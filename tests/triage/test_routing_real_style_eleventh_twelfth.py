"""The misses of the eleventh and twelfth real-style files (routing-real-style-eleventh.jsonl and
-twelfth.jsonl: 60 online-consultation questions each, Simplified, written blind), taught by
family (migration 0089).

First run (commit b9c7dbb): the eleventh 53 of 60 at top-1, 3 of 3 emergencies, 2 false
emergencies; the twelfth 51 of 60, 3 of 3, none false. After: the eleventh 60 of 60, no false
emergency; the twelfth 59 of 60, no false emergency. Every case file compared before and after:
none worse (one case of the third real sample and one of the thirteenth real-style file better).

Taught by family, never by sentence (the tables below are our own wordings, with look-alikes
that keep their desk and the red flags beside them):
- breathlessness bound to a few steps, the stairs or lying flat, told with a named chronic heart
  or lung failure (心衰, 慢阻肺, 肺气肿, 肺心病): that illness's clinic, no emergency; blue lips,
  breathlessness at rest, chest pain, froth or fainting still are (an exception of the
  breathing-difficulty red flag with those named as its look-ahead);
- a condition feared to turn into cancer (怕变成胃癌, 担心癌变) or a lung nodule feared to be
  one: the condition's desk, not oncology's;
- a stroke (a lacunar one too) named with aspirin, a statin or how long to take them: neurology,
  not the heart clinic the statin points to;
- a rash or itching taken for an allergy to a medicine just begun: the allergy (or skin) clinic,
  not the illness the medicine treats (a drug eruption named, 药疹, stays the skin clinic's);
- ringing in an ear with the hearing going down: the ear clinic's, a known high blood pressure
  asked about or not (dizziness or a headache beside it still ask about the pressure);
- a tumour marker found raised (CEA, AFP, CA125…): oncology; with hepatitis B, infections';
- acne asked whether hormones cause it (是不是内分泌的问题): the skin clinic; 内分泌 guessed as a
  cause no longer names the endocrine clinic;
- low back ache since a birth (顺产, 剖腹产, 月子): the bone clinic; a mother who gave birth,
  carries or minds a child is no child (nor an adult whose child at home coughs too);
- protein or blood in a urine test (a check-up's), a recheck asked: the kidney clinic;
- a liver enzyme told with its number (a result, not a test asked for): the digestive clinic;
- a lung nodule is no breast lump (胸部CT…结节);
- pregnancies lost again and again with the cause sought: the fertility clinic;
- a child's past febrile convulsion asked about (again? prevented?): child health, no fit now and
  no fever now (a fit now or a fever now keeps its red flag or its fever rule).

Left: rs12-004 (a breastfeeding mother's red tender breast lump with 38.2 °C told, GS or GYN
accepted): a fever told with a number goes to the fever clinic first, the hospital's rule.
"""

from tests.triage.taught_batches import alarm_family_tests, desk_tests

# Breathlessness at rest, blue lips, froth or chest pain beside a chronic failure; a fit now.
EMERGENCIES = {
    "a chronic heart or lung failure with breathlessness at rest or blue lips": [
        ("慢阻肺十多年，今天坐着不动也喘不上气，嘴唇发紫", 72),
        ("心衰的老人家，躺平就憋气，现在咳出粉红色泡沫痰", 80),
        ("肺氣腫多年，今天休息也喘不過氣，嘴唇發紫", 75),
        ("my dad has heart failure, he is breathless even sitting still and his lips are blue", 78),
    ],
    "a child with a febrile convulsion before, fitting now": [
        ("孩子以前高热惊厥过，现在又在抽，叫不醒", 3),
        ("仔仔有熱性驚厥史，而家又抽緊，叫唔醒", 2),
    ],
}

# Breathlessness bound to effort or lying flat in a named chronic failure; a febrile convulsion
# told as past with its recurrence asked: no emergency.
NOT_EMERGENCIES = {
    "breathlessness on a few steps or lying flat, a chronic failure named": [
        ("我爸心衰三年了，最近躺平就喘不上气，要垫高枕头才能睡，一直吃利尿药", 76),
        ("慢阻肺多年，走几步路就喘不过气，平时用吸入剂，可以换药吗", 70),
        ("肺气肿十年了，爬楼梯就上不来气，想问吸入药怎么用", 68),
        ("媽媽心力衰竭，平躺就憋氣，腳也腫，吃著利尿藥", 79),
        ("慢阻肺，走兩步就喘，家裡有製氧機，還能加什麼藥", 74),
    ],
    "a past febrile convulsion, a recurrence or prevention asked": [
        ("女儿有热性惊厥史，以后还会抽吗", 4),
        ("儿子两岁时发烧抽过一次，医生说是高热惊厥，以后还会再抽吗", 4),
        ("my son had a febrile seizure last year, will it happen again", 3),
    ],
}

STILL_EMERGENCIES = [
    # A sudden chest pain with a sweat in a heart failure; breathlessness on a few steps with no
    # chronic illness named stays the red flag's.
    ("心衰病人，走几步就喘不过气，今天突然胸痛出冷汗", 70),
    ("走几步路就上不来气", 50),
    # A stroke now in one who takes aspirin; a rash with a swelling mouth and no breath.
    ("脑梗后吃阿司匹林，今天突然说话不清，一边手没力", 70),
    ("吃了新药后全身起疹子，嘴唇肿了，喘不上气", 40),
]

AT_THEIR_DESK = [
    ("我爸心衰三年了，最近躺平就喘不上气，要垫高枕头才能睡，一直吃利尿药", "CARD", 76),
    ("慢阻肺多年，走几步路就喘不过气，平时用吸入剂，可以换药吗", "RESP", 70),
    ("肺气肿十年了，爬楼梯就上不来气，想问吸入药怎么用", "RESP", 68),
    ("My mum has heart failure and gets breathless lying flat, needs three pillows", "CARD", 80),
    ("女儿有热性惊厥史，以后还会抽吗", ("PED", "NEURO"), 4),
    ("女兒有熱性驚厥史，要不要吃藥預防", ("PED", "NEURO"), 3),
    ("my son had a febrile seizure last year, will it happen again", ("PED", "NEURO"), 3),
]

TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)

# Each family's wordings: (text, the departments accepted, age).
DESKS = {
    "a condition feared to turn into cancer (the condition's desk)": [
        ("胃镜说是萎缩性胃炎，有肠化生，我很怕以后会变成胃癌，要多久做一次胃镜", ("GI",), 55),
        ("腸息肉切掉了，醫生說要追蹤，擔心會癌變，多久要再做腸鏡", ("GI", "GS"), 50),
        (
            "I have Barrett's oesophagus and I'm scared it will turn into cancer, how often "
            "should I be scoped",
            ("GI",),
            60,
        ),
    ],
    "a lung nodule feared to be a cancer (the chest clinics)": [
        (
            "体检胸部CT发现左肺下叶磨玻璃结节6毫米，医生让明年复查，会是肺癌吗",
            ("THOR", "RESP"),
            45,
        ),
        ("胸部CT報告說肺有個小結節，要不要緊", ("THOR", "RESP"), 50),
    ],
    "a stroke named with its preventive medicines (neurology)": [
        ("我爸去年脑梗，现在每天吃阿司匹林和他汀，要吃一辈子吗", ("NEURO",), 70),
        ("媽媽腦梗塞兩年了，一直吃氯吡格雷，要吃多久", ("NEURO",), 68),
        (
            "my father had a stroke last year and takes aspirin and a statin, can he stop them",
            ("NEURO",),
            72,
        ),
    ],
    "a rash after a medicine just begun (allergy or skin)": [
        (
            "刚开始吃一种降压药，三天后身上起了很多红疹子，很痒，是药物过敏吗",
            ("ALLERGY", "DERM"),
            50,
        ),
        ("吃了抗生素第二天全身出疹，好癢，會不會是藥疹", ("ALLERGY", "DERM"), 35),
        (
            "I started a new medicine last week and now I have an itchy rash all over, is it a "
            "drug allergy",
            ("ALLERGY", "DERM"),
            40,
        ),
    ],
    "ringing ears with the hearing going down (the ear clinic)": [
        ("左耳耳鸣半年了，听力也下降了，我血压有点高，有关系吗", ("ENT",), 55),
        ("耳鳴好幾個月，聽力下降，有高血壓，是不是血壓引起的", ("ENT",), 60),
        (
            "ringing in my left ear for months and my hearing is getting worse, I have high "
            "blood pressure",
            ("ENT",),
            58,
        ),
    ],
    "a tumour marker found raised (oncology)": [
        ("体检甲胎蛋白偏高，别的指标都正常，是不是得了什么肿瘤", ("ONC", "GP"), 45),
        ("體檢CA125有點高，其他正常，要緊嗎", ("ONC", "GP", "GYN"), 40),
        (
            "my CEA tumour marker came back raised at a health check, should I worry",
            ("ONC", "GP"),
            55,
        ),
    ],
    "acne asked about hormones (the skin clinic)": [
        ("下巴反复长痘痘，是不是内分泌的问题，要怎么治", ("DERM",), 24),
        ("臉上痤瘡一直好不了，想問是不是荷爾蒙的問題", ("DERM",), 22),
        ("I keep getting acne on my jaw, is it a hormone problem", ("DERM",), 25),
    ],
    "back ache since a birth (the bone clinic)": [
        ("顺产后三个月，腰一直酸痛，抱孩子就更疼，怎么办", ("ORTHO", "REHAB"), 30),
        ("剖宮產後腰痛了半年，彎腰更痛，是不是月子沒坐好", ("ORTHO", "REHAB"), 32),
        ("my lower back has ached ever since my c-section four months ago", ("ORTHO", "REHAB"), 33),
    ],
    "protein or blood in a urine test (the kidney clinic)": [
        ("单位体检尿常规蛋白尿一个加，潜血阳性，没什么症状，要复查吗", ("NEPH",), 35),
        ("體檢尿蛋白陽性，潛血也陽性，有影響嗎", ("NEPH",), 40),
    ],
    "a liver enzyme told with its number (the digestive clinic)": [
        ("体检转氨酶98，B超说有脂肪肝，平时不喝酒，要吃药吗", ("GI", "INFECT"), 38),
        ("谷丙轉氨酶75，醫生說脂肪肝，要怎麼處理", ("GI", "INFECT"), 42),
    ],
    "pregnancies lost again and again, the cause sought (fertility)": [
        ("已经两次胎停了，想再要孩子，要查什么", ("REPRO", "GYN"), 32),
        ("連續兩次自然流產，想找原因，要做什麼檢查", ("REPRO", "GYN"), 34),
        (
            "I've had two miscarriages in a row and want to find out why before trying again",
            ("REPRO", "GYN"),
            33,
        ),
    ],
    "an adult's fever with a child at home coughing too (the fever clinic)": [
        ("我发烧38度5，喉咙痛，家里小孩也在咳嗽，要去发热门诊吗", ("FEVER",)),
    ],
}

LOOK_ALIKES = [
    # One's own cancer stays oncology's, a cancer's new nodule too.
    ("我得了胃癌，想看肿瘤科", ("ONC",), 60),
    ("确诊肺癌两年了，CT复查又发现新的结节，是不是复发了", ("ONC", "THOR", "RESP"), 60),
    # A tumour marker asked for; one beside hepatitis B.
    ("体检要查肿瘤标志物，去哪里抽血", ("LAB", "PREV"), 45),
    ("乙肝小三阳，甲胎蛋白有点高", ("INFECT", "GI"), 50),
    # Dizziness and ringing ears beside a high pressure still ask about the pressure.
    ("高血压，最近头晕耳鸣", ("CARD",), 60),
    # Acne with irregular periods guessed as polycystic ovaries.
    ("月经不调，脸上长痘，是不是多囊", ("GYN", "ENDO"), 24),
    # A child's own fever stays child health's; a pregnancy's booking obstetrics'.
    ("孩子三岁，发烧38度5，咳嗽", ("PED",), 3),
    ("怀孕八周了，想问在哪里建档", ("OB",), 30),
    # Blood in the stool is the gut's.
    ("大便潜血阳性，要做肠镜吗", ("GI",), 55),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
