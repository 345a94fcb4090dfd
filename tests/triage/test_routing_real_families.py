"""Families of real patients' questions, taught from the second real sample
(routing-real-sample-two.jsonl, 207 online-consultation questions from Toyhom's 内科 file and
CMtMedQA; see test_routing_sources_second.py), held out until this change.

First run of the sample on the engine this round started from (after the 86th-89th): top-1
182 of 207 (87.9 %), top-3 93.2 %, 3 false emergencies, 4 fallbacks (the sample's docstring gives
its first run on `0b219a3`, 93.7 % at top-3). After: top-1 201 of 207 (97.1 %), top-3 99.5 %,
1 false emergency, no fallback; routing-real-dev.jsonl unchanged (273 of 287, top-3 98.3 %, 4
false). Every case file but the held-out third sample compared before and after: none worse.

The texts come from a machine-paraphrased source that drops characters at clause ends and inside
words (得了二型糖尿, 肾病综合, 我有糖尿, 高血, 下视 for a sight going down) and files its questions
by topic. Taught by family, never by sentence (the tables below are our own wordings):
- diabetes named however shortened (糖尿, 一型/二型糖尿, 烦渴, 三多一少) → ENDO; with a sight
  going down (视力下降, 下视) the diabetic eye check (OPH) or ENDO;
- high blood pressure shortened (高血, not 高血糖/高血脂/提高血…), a pressure that swings (忽高忽
  低, 时高时低, 不稳, 波动) → CARD; a headache, dizziness or ringing ears beside a named high
  pressure asks about the pressure (CARD over NEURO/ENT; vertigo, pregnancy and red flags keep
  theirs);
- a complication feared ("会有高血压引起的脑出血") is no emergency: `context._HYPOTHETICAL` reads
  "会有…引起/导致/引来的" and "会引发/会引来" as a question (code change);
- a test asked about ("乙肝五项正常吗", "胎动正常不正常") is not said to be fine:
  `context._FINE_AFTER` no longer reads "正常吗" as "正常" (code change);
- nephrotic syndrome however shortened (肾病综合, 肾综, 肾穿刺) → NEPH (a child → PED); its
  steroids (激素, 泼尼松) and relapses (复发, 病发) with it named are the kidney clinic's, not the
  hormone clinic's, even when the syndrome was diagnosed years ago;
- a kidney cyst shortened (肾脏囊肿, 肾囊) → URO/NEPH; a woman who has given birth (生过孩子) or
  was pregnant (怀宝宝) is no child;
- hepatitis B by its tests (乙肝五项, 两对半, 表面抗原), its vaccine and mother-to-baby blocking
  (阻断针, the source's 隔绝针, 乙肝免疫球蛋白) → INFECT (the source's 肝病科); a hepatitis B
  vaccine stays the vaccination clinic's (PREV, as test_routing_sixtieth_to_sixty_fifth_desks
  holds) with INFECT among the first three;
- induced labour (引产, 引产针) → OB; hair of the head or the body turning white (腋毛/阴毛变白,
  白发) → DERM;
- a leg cramp (腿…抽筋) is no seizure, after a vaccine or not; a child's fever with 抽筋 still is;
- itching over the trunk or the limbs → DERM; purple spots on both legs with belly or joint pain
  (allergic purpura) → DERM (with urine or kidney words it stays NEPH, with bleeding gums HEME).

Left as they are (6 of 207): rs2-0001 (nocturia and urgency told now, a nephrotic syndrome only
as what the internet said: URO first, NEPH second); rs2-0107 (a hepatitis B vaccine while trying
for a baby: REPRO, INFECT second); rs2-0113 and rs2-0114 (a lump, a bruise or an itch at the site of a
hepatitis B vaccine: PREV, INFECT second); rs2-0116 ("阴性比阳性有问题", no condition named); rs2-0194 (lower belly and back
pain, no sex given: GYN, ORTHO second). rs2-0142 (a rash with numbness, chest tightness and mild
breathlessness) goes to ER, which its label accepts.
"""

