"""Named conditions of the medical departments reach their desk: a concept lexicon, not sentences.

Real questions very often name their diagnosis ("确诊强直性脊柱炎三年", "我有桥本", "I was
diagnosed with AF"), in full, shortened, in Taiwan's or Hong Kong's words, or in English. The
`condition_*` concepts of lexicon.json (each read by its "常见病名：…" rule) gained the names that
fell back or went to a wrong desk, for chest medicine, digestion, neurology, the heart, blood,
kidneys, endocrinology, rheumatology, infections, cancer, psychiatry and the Chinese-medicine
patterns (肾虚 …); two concepts are new, each with its rule of weight 8 as the others:
`condition_allergy` (ALLERGY: 风癞, 食物敏感, 药物敏感, 对海鲜/花生/青霉素…敏感 as `*`
phrases, urticaria, angioedema) and `condition_geri` (GERI: 衰弱综合征, 肌少症, 多重用药, 谵妄,
frailty, sarcopenia, polypharmacy).

Checked: 1,102 names (Simplified, Traditional, Hong Kong, Taiwan, English and its abbreviations),
each in three frames of our own ("我有X，想复查一下", "X怎么治疗比较好", "确诊X两年了，最近加重
了"; the Traditional and English frames alike). Before: 290 of the 1,102 not at an accepted desk
in all three frames (241 fell back, 49 went to a wrong desk or to ER). After: 15, left on purpose:
MS and POTS (English words besides), 紫斑症 (it would hide the meningitis rash's 紫斑 inside
"紫斑症状"), 日光/阳光过敏 (rheumatology's 光过敏 keeps them), 营养不良 and 衰老 (a child's or
anybody's), 菜花 (a vegetable), mono, GIST ("the gist"), 熱氣/燥熱 alone (steam, weather; 好熱氣
and 热气重 are read), 严重过敏反应 (the red flag's own words), 磨玻璃结节 and 肺真菌感染 (thoracic
surgery's and infection's). In five more frames ("X复发了怎么办", "X需要吃什么药", "想咨询一下X的
治疗", "X能根治吗", "我妈妈有X，想带她来看", and their Traditional and English kin; 4,740 texts):
1,187 off their desk before, 97 after (37 of them ER for a stroke or a heart attack named, as
before).

A name is a plain phrase: a longer one hides the shorter words inside it from other rules, which
is what moves most wrong desks (类风湿性关节炎 is no 关节炎 for orthopaedics, 周边神经病变 no
神经病 for psychiatry, 肾性高血压 no 高血压 for the heart, 恶性贫血 no 恶性 for cancer,
"coronary artery disease" no bleeding "artery"). Forms that would hide a red flag's own word
were left out (青霉素过敏, 过敏体质, "peanut allergy", "sickle cell disease", 紧张性头痛 —
tension headache is kept from psychiatry by an exception of its two rules instead). Three red
flags gained exceptions for a named condition that is no emergency: the major bleeding's "artery"
and 动脉*血 (动脉供血不足, coronary, carotid, renal, pulmonary artery, artery disease or
stenosis), and the severe allergy's two rules (过敏性哮喘: breathlessness, swelling or faintness
after a food or a drug still fire through their own rules, below).

The unambiguous disease names among them (no symptoms, no short abbreviations) were also
written into each department's main rule of weight 20 (肺部疾病, 胃肠疾病, 神经系统疾病, 心脏病、高
血压, 血液病, 肾病, 糖尿病、甲状腺、激素, 风湿免疫病, 传染病、肝炎, 肿瘤, 情绪、焦虑、心理问题, 中医、
针灸、推拿), as the long-known names are: a longer name must not hide its own department's shorter
word (类风湿 inside 类风湿性关节炎), and a diagnosis said beside a symptom of another desk ("SLE,
my rash is back", "乾燥綜合症，眼乾口乾") stays with its specialty. Left: a relative's condition
told in English ("my dad had Parkinson's; I have a rash") still outweighs today's complaint (the
Chinese wording does not); that is the context step's, not a name's.

Every case file's top with and without these changes (the same tree otherwise): 1 better, none
worse. Held-out, with and without: the nine hand-written files 507 of 540 both, real-sample-three
185 of 215 both (top three 200 -> 201).
"""

