"""Named conditions (diagnoses) of the surgical, women's, children's and sense-organ departments
reach their desk: a concept lexicon, not sentences. Patients name their diagnosis ("确诊腰突三年",
"宝宝查出隐睾", "I was diagnosed with a meningioma"), in full, shortened, in Taiwan or Hong Kong
terms (盲腸炎, 攝護腺肥大, 媽媽手, 皮蛇, 痱滋, 梅尼爾氏症, 鼻中膈彎曲, 翼狀贅片, 害喜) or in English
with its abbreviations (PCOS, PID, BPH, TMJ, BPPV, CRPS).

The departments: GS, NSURG, ORTHO, URO, THOR, CVS, BURN, PLAST, GYN, OB, REPRO, PED, PEDSURG,
CHILD, OPH, ENT, DENT, DERM, AEST, REHAB, PAIN. 1,854 names in three rounds (1,186, 369, 299; a
name listed for two departments counted twice) were each read in two or three frames of our own
("我有X，想复查一下", "X怎么治疗", "确诊X两年了，最近加重了"; Traditional frames for Traditional
names, English ones for English; "孩子/宝宝 … X" at the age of 4 for the children's three): before,
579 names went to a desk not accepted for them in at least one frame (306 + 155 + 118; 429 of
them fell back to general advice); after, 21 (each left on purpose, below).

Taught (data only, rules.json and lexicon.json): more forms for the condition concepts of general
surgery, neurosurgery, orthopaedics, urology and andrology, gynaecology, obstetrics, fertility,
children, eyes, ENT, teeth, skin and aesthetics (a longer name also hides the shorter word of
another desk inside it: 纵隔肿瘤 is no oncology "肿瘤", 妊娠糖尿病 no endocrine "糖尿病",
小脑扁桃体下疝 no ENT "扁桃体", 盆底肌松弛 no aesthetic "松弛"); new concepts, each with its
"常见病名" rule: `condition_thor`, `condition_cvs`, `condition_burn` (pressure sores too),
`condition_plast` (a child's goes to paediatric surgery), `condition_pedsurg` (conditions only
children have, up to 17), `condition_pedsurg_shared` (general surgery for an adult, paediatric
surgery for a child: 脐疝, 腹股沟斜疝, 幽门狭窄, 甲状舌管囊肿 …), `condition_child` (growth and
development, up to 17), `condition_rehab`, `condition_pain`. The scrotum's conditions in English
(hydrocele, varicocele …) moved to andrology, whose child's desk is paediatric surgery.
A child's named eye or ENT condition stays at that desk (as the eyes' and ENT's own rules do;
the condition rules sent it to paediatrics); a child's named bone, joint or mouth condition stays
with paediatrics (the case files expect it: sending the bones' to paediatric surgery, as
orthopaedics' own rules do, made a real question worse). Weights: each new rule as strong as its
department's own rule (vessels 20, pain 18, chest 15, plastic surgery 15), childhood surgery 25
(up to 17), growth 17 (up to 17: a name told with "宝宝" outweighs paediatrics' two words),
burns 15, rehabilitation 15, the shared surgery 15; neurosurgery's 8 -> 10. A name said of a
relative or with today's other complaint is weighed as any name is (no step changed). The English
"brain tumour", which the medical helper put under oncology, goes to oncology; accepted.

Left on purpose: 痈 and 瘜肉 (a single character; a polyp of no named organ), 菜花 (cauliflower),
BV, AAA, ADD, ASD and a bare "prolapse" (too ambiguous), 造瘘 (the bladder's, the stomach's or a
dialysis fistula), 口吃 (a child's or an adult's desk), a bare 早產 (often said of the baby);
抽神經 (Taiwan's root canal, a twitching nerve elsewhere); 热性惊厥, 失语症, 半身不遂, 言语障碍,
构音障碍, 平衡障碍, 步态异常, 电击伤 (signs of a stroke or an injury: the red flags' teacher's,
never weakened here). Forms that would fire inside other words were left out or narrowed: 多指 (请多指教), 并指 (并指出), 妈妈手 alone (妈妈手机), 水脑 (冰水脑袋), 老视
(老视频), "kawasaki" alone (the motorbike).

The held-out hand-written files (score_held.py -q), on the same tree with and without these
changes: 507 of 540 top-1, 174 of 180 emergencies, 4 of 360 false, both; the real sample three
185 -> 186 of 215, top-3 201 -> 202. Every case file's top against the tree without them: 1
better, none worse (12 tops moved between accepted desks, mostly a child's named ear or eye
condition now at ENT or eyes, not paediatrics).

A narrow exception beside them: a ureteral, biliary, oesophageal or aortic stent (输尿管支架, 双J管,
腹主动脉瘤支架 …) is no heart stent for cardiology's two "after a stent" rules.
"""