from tests.triage.routing_helpers import rows_of
from tests.triage.taught_batches import desk_tests, real_family_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "diabetes named however shortened": [
        ("查出来二型糖尿半年了，饭后血糖还是高", ("ENDO",)),
        ("我有糖尿，想问问平时饮食要注意什么", ("ENDO",)),
        ("醫生說我媽是一型糖尿，要一直打針嗎", ("ENDO",)),
        ("最近口干烦渴，喝多少水都不够，人还越来越瘦", ("ENDO",)),
        ("体检医生说我有三多一少的表现", ("ENDO",)),
    ],
    "diabetes with a sight going down": [
        ("糖尿好几年了，这半年视力下降得厉害", ("OPH", "ENDO")),
        ("我爸有糖尿病，最近视力明显下降", ("OPH", "ENDO")),
    ],
    "high blood pressure shortened, or swinging": [
        ("前年查出高血，一直在吃药，想问能不能停", ("CARD",)),
        ("我妈的血压时高时低，早上高晚上低", ("CARD",)),
        ("血壓一直不穩定，吃了藥也沒用", ("CARD",)),
    ],
    "a headache or dizziness beside a named high blood pressure": [
        ("有高血压好几年了，最近经常头晕头胀", ("CARD",)),
        ("血压有点高，这几天后脑勺疼", ("CARD",)),
        ("老公高血壓，最近常常頭痛耳鳴", ("CARD",)),
    ],
    "a complication of high blood pressure feared": [
        ("高血压十几年了，很担心会有高血压导致的中风", ("CARD",)),
        ("血压一直偏高，会不会引起脑出血啊", ("CARD",)),
    ],
    "nephrotic syndrome however shortened, its steroids and relapses": [
        ("我爸去年得了肾病综合，现在还在吃激素", ("NEPH",)),
        ("肾综复发了好几次，泼尼松一减量就又有蛋白", ("NEPH",)),
        ("前年做了肾穿刺确诊膜性肾病，想复查", ("NEPH",)),
        ("腎病綜合徵兩年了，最近又復發，臉腫得厲害", ("NEPH",)),
        ("儿子七岁，肾病综合征，激素吃了三个月", ("PED", "NEPH"), 7),
    ],
    "a kidney cyst shortened": [
        ("体检发现肾脏囊肿，要紧吗", ("URO", "NEPH")),
        ("B超说左边有个肾囊，两公分", ("URO", "NEPH")),
    ],
    "hepatitis B by its tests": [
        ("乙肝五项结果出来了，帮我看看正常吗", ("INFECT", "GI")),
        ("单位体检查了两对半，第二项是阳性", ("INFECT", "GI")),
        ("乙肝表面抗原阳性，要吃药吗", ("INFECT", "GI")),
    ],
    "hepatitis B passing from mother to baby": [
        ("我是小三阳，怀宝宝的时候要不要打阻断针", ("INFECT", "OB")),
        ("老婆大三陽，寶寶出生打了乙肝免疫球蛋白還會被傳染嗎", ("INFECT", "OB", "PED")),
    ],
    "induced labour": [
        ("医生建议引产，想问引产针打完多久能生", ("OB", "GYN")),
        ("怀孕五个月查出胎儿畸形，要做中期引产", ("OB", "GYN")),
    ],
    "hair turning white": [
        ("才二十出头，头发就白了一大半", ("DERM",)),
        ("最近发现阴毛变白了好几根", ("DERM",)),
        ("眉毛和睫毛都有幾根變白了", ("DERM",)),
    ],
    "a leg cramp is no seizure": [
        ("打完疫苗第二天，小腿一直抽筋", ("PREV", "ORTHO", "INFECT")),
        ("晚上睡觉大腿老是抽筋，疼醒好几次", ("ORTHO",)),
    ],
    "itching over the trunk or the limbs": [
        ("这一个月后背和胳膊一直痒，没起疹子", ("DERM",)),
        ("眼皮有点肿，躯干和四肢也痒得厉害", ("DERM",)),
    ],
    "purple spots on both legs with belly or joint pain": [
        ("双腿上反复出紫癜，还肚子疼", ("DERM",)),
        ("两条腿出了好多出血点，膝盖也疼", ("DERM",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("我有高血压，这两天牙疼得厉害", ("DENT",)),
    ("想提高血红蛋白，一直贫血", ("HEME",)),
    ("高血糖好几年了，最近手脚发麻", ("ENDO", "NEURO")),
    ("孕妇感冒了会传给孩子吗", ("OB",)),
    ("腿上好多出血点，刷牙牙龈也出血", ("HEME",)),
    ("全身痒，皮肤和眼睛都发黄", ("GI", "INFECT")),
    ("喉咙痒，一直咳嗽", ("RESP", "ENT")),
    ("吃激素脸都胖了，哮喘好多年", ("RESP",)),
    ("生过孩子以后一咳嗽就漏尿", ("URO", "GYN")),
    ("乙肝疫苗打完第二针，接种的地方有点红", ("PREV", "INFECT")),
]
LOOK_ALIKES_AGED = [
    ("十四岁，过敏性紫癜半年，尿检还有蛋白", ("NEPH", "PED"), 14),
    ("宝宝三个月，第二针乙肝疫苗什么时候打", ("PED", "CHILD", "PREV"), 0),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子发烧一直抽筋，叫不应", 3),
    ("手脚一直抽，叫不醒", None),
    ("我爸高血压引起的脑出血，现在叫不醒", None),
    ("有高血压，突然头痛得像要炸开，一边手脚没劲", None),
    ("糖尿病，今天昏昏沉沉叫不醒，呼吸有烂苹果味", None),
]

# A hepatitis B vaccine question: the source files it under 肝病科, a hospital may send it to the
# vaccination clinic first; the infection clinic must be among the first three.
VACCINE_IN_TOP_THREE = [
    ("打完乙肝疫苗一个礼拜，打针的地方鼓了个包", "INFECT"),
    ("查了没有抗体，想补打乙肝疫苗，要打几针", "INFECT"),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)


TestRealFamilies = real_family_tests(VACCINE_IN_TOP_THREE, rows_of(DESKS), LOOK_ALIKES)