from tests.triage.taught_batches import desk_tests

# Each department's named conditions: (text, the departments accepted[, age]).
DESKS = {
    "chest medicine": [
        ("确诊慢阻肺五年了，最近走路就喘，想调整一下吸入药", ("RESP",), 68),
        ("我有支扩，痰多，想复查个CT", ("RESP",), 55),
        ("結節病確診一年，想回來覆診", ("RESP",), 45),
        ("爸爸有慢性呼吸衰竭，在家吸氧，想来开点药", ("RESP",), 75),
        ("肺脓肿出院后，要不要再拍片", ("RESP",), 50),
        ("我係肺阻塞病人，想覆診", ("RESP",), 70),
        ("I was diagnosed with bronchiectasis last year, need a review", ("RESP",), 60),
        ("I have pulmonary fibrosis, who should I see", ("RESP",), 66),
        ("my sarcoidosis is flaring again", ("RESP", "RHEUM"), 40),
        ("I've got OSA and use a CPAP, mask isn't working", ("RESP", "ENT"), 52),
    ],
    "digestion": [
        ("我有溃结，最近又拉黏液", ("GI",), 30),
        ("克罗恩两年了，在用生物制剂，想复查肠镜", ("GI",), 28),
        ("克隆氏症要怎麼控制", ("GI",), 26),
        ("乳糜泻是不是不能吃面食", ("GI",), 35),
        ("我乳糖不耐受，喝牛奶就拉", ("GI", "ALLERGY"), 25),
        ("体检说HP感染，要不要杀菌", ("GI", "INFECT"), 40),
        ("原发性胆汁性胆管炎吃熊去氧胆酸一年了", ("GI",), 52),
        ("胆汁淤积，肝功能有点高", ("GI",), 45),
        ("I have Crohn's and want to see someone about a flare", ("GI",), 30),
        ("ulcerative colitis, bleeding again", ("GI",), 34),
        ("coeliac disease, still bloated even gluten free", ("GI",), 38),
        ("my H. pylori came back positive again", ("GI", "INFECT"), 45),
        ("chronic pancreatitis, need a follow-up", ("GI", "GS"), 50),
        ("diverticulitis twice this year, what now", ("GI", "GS"), 62),
    ],
    "neurology": [
        ("我爸有巴金森，手抖越来越厉害", ("NEURO",), 72),
        ("阿爺有柏金遜症，想睇腦科", ("NEURO",), 78),
        ("妈妈被诊断轻度认知障碍，想系统评估一下", ("NEURO", "GERI"), 76),
        ("婆婆有腦退化症，想搵醫生跟進", ("NEURO", "GERI"), 82),
        ("医生说是短暂性脑缺血发作，现在好了，要吃什么药", ("NEURO",), 64),
        ("贝尔麻痹一个月了，嘴还是有点歪", ("NEURO",), 35),
        ("渐冻人早期能治吗", ("NEURO",), 55),
        ("糖尿病周邊神經病變，腳麻", ("NEURO", "ENDO"), 60),
        ("紧张性头痛老犯，吃止痛药也不管用", ("NEURO",), 33),
        ("后循环缺血，老是头晕，想复查", ("NEURO",), 62),
        ("I have myasthenia gravis, double vision is worse in the evenings", ("NEURO",), 48),
        ("she has a seizure disorder, needs her meds reviewed", ("NEURO",), 25),
        ("I was diagnosed with ALS six months ago", ("NEURO",), 58),
        ("had a TIA last month, want to see a neurologist", ("NEURO",), 67),
        ("muscular dystrophy, who follows this up", ("NEURO", "PED"), 30),
    ],
    "the heart": [
        ("心律不整好多年，想做個Holter", ("CARD",), 50),
        ("醫生說我是狹心症，要怎麼保養", ("CARD",), 58),
        ("我有房扑，做过消融，想复查", ("CARD",), 60),
        ("病态窦房结综合征，医生建议装起搏器", ("CARD",), 74),
        ("卵圆孔未闭要不要堵", ("CARD",), 30),
        ("高脂血症吃他汀半年了", ("CARD",), 55),
        ("颈动脉供血不足，医生叫我吃阿司匹林", ("CARD", "NEURO"), 65),
        ("冠状动脉粥样硬化，想复查一下", ("CARD",), 63),
        ("心脏神经官能症，一紧张就心慌", ("CARD", "PSY"), 35),
        ("肾性高血压，降压药换了几种", ("NEPH", "CARD"), 45),
        ("I was diagnosed with AF, do I need blood thinners", ("CARD",), 70),
        ("coronary artery disease, need my follow-up", ("CARD",), 66),
        ("I have SVT episodes, want to talk about ablation", ("CARD",), 32),
        ("mitral valve prolapse, getting more palpitations", ("CARD",), 40),
        ("hypertrophic cardiomyopathy runs in my family and I have it too", ("CARD",), 28),
    ],
    "blood": [
        ("我是蠶豆症，想問可唔可以食某啲藥", ("HEME",), 20),
        ("恶性贫血，要一直打维生素B12吗", ("HEME",), 60),
        ("全血细胞减少，原因还没查清", ("HEME",), 50),
        ("易栓症，怀孕前要注意什么", ("HEME", "OB"), 30),
        ("嗜酸性粒细胞增多，查了好几次", ("HEME",), 42),
        ("I have thalassaemia trait, should my partner be tested", ("HEME",), 29),
        ("ITP, platelets were 30 last week", ("HEME",), 35),
        ("I have von Willebrand disease, need a plan before dental work", ("HEME", "DENT"), 27),
        ("polycythaemia, how often do I need blood removed", ("HEME",), 58),
    ],
    "kidneys": [
        ("肾小管酸中毒，血钾老是低", ("NEPH",), 33),
        ("肾性贫血，要打促红素吗", ("NEPH",), 62),
        ("高尿酸肾病，肌酐慢慢升高", ("NEPH",), 55),
        ("IgA nephropathy, protein in my urine is up", ("NEPH",), 31),
        ("glomerulonephritis, want a second opinion", ("NEPH",), 44),
        ("my dad has ESRD and dialysis three times a week", ("NEPH",), 70),
    ],
    "endocrinology": [
        ("我有格雷夫斯病，吃他巴唑半年了", ("ENDO",), 32),
        ("亚甲炎脖子疼，吃了激素", ("ENDO",), 38),
        ("阿媽大頸泡，想檢查下", ("ENDO", "GS"), 60),
        ("代謝症候群要怎麼改善", ("ENDO",), 48),
        ("嗜铬细胞瘤术后复查", ("ENDO",), 45),
        ("尿崩症，一天喝好几升水", ("ENDO",), 30),
        ("甲旁亢，血钙高", ("ENDO",), 55),
        ("肢端肥大症，手脚越来越大", ("ENDO",), 42),
        ("I have Graves' disease, eyes bulging a bit", ("ENDO",), 36),
        ("Hashimoto's, my TSH is all over the place", ("ENDO",), 41),
        ("newly diagnosed T2DM, need to learn about diet", ("ENDO",), 52),
        ("prediabetes on my blood test, what now", ("ENDO",), 45),
        ("Cushing's syndrome was found, what's next", ("ENDO",), 39),
    ],
    "rheumatology": [
        ("類風濕性關節炎，手指關節又腫了", ("RHEUM",), 50),
        ("僵直性脊椎炎，早上背很僵", ("RHEUM",), 28),
        ("乾燥綜合症，眼乾口乾", ("RHEUM",), 46),
        ("痛风性关节炎又犯了，想开点药", ("RHEUM", "ENDO"), 45),
        ("反应性关节炎，膝盖肿", ("RHEUM", "ORTHO"), 30),
        ("成人斯蒂尔病，反复发烧起皮疹", ("RHEUM", "FEVER"), 35),
        ("结缔组织病，抗核抗体阳性", ("RHEUM",), 40),
        ("抗磷脂综合征，想备孕", ("RHEUM", "HEME", "OB", "REPRO"), 31),
        ("大动脉炎，两边血压不一样", ("RHEUM",), 27),
        ("风湿性多肌痛，肩膀僵硬", ("RHEUM",), 68),
        ("I was diagnosed with RA last year, joints are worse", ("RHEUM",), 52),
        ("I have SLE and my rash is back", ("RHEUM",), 29),
        ("Sjogren's, my mouth is so dry", ("RHEUM",), 55),
        ("psoriatic arthritis, fingers swollen", ("RHEUM", "DERM"), 44),
        ("scleroderma, fingers going white", ("RHEUM", "DERM"), 47),
        ("polymyalgia rheumatica, steroids being reduced", ("RHEUM",), 72),
        ("Behcet's disease, mouth ulcers again", ("RHEUM", "DENT"), 33),
    ],
    "allergy": [
        ("成日出風癩，想睇下", ("ALLERGY", "DERM"), 30),
        ("我對海鮮敏感，想驗下", ("ALLERGY",), 35),
        ("我食物敏感，想檢查一下", ("ALLERGY",), 28),
        ("我藥物敏感，想問下有咩要注意", ("ALLERGY",), 45),
        ("我对青霉素敏感，想做个检查", ("ALLERGY",), 40),
        ("牛奶蛋白过敏，想查一下还有没有", ("ALLERGY",), 25),
        ("chronic urticaria for months, antihistamines not enough", ("ALLERGY", "DERM"), 36),
        ("I get angioedema every few months, want to find the cause", ("ALLERGY", "DERM"), 42),
    ],
    "conditions of old age": [
        ("老人家衰弱综合征，想全面评估", ("GERI",), 85),
        ("医生说我妈有肌少症，吃什么补", ("GERI",), 80),
        ("老爸多重用药，十几种药，想让医生看看能不能减", ("GERI",), 83),
        ("my mum has frailty, the GP said to see a specialist", ("GERI",), 88),
        ("sarcopenia, losing muscle fast", ("GERI",), 79),
        ("polypharmacy review for my grandfather", ("GERI", "PHARM"), 86),
    ],
    "infections": [
        ("恙虫病好了，还要复查吗", ("INFECT",), 40),
        ("包虫病，肝上有囊", ("INFECT", "GI"), 45),
        ("莱姆病怎么治", ("INFECT",), 33),
        ("隐球菌感染，在吃氟康唑", ("INFECT",), 50),
        ("阿米巴痢疾，还在拉", ("INFECT", "GI"), 30),
        ("I have syphilis, need treatment", ("INFECT", "DERM"), 29),
        ("Lyme disease, joints still ache", ("INFECT",), 41),
        ("hepatitis C, want to start the new tablets", ("INFECT", "GI"), 48),
        ("infectious mononucleosis, still tired", ("INFECT",), 19),
    ],
    "cancer": [
        ("骨肉瘤化疗后复查", ("ONC", "ORTHO"), 16),
        ("软组织肉瘤术后要不要放疗", ("ONC",), 45),
        ("间皮瘤能治吗", ("ONC",), 65),
        ("胃肠间质瘤，在吃伊马替尼", ("ONC", "GI", "GS"), 58),
        ("神经内分泌肿瘤，想看肿瘤科", ("ONC",), 50),
        ("I was just told I have liver cancer", ("ONC",), 62),
        ("melanoma on my back was removed, what follow-up", ("ONC", "DERM"), 48),
        ("nasopharyngeal carcinoma, finished radiotherapy", ("ONC", "ENT"), 52),
        ("sarcoma in my leg, where do I go", ("ONC", "ORTHO"), 35),
    ],
    "psychiatry": [
        ("我是思覺失調症，想覆診", ("PSY",), 30),
        ("成年人多动症怎么办，工作老走神", ("PSY",), 28),
        ("孤独症谱系障碍的成年人可以看哪个科", ("PSY",), 22),
        ("阿斯伯格综合征，社交很困难", ("PSY",), 24),
        ("进食障碍，吃了就吐", ("PSY",), 19),
        ("疑病症，总觉得自己得了癌", ("PSY",), 40),
        ("酒精依赖，想戒", ("PSY",), 45),
        ("药物依赖，安眠药停不下来", ("PSY",), 50),
        ("边缘型人格障碍，情绪不稳", ("PSY",), 26),
        ("适应障碍，换了工作后一直很难受", ("PSY",), 31),
        ("專注力失調，成年人可以睇嗎", ("PSY",), 27),
        ("I was diagnosed with ADHD as an adult", ("PSY",), 34),
        ("panic disorder, attacks are getting more frequent", ("PSY",), 29),
        ("my brother has schizophrenia and stopped his meds", ("PSY",), 33),
        ("I'm autistic and struggling with anxiety at work", ("PSY",), 25),
        ("agoraphobia, I can't leave the house", ("PSY",), 38),
    ],
    "Chinese medicine's patterns": [
        ("中医说我心脾两虚，想调理", ("TCM",), 35),
        ("肝气郁结，老是叹气", ("TCM",), 40),
        ("心肾不交，晚上睡不着", ("TCM", "PSY"), 45),
        ("肾气不足，想吃中药", ("TCM",), 50),
        ("我寒底，手腳凍，想調理", ("TCM",), 30),
        ("脾胃不和，吃点东西就胀", ("TCM", "GI"), 38),
    ],
}
# The names' words elsewhere: the desk stays what the rest says.
LOOK_ALIKES = [
    # A thyroid nodule's change is no sarcoidosis.
    ("甲状腺结节病变，想复查B超", ("ENDO", "GS"), 45),
    # Weather, not heatiness.
    ("今天好热气温很高，头晕", ("NEURO",), 30),
    # A tooth sensitive to cold is the dentist's.
    ("牙齿对冷的敏感，喝冰水就酸", ("DENT",), 30),
    # A grave swept; "the gist"; nerves as a slur; 紧张 about an exam.
    (
        "went to sweep my grandparents' graves and now I keep sneezing",
        ("ALLERGY", "ENT", "RESP"),
        30,
    ),
    ("the gist is my stomach has hurt for a week", ("GI",), 30),
    ("考试前很紧张，睡不着", ("PSY",), 17),
    ("他这人神经病一样，老跟我吵，我气得睡不着", ("PSY",), 40),
    # A child's named condition stays the children's.
    ("孩子有多动症，想复查", ("CHILD", "PED", "PSY"), 8),
    ("女儿有矮小症，想看看", ("CHILD", "PED", "ENDO"), 9),
    # High blood pressure plainly is the heart's; anaemia plainly is blood's.
    ("我有高血压，想复查一下", ("CARD",), 60),
    ("贫血，头晕乏力", ("HEME",), 30),
    # A named allergic asthma asked about is chest medicine's.
    ("我有过敏性哮喘，想开点吸入药", ("RESP", "ALLERGY"), 30),
    ("过敏性哮喘需要做什么检查", ("RESP", "ALLERGY"), 30),
    # A relative's condition as background, today's complaint another desk's.
    ("我妈有类风湿，我今天是来看牙的，牙龈出血", ("DENT",), 35),
    ("我爸有帕金森，我今天是手臂起了很痒的疹子", ("DERM", "ALLERGY"), 40),
]
# Red flags beside the named conditions: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("肾性高血压，今天量血压210/120，头痛得厉害", 55),
    ("心律不整，今天心跳200多，快晕倒了", 60),
    ("有呼吸衰竭，现在喘不上气，嘴唇发紫", 72),
    ("我有药物依赖，刚吃了一整瓶安眠药", 35),
    ("我食物敏感，吃了虾后喉咙发紧喘不上气", 30),
    ("my son has a seizure disorder and has been fitting for 10 minutes", 9),
    ("coronary heart disease, crushing chest pain and sweating for 30 minutes", 64),
    ("I have a penicillin allergy and was given amoxicillin, now my throat is closing", 40),
    ("过敏性哮喘发作，喘不过气，说不出话", 30),
    ("我有过敏性哮喘，吃了海鲜后全身起风团、头晕", 30),
    ("我有过敏性哮喘，刚打完针全身起疹子，头很晕", 30),
    ("椎基底动脉供血不足，突然天旋地转、说话不清、走路不稳", 66),
    ("切菜割到动脉了，血一直喷", 45),
    ("cut an artery, blood spurting", 30),
    ("我有紫斑症，发烧39度，身上出了很多紫斑", 10),
    ("肾小管酸中毒，今天呼吸又深又快，意识模糊", 30),
    ("老年谵妄，今天高烧40度叫不醒", 85),
    ("全血细胞减少，牙龈出血止不住，鼻血一直流", 50),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