from tests.triage.taught_batches import desk_tests

# Each department's named conditions: (text, the departments accepted[, age]).
DESKS = {
    "GS: general surgery": [
        ("台湾说的盲腸炎开过刀，伤口一直痒", ("GS",), 30),
        ("我老公有小腸氣好多年，想問可唔可以做手術", ("GS",), 50),
        ("确诊胆管结石半年，吃药没好转", ("GS", "GI"), 52),
        ("腿上蜂窝织炎，红肿一片，吃了抗生素还没消", ("GS", "DERM"), 45),
        ("醫生說是蜂窩性組織炎，要怎麼照顧", ("GS", "DERM"), 60),
        ("尾骨那里藏毛窦反复流脓", ("GS",), 24),
        ("腳趾凍甲好痛，想拔甲", ("GS",), 28),
        ("I have an anal fistula, it keeps leaking", ("GS",), 40),
        ("my GP thinks the breast lump is a fibroadenoma", ("GS",), 26),
        ("I think I have cellulitis on my shin, red and warm", ("GS", "DERM"), 55),
        ("had gallstones last year, want to discuss surgery", ("GS",), 48),
        ("我有脐疝，想复查一下", ("GS",), 45),
        ("结肠造口术后，造口旁疝鼓起来了", ("GS",), 66),
        ("乳腺B超BI-RADS 4a类，要穿刺吗", ("GS",), 43),
    ],
    "NSURG: neurosurgery": [
        ("体检发现听神经瘤，一边耳朵听不清", ("NSURG", "ENT"), 46),
        ("去年查出蛛网膜囊肿，要不要手术", ("NSURG",), 30),
        ("核磁说小脑扁桃体下疝畸形，脖子后面痛", ("NSURG",), 28),
        ("脑血管畸形做过介入，想复查", ("NSURG",), 35),
        ("垂体腺瘤术后半年，想复查核磁", ("NSURG", "ENDO"), 44),
        ("小時候裝了腦室腹腔分流，最近想檢查分流管", ("NSURG",), 20),
        ("颅咽管瘤手术后要怎么随访", ("NSURG",), 33),
        ("I have a meningioma, they want to watch it", ("NSURG",), 58),
        ("松果体瘤术后想复查核磁", ("NSURG",), 19),
        ("diagnosed with a glioma last year, follow-up scan due", ("NSURG",), 41),
        ("I was told I have a Chiari malformation", ("NSURG",), 29),
    ],
    "ORTHO: orthopaedics": [
        ("颈椎间盘突出，右手有点麻，想复查", ("ORTHO",), 42),
        ("右手扳机指，早上手指卡住伸不直", ("ORTHO",), 55),
        ("得了妈妈手，抱孩子手腕就痛", ("ORTHO",), 32),
        ("醫師說我是板機指，要打針嗎", ("ORTHO",), 58),
        ("膝盖内侧鹅足腱炎，跑步就疼", ("ORTHO",), 35),
        ("孩子O型腿，要不要矫正", ("ORTHO", "CHILD", "PEDSURG", "PED"), 5),
        ("骨折半年骨不连，医生说要再做手术", ("ORTHO",), 40),
        ("閃到腰又長骨刺，坐骨神經痛", ("ORTHO", "PAIN"), 50),
        ("I have carpal tunnel in both hands", ("ORTHO", "NEURO"), 50),
        ("plantar fasciitis for months, heel is killing me in the morning", ("ORTHO",), 44),
        ("tore my ACL skiing, what now", ("ORTHO",), 27),
        ("跑步膝又痛了，下楼梯更明显", ("ORTHO",), 33),
        ("隻手彈弓手，手指屈埋伸唔返", ("ORTHO",), 56),
        ("驼背越来越明显，想矫正", ("ORTHO", "REHAB"), 16),
        ("shin splints from training for a marathon", ("ORTHO",), 29),
        ("my mum has osteoarthritis of the knees", ("ORTHO",), 70),
    ],
    "URO: urology and andrology": [
        ("體檢報告說PSA偏高，要不要做切片", ("URO",), 62),
        ("攝護腺肥大，晚上起來尿好幾次", ("URO",), 68),
        ("頻尿很久了，一直想上廁所", ("URO",), 45),
        ("体检说肾错构瘤，要不要处理", ("URO",), 40),
        ("I was told I have BPH, the flow is weak", ("URO",), 66),
        ("chronic prostatitis, back again", ("URO",), 38),
        ("摸到附睾囊肿，要不要切", ("URO",), 40),
        ("碎石后放了双J管，什么时候拔", ("URO",), 45),
        ("我有输尿管支架，想复查一下", ("URO",), 50),
        ("varicocele on the left, should I get it fixed", ("URO",), 26),
        ("确诊尿道下裂，成年了想再修复", ("URO",), 22),
    ],
    "THOR: chest surgery": [
        ("CT发现纵隔肿瘤，要开刀吗", ("THOR",), 50),
        ("體檢發現毛玻璃結節，要不要切", ("THOR", "RESP"), 48),
        ("确诊贲门失弛缓症，吃东西咽不下去", ("THOR", "GI"), 36),
        ("食管平滑肌瘤，医生建议手术", ("THOR",), 47),
        ("肺隔离症要不要手术切除", ("THOR",), 30),
        ("做完肺叶切除术后一个月，伤口还痛", ("THOR",), 60),
        ("I have a pulmonary nodule on my CT", ("THOR", "RESP"), 60),
        ("diagnosed with a thymoma, surgery soon", ("THOR",), 52),
        ("my teenager has pectus excavatum, can it be repaired", ("THOR", "PEDSURG"), 15),
    ],
    "CVS: heart and great-vessel surgery": [
        ("主动脉夹层术后一年，想复查CT", ("CVS",), 58),
        ("去年主動脈剝離開過刀，想回診", ("CVS",), 60),
        ("孩子室间隔缺损，医生说要手术", ("CVS", "CARD", "PED"), 3),
        ("颈动脉狭窄百分之七十，要不要放支架", ("CVS", "NEURO"), 68),
        ("下肢动脉硬化闭塞症，走路腿疼", ("CVS",), 72),
        ("心脏黏液瘤，医生建议切除", ("CVS",), 50),
        ("马方综合征，主动脉根部增宽", ("CVS", "CARD"), 25),
        ("PFO closure was done last year, follow-up", ("CVS", "CARD"), 45),
        ("I have peripheral artery disease in my legs", ("CVS",), 70),
        ("they found aortic stenosis, need valve surgery?", ("CVS", "CARD"), 75),
    ],
    "BURN: burns and chronic wounds": [
        ("老人卧床长了压疮，好久不愈合", ("BURN", "GS", "DERM", "GERI"), 85),
        ("我爸屁股上的褥瘡越來越大", ("BURN", "GS", "DERM", "GERI"), 80),
        ("my grandma has a pressure sore on her heel", ("BURN", "GS", "DERM", "GERI"), 88),
        ("去年二度烫伤留了疤，想处理", ("BURN", "PLAST"), 30),
    ],
    "PLAST: plastic surgery": [
        ("我是多指畸形，想做手术去掉", ("PLAST", "ORTHO"), 25),
        ("宝宝并指畸形，几岁做手术好", ("PEDSURG", "PLAST"), 1),
        ("以前车祸面部皮肤缺损，想修复", ("PLAST",), 35),
        ("鼻子外伤后歪鼻，想矫正", ("PLAST", "ENT"), 30),
        ("my son has bat ears and gets teased", ("PLAST", "PEDSURG"), 8),
        ("need a skin graft after the accident", ("PLAST", "BURN"), 40),
    ],
    "GYN: gynaecology": [
        ("确诊内异症，痛经越来越重", ("GYN",), 30),
        ("宫颈活检CIN2，要做锥切吗", ("GYN",), 35),
        ("前庭大腺囊肿又肿起来了", ("GYN",), 28),
        ("巴氏腺囊腫反覆發作", ("GYN",), 32),
        ("醫生說是宮頸癌前病變，要怎麼辦", ("GYN",), 40),
        ("經前症候群很嚴重，每個月都很煩躁", ("GYN", "PSY"), 27),
        ("I was diagnosed with endometriosis, the pain is bad", ("GYN",), 29),
        ("I have PCOS and irregular periods", ("GYN", "ENDO", "REPRO"), 24),
        ("treated for PID last year, pain again", ("GYN",), 26),
        ("abnormal smear result, what next", ("GYN",), 33),
        ("B超说宫颈纳囊，要治疗吗", ("GYN",), 36),
        ("TCT结果是ASCUS，要做阴道镜吗", ("GYN",), 34),
        ("醫生話我有朱古力瘤", ("GYN",), 33),
    ],
    "OB: pregnancy": [
        ("怀孕26周，查出妊娠期糖尿病", ("OB",), 31),
        ("孕检说妊娠高血压，要注意什么", ("OB",), 34),
        ("懷孕害喜很嚴重，吃不下", ("OB",), 29),
        ("32周还是臀位，能转过来吗", ("OB",), 30),
        ("上一胎剖宫产，现在是瘢痕子宫又怀上了", ("OB",), 33),
        ("双胎妊娠，想问产检安排", ("OB",), 30),
        ("孕中期查出妊娠期肝内胆汁淤积，手脚痒", ("OB",), 29),
        ("I have gestational diabetes, 28 weeks", ("OB",), 32),
        ("scan says placenta previa at 20 weeks", ("OB",), 30),
        ("四维彩超说脉络丛囊肿，要紧吗", ("OB",), 27),
        ("孕24周B超说宫颈管短", ("OB",), 31),
        ("baby is breech at 35 weeks", ("OB",), 31),
    ],
    "REPRO: fertility": [
        ("医生说卵巢储备功能下降，还能怀吗", ("REPRO",), 38),
        ("老公精蟲數量少，想做人工受孕", ("REPRO",), 34),
        ("we are thinking about IUI", ("REPRO",), 33),
        ("移植了三次都着床失败", ("REPRO",), 36),
        ("取卵后医生说有卵巢过度刺激，想复查", ("REPRO",), 32),
        ("husband has azoospermia, any options", ("REPRO",), 35),
        ("HSG showed blocked fallopian tubes", ("REPRO", "GYN"), 31),
    ],
    "PED: children's illnesses": [
        ("孩子得过川崎病，想复查心脏彩超", ("PED",), 4),
        ("小朋友生长痛，晚上腿痛", ("PED", "ORTHO", "CHILD", "PEDSURG"), 6),
        ("宝宝出玫瑰疹了", ("PED",), 1),
        ("細路哥哮吼，聲音好沙", ("PED",), 2),
        ("孩子查出肠系膜淋巴结炎，肚子时不时痛", ("PED",), 6),
        ("宝宝疱疹性口炎，嘴里好多溃疡不肯吃", ("PED", "DENT"), 2),
        ("my toddler has hand foot and mouth", ("PED",), 2),
        ("my daughter had roseola last week, rash now", ("PED", "DERM"), 1),
        ("he was diagnosed with bronchiolitis", ("PED",), 1),
        ("RSV positive, 18 months, cough", ("PED",), 1),
    ],
    "PEDSURG: paediatric surgery": [
        ("宝宝腹股沟斜疝，医生说要手术", ("PEDSURG",), 1),
        ("宝宝脐疝怎么办", ("PEDSURG",), 1),
        ("孩子幽门狭窄，吃完就喷射性呕吐", ("PEDSURG",), 0),
        ("宝宝诊断胆道闭锁，要做葛西手术", ("PEDSURG",), 0),
        ("孩子脖子上甲状舌管囊肿", ("PEDSURG",), 5),
        ("小朋友陰囊水腫，要開刀嗎", ("PEDSURG",), 3),
        ("宝宝先天性巨结肠，便秘很严重", ("PEDSURG",), 1),
        ("孩子髋关节发育不良，要戴支具吗", ("PEDSURG", "ORTHO"), 1),
        ("my boy has a hydrocele", ("PEDSURG",), 2),
        ("baby was diagnosed with pyloric stenosis", ("PEDSURG",), 0),
        ("my son was born with hypospadias", ("PEDSURG",), 1),
    ],
    "CHILD: growth and development": [
        ("女儿7岁乳房发育，怀疑性早熟", ("CHILD", "ENDO"), 7),
        ("儿子感统失调，上课坐不住", ("CHILD",), 6),
        ("孩子語言遲緩，三歲還不太講話", ("CHILD",), 3),
        ("醫生說是發展遲緩，要去哪裡評估", ("CHILD",), 2),
        ("宝宝体重不增，奶量也还行", ("CHILD", "PED"), 0),
        ("個仔專注力不足，上堂坐唔定", ("CHILD", "PSY"), 8),
        ("孩子矮小症，想打生长激素", ("CHILD", "ENDO"), 8),
        ("孩子阅读障碍，认字总是颠倒", ("CHILD", "PSY"), 8),
        ("speech delay, 2 and a half and only a few words", ("CHILD",), 2),
        ("worried about precocious puberty in my 7 year old", ("CHILD", "ENDO"), 7),
    ],
    "OPH: eyes": [
        ("糖尿病视网膜病变，想复查眼底", ("OPH",), 60),
        ("眼睛长了翼状胬肉，要割吗", ("OPH",), 55),
        ("眼角長翼狀贅片", ("OPH",), 60),
        ("睑板腺功能障碍，眼睛干", ("OPH",), 40),
        ("老花眼要配什么眼镜", ("OPH",), 50),
        ("小朋友睫毛倒插，成日揉眼", ("OPH",), 5),
        ("I have a chalazion on my upper lid", ("OPH",), 30),
        ("macular degeneration, vision getting worse", ("OPH",), 75),
        ("my kid has strabismus", ("OPH",), 4),
        ("I was diagnosed with uveitis", ("OPH",), 35),
        ("揉眼睛后结膜下出血，眼白一片红", ("OPH",), 50),
        ("subconjunctival haemorrhage after rubbing, eye is red but fine", ("OPH",), 40),
    ],
    "ENT: ear, nose and throat": [
        ("突聋治疗后想复查听力", ("ENT",), 40),
        ("医生说我是鼾症，晚上憋气", ("ENT",), 45),
        ("中耳胆脂瘤要手术吗", ("ENT",), 30),
        ("腮腺混合瘤，要开刀", ("ENT",), 48),
        ("梅尼爾氏症又發作", ("ENT",), 50),
        ("鼻中膈彎曲，長期鼻塞", ("ENT",), 35),
        ("我有耳水不平衡，成日頭暈", ("ENT", "NEURO"), 55),
        ("I have BPPV again", ("ENT",), 60),
        ("deviated septum, want surgery", ("ENT",), 30),
        ("nasal polyps came back", ("ENT",), 45),
        ("扁桃腺結石一直掉出來", ("ENT",), 30),
        ("打篮球鼻骨骨折，鼻子歪了", ("ENT",), 20),
        ("a kid with grommets, ear discharge now", ("ENT",), 4),
        ("eustachian tube dysfunction since my flight", ("ENT",), 35),
    ],
    "DENT: teeth and mouth": [
        ("牙齿根尖周炎，要做根管吗", ("DENT",), 40),
        ("拔牙后干槽症，好痛", ("DENT",), 25),
        ("牙本质过敏，喝冷水就酸", ("DENT",), 35),
        ("牙齿楔状缺损要补吗", ("DENT",), 55),
        ("成日生痱滋，點算好", ("DENT",), 30),
        ("戽斗很明顯，想矯正咬合", ("DENT",), 22),
        ("顳顎關節症候群，張嘴會響", ("DENT",), 28),
        ("口腔扁平苔藓，嘴里白色条纹", ("DENT",), 50),
        ("I have gingivitis, gums bleed", ("DENT",), 30),
        ("TMJ pain when chewing", ("DENT",), 33),
        ("下颌含牙囊肿要手术吗", ("DENT",), 26),
        ("got a dry socket after wisdom tooth removal", ("DENT",), 24),
    ],
    "DERM: skin": [
        ("背上汗斑，夏天更明显", ("DERM",), 25),
        ("确诊扁平苔藓，皮肤痒", ("DERM",), 45),
        ("玫瑰糠疹会传染吗", ("DERM",), 22),
        ("吃药后出药疹", ("DERM",), 40),
        ("腋下化脓性汗腺炎反复发作", ("DERM",), 28),
        ("长了皮蛇，好痛", ("DERM",), 60),
        ("富貴手又發作，手很乾裂", ("DERM",), 35),
        ("臉上肝斑越來越多", ("DERM", "AEST"), 40),
        ("灰甲要怎麼治", ("DERM",), 50),
        ("I have scabies, itching all night", ("DERM",), 20),
        ("alopecia areata, bald patches", ("DERM",), 30),
        ("folliculitis on my legs after shaving", ("DERM",), 25),
        ("小朋友面上有虫斑，白白一块块", ("DERM", "PED"), 6),
        ("prickly heat all over my back", ("DERM",), 30),
    ],
    "AEST: aesthetics": [
        ("想去掉双下巴", ("AEST",), 30),
        ("泪沟很深，想填充", ("AEST",), 35),
        ("塌鼻子想垫高", ("AEST", "PLAST"), 25),
        ("生完孩子妊娠纹很多，能淡化吗", ("AEST", "DERM"), 30),
        ("想打皮秒去斑", ("AEST",), 35),
        ("手臂蝴蝶袖好明顯", ("AEST",), 40),
        ("stretch marks on my thighs", ("AEST", "DERM"), 22),
        ("want something for crow's feet", ("AEST",), 45),
        ("颈纹很深，想做淡化", ("AEST",), 42),
        ("想做超声刀紧致", ("AEST",), 40),
        ("咬肌肥大，想瘦脸", ("AEST",), 28),
    ],
    "REHAB: rehabilitation": [
        ("车祸后截瘫两年，想做康复", ("REHAB",), 40),
        ("脊髓损伤以后想评估还能恢复多少", ("REHAB", "NSURG", "ORTHO"), 35),
        ("产后盆底肌松弛，咳嗽漏尿", ("REHAB", "GYN", "URO"), 32),
        ("中风后肩手综合征，手肿痛", ("REHAB",), 70),
        ("想帶小孩做語言治療", ("REHAB", "CHILD"), 4),
        ("my husband has a spinal cord injury, looking for rehab", ("REHAB",), 45),
        ("my son has cerebral palsy, he needs therapy", ("REHAB", "NEURO", "PED", "CHILD"), 6),
    ],
    "PAIN: chronic pain": [
        ("截肢后幻肢痛，晚上睡不着", ("PAIN",), 60),
        ("复杂性区域疼痛综合征，手碰一下就痛", ("PAIN",), 45),
        ("肌筋膜疼痛综合征，肩背一直痛", ("PAIN", "ORTHO", "REHAB"), 38),
        ("I have CRPS in my foot", ("PAIN",), 40),
        ("确诊灼口综合征，舌头火辣辣地痛", ("PAIN", "DENT"), 55),
        ("phantom limb pain since the amputation", ("PAIN",), 62),
        ("neuropathic pain in my feet for years", ("PAIN", "NEURO"), 58),
    ],
}

# Look-alikes: the words inside other words, or a name said of someone else or denied, keep
# their own desk.
LOOK_ALIKES = [
    ("请多指教，我最近胃胀", ("GI",), 35),
    ("医生并指出我有胃炎", ("GI",), 35),
    ("我妈妈手上起了很多红疹，很痒", ("DERM",), 60),
    ("喝了冰水脑袋疼", ("NEURO",), 30),
    ("I crashed my kawasaki and my knee is swollen", ("ORTHO",), 30),
    ("看老视频的时候耳朵嗡嗡响", ("ENT",), 30),
    ("我妈得过带状疱疹，现在我想看湿疹", ("DERM",), 30),
    ("我没有妊娠糖尿病，就是想问孕检", ("OB",), 30),
    ("my mum had rotavirus last week, I have a rash", ("DERM",), 30),
    ("我有脐疝，想复查一下", ("GS",), 45),
    ("I have cellulite on my thighs", ("AEST",), 30),
]
# Red flags beside the names: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("突然胸背撕裂样痛，怀疑主动脉夹层", 60),
    ("刚摔倒撞到头，CT说硬膜外血肿，现在很困想睡", 40),
    ("怀孕35周，胎膜早破，现在一直流水", 30),
    ("怀孕32周，子痫前期，现在头很痛眼睛看不清", 30),
    ("突然吞咽障碍，说话不清，一边手没力", 70),
    ("刚从高处摔下来，腿动不了，怕截瘫", 40),
    ("我儿子肠套叠，又吐又哭，拉果酱样大便", 1),
    ("脑动脉瘤破了，突然剧烈头痛", 55),
    ("吃海鲜后全身荨麻疹，嘴唇肿，喘不上气", 30),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
