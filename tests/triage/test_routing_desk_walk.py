"""The desk walk: every clinical department walked in the words visitors use, not file by file.

On blind hand-written files the engine's first runs stood near 91 % top-1, most misses a desk said
in words the lexicon lacked. So for each clinical department (the service points and the
diagnostic desks aside) we wrote complaints of our own a triage nurse would send there first:
Mainland colloquial and dialect words, Taiwan's and Hong Kong's Traditional (Cantonese written
colloquially), English from natives and learners with their typos; the common conditions and the
unusual-but-real ones (a stye, floaters, tinnitus, a heel spur, a frozen shoulder, piles, a
wisdom tooth, a bunion, Raynaud's, restless legs, a sebaceous cyst, an undescended testicle, a
pulled elbow, sweaty palms); and body parts and feelings named the lay way (眼眶子, 磕膝盖,
后脑勺, 脚脖子, 心口窝, 腿肚子, 肋巴骨; 麻酥酥, 火辣辣, 胀鼓鼓, 一跳一跳, 发木).

First run (commit c20d70b, migration 0057): 329 desk wordings, 287 right, 42 missed; two of
the misses were false emergencies (a chest bone sunk in, 漏斗胸, read as a child's breathing
drawing the chest in; a man of ninety with several illnesses who "吃一堆药" every day read as an
overdose). 33 taught, 5 decided by the hospital's rules, 4 left (below).

Taught by concept: palpitations said by their sound (突突, 扑通, 噗噗); a testicle swollen or lumpy, and
one that cannot be felt; the chest's shape (pectus); many illnesses are no overdose; a burn said
with its result (烫出, 烫起, 烫红); the anus said as 屁股眼 with a lump or blood; a bunion; fingers white or
blue in the cold; restless legs as insects crawling; half the face twitching (a rule of its own: an
eyelid alone stays the eye clinic's); one side less nimble said in Cantonese (冇咁灵活: a stroke's
sign); the house dust mite and 鼻敏感; the keloid's Hong Kong name, a contracture, an ear tag, a
breast reduction; an old bite's scar is no fresh bite; crowds and not daring to go out; bleeding
after the menopause is no labour sign; eggs frozen, iron low, a nerve block, kidney stones as
little stones, the check six weeks after a birth, a child's head tilted or eyes screwed up to see,
a sebaceous cyst named or sore, a pulled elbow, "running a temp", sweaty palms (the chest
surgeons', as the hospital's files have them).
The 16 look-alikes of the forms taught and four more wordings of the Cantonese stroke sign were
written after; all pass.

A second round brought the thinner departments (geriatrics, the surgeons of the chest, heart and
brain, allergy, pain, rehabilitation, Chinese medicine, the children's desks, prevention) to ten
wordings each: 80 more desk wordings and 6 lay emergencies, 69 of 86 right first; four false
emergencies among the misses (a face's "electric shocks of pain" when chewing read as an
electrocution and a major injury, a stroke's patient who wants to practise walking or speech
therapy read as a stroke, a baby's scrotum swollen "not painful" read as a torsion). Taught:
those four by context, choking said with 老呛, a pigeon chest, an aortic dissection's check, the
pituitary in English, the skull opened (开完脑), an allergy test asked in Cantonese and hives as
风疙瘩, fibromyalgia, a pulled elbow in Cantonese (扯咗一下), red dots (红点子) with bleeding
gums. Decided by the hospital's rules: an old man choking and thinner (the ENT rule for choking
with weight lost), nocturia at 87 (urology). Left: aching all over with no appetite in
Cantonese (the stomach desk answers), weight lost, hungry and sweating in separate clauses.

A third round said body parts and feelings the lay way (BODY_PARTS: 胳肢窝, 磕膝盖, 波棱盖儿,
后脑勺, 脚脖子, 心口窝, 腿肚子, 肋巴骨, 耳朵眼; 麻酥酥, 火辣辣, 胀鼓鼓, 一跳一跳, 发木; Hong
Kong's 膝頭哥 and 膊頭, learners' "sore throught") with 6 more lay emergencies: 33 of 42 right
first. Taught: a concept's form is found inside a longer word, so the knee's 磕 with the 头 of
馒头 was a head knock and the ear canal's 眼 an eye (said where they matter); heartburn as
心口窝火辣辣; a headache as 脑壳一跳一跳; soles that burn at night; a knee that grinds; an ankle
that pits when pressed. "Can't swallow" with a sore throat stays the throat-swelling red flag.

A fourth round in Taiwan's and Hong Kong's words and learners' English (TW_HK: 五十肩, 足底筋膜炎,
皮蛇, 鼠蹊部, 盜汗, 落髮, "hemorroids", "swolled") with 4 lay emergencies: 41 of 44 right first;
one false emergency, Taiwan's 復健 wanted after a stroke read as a stroke (taught as 康复 was:
a stroke told again, 又突然講不出話, still fires), and Hong Kong's 落髮 for hair loss. Left: night
sweats and weight lost in separate clauses (盜汗 alone is Chinese medicine's word).

Where the hospital's rules decide otherwise the wording accepts their answer: a big blister or a
burn on an arm or leg is the burns red flag (emergency, level II); "觉得活着没意思" is the
self-harm red flag; a scar to remove by laser is the plastic surgeons'. Left out of these
tables (see the README): a treatment named with "where do I register" (the registration desk
answers), a blood disorder asked about for one's child (paediatrics), cold and gaining weight in
separate clauses (a composition does not cross a clause), uric acid high with a kidney stone
(the endocrine desk's named condition wins by half a point).
"""

import pytest

from triage.routing.defaults import default_specs
from triage.routing.engine import Engine
from triage.routing.text import normalise

# Each department's wordings: (complaint, the visitor's age or sex where it matters, the
# departments a triage nurse would accept first).
DESKS = {
    "OPH": [
        ("眼皮上长了个小疙瘩，红红的一碰就疼", {}, {"OPH"}),
        ("眼眶子这两天老是酸胀，看手机久了就流泪", {}, {"OPH"}),
        ("最近眼前老有小黑点飘来飘去的", {"age": 50}, {"OPH"}),
        ("看远处的字模模糊糊的，想配副眼镜", {}, {"OPH"}),
        ("眼睛里头发痒，老想揉，眼屎也多", {}, {"OPH"}),
        ("眼皮下面起咗粒嘢，又红又痛", {}, {"OPH"}),
        ("我眼睛好乾澀，下午就睜不太開", {}, {"OPH"}),
        ("My eye has a red bump on the lid, like a stye", {}, {"OPH"}),
        ("seeing little floaty specks in my vison lately", {}, {"OPH"}),
        ("娃看电视老是歪着脑袋眯眼", {"age": 5}, {"OPH"}),
        ("我爸看东西像隔了层雾，怕是白内障", {"age": 70}, {"OPH"}),
        ("My eyes feel gritty and burn after screens all day", {}, {"OPH"}),
    ],
    "ENT": [
        ("耳朵里头嗡嗡响，晚上更明显", {}, {"ENT"}),
        ("耳朵里一跳一跳地响，像有心跳声", {}, {"ENT"}),
        ("鼻子老是不通气，流黄鼻涕，脑门子胀", {}, {"ENT"}),
        ("嗓子眼像卡了个东西，咽不下去吐不出来", {}, {"ENT", "GI"}),
        ("声音哑了一个多礼拜了，说话费劲", {}, {"ENT"}),
        ("打鼾打得好大声，老婆说我半夜会停住呼吸", {}, {"ENT", "RESP"}),
        ("耳仔好痕，仲有啲水流出嚟", {}, {"ENT"}),
        ("喉嚨卡卡的，一直想清喉嚨", {}, {"ENT"}),
        ("my ears keep ringing since the concert last week", {}, {"ENT"}),
        ("blocked nose and sinus presure behind my cheeks for weeks", {}, {"ENT"}),
        ("一到春天就打喷嚏流清鼻涕，鼻子痒", {}, {"ALLERGY", "ENT"}),
        ("耳朵背了，别人说话听不清", {"age": 68}, {"ENT"}),
    ],
    "DENT": [
        ("后槽牙那块牙龈肿了，一咬东西就疼", {}, {"DENT"}),
        ("长智齿了，腮帮子都肿起来了", {}, {"DENT"}),
        ("刷牙老出血，嘴里有味儿", {}, {"DENT"}),
        ("牙齿一喝冷水就酸得不行", {}, {"DENT"}),
        ("大牙有个洞，塞东西", {}, {"DENT"}),
        ("隻牙痛到成邊面都腫", {}, {"DENT"}),
        ("我想洗牙，順便檢查蛀牙", {}, {"DENT"}),
        ("my wisdom tooth is coming in and my gum is sore", {}, {"DENT"}),
        ("chipped my front tooth on a bone", {}, {"DENT"}),
        ("孩子换牙，新牙长歪了", {"age": 8}, {"DENT"}),
        ("嘴里长了个白色的溃疡，吃东西辣得疼", {}, {"DENT", "ENT"}),
        ("假牙戴着磨得牙床疼", {"age": 72}, {"DENT"}),
    ],
    "DERM": [
        ("身上起了一片红疹子，痒得钻心", {}, {"ALLERGY", "DERM"}),
        ("脚丫子缝里又痒又烂，脱皮", {}, {"DERM"}),
        ("头皮屑特别多，头发一把一把地掉", {}, {"DERM"}),
        ("脸上痘痘一直冒，好多脓包", {}, {"DERM"}),
        ("腰上长了一串小水泡，火辣辣地疼", {}, {"DERM", "PAIN"}),
        ("手上长了个瘊子，越长越大", {}, {"DERM"}),
        ("皮膚好痕，抓到損晒", {}, {"DERM"}),
        ("手指甲變黃變厚，好似灰甲", {}, {"DERM"}),
        ("itchy rash on my elbows with silvery flakes", {}, {"DERM", "RHEUM"}),
        ("i have a mole that changed shape and gets darker", {}, {"DERM", "ONC"}),
        ("胳肢窝底下长了几个红疙瘩，痒", {}, {"DERM"}),
        ("风团一块一块的，起了又消", {}, {"ALLERGY", "DERM"}),
    ],
    "AEST": [
        ("想打个瘦脸针，咨询一下", {}, {"AEST"}),
        ("脸上有斑，想做激光祛斑", {}, {"AEST", "DERM"}),
        ("想去除腋毛，激光脱毛", {}, {"AEST"}),
        ("想打玻尿酸填填法令纹", {}, {"AEST"}),
        ("我想做水光針，皮膚乾", {}, {"AEST"}),
        ("I'd like botox for my forehead lines", {}, {"AEST"}),
        ("want to get rid of old acne scars with laser", {}, {"AEST", "DERM", "PLAST"}),
        ("想洗掉手臂上的纹身", {}, {"AEST", "DERM"}),
        ("嘴角的皱纹想打针填一下", {}, {"AEST"}),
    ],
    "PLAST": [
        ("小时候烫伤的疤挛缩了，手指伸不直", {}, {"BURN", "PLAST"}),
        ("剖腹产的疤长得凸起来，又痒又红", {}, {"DERM", "PLAST"}),
        ("孩子是兔唇，想问什么时候能做手术", {"age": 1}, {"PEDSURG", "PLAST"}),
        ("耳朵天生有一块小肉，想切掉", {"age": 6}, {"PEDSURG", "PLAST"}),
        ("想做隆鼻，鼻梁太低", {}, {"AEST", "PLAST"}),
        ("蟹足腫愈來愈大，想整走", {}, {"DERM", "PLAST"}),
        ("I want my breasts reduced, they're too heavy and my back aches", {}, {"GS", "PLAST"}),
        ("keloid scar on my chest keeps growing", {}, {"DERM", "PLAST"}),
        ("脸上被狗咬的疤想修一修", {}, {"PLAST"}),
        ("眼皮耷拉下来挡眼睛了，想提一提", {"age": 66}, {"AEST", "OPH", "PLAST"}),
    ],
    "BURN": [
        ("被开水烫了手背，起了大水泡", {}, {"BURN", "ER"}),
        ("炒菜油溅到胳膊上，火辣辣的起泡", {}, {"BURN", "ER"}),
        ("热水袋捂着睡觉，腿上烫出一块白的", {}, {"BURN"}),
        ("孩子碰翻热汤，脚背烫红了起泡", {"age": 3}, {"BURN", "PED", "PEDSURG"}),
        ("排氣管燙到小腿，起咗個大水泡", {}, {"BURN", "ER"}),
        ("手俾熱油濺到，好痛紅晒", {}, {"BURN"}),
        ("burnt my hand on the oven tray, big blister", {}, {"BURN"}),
        ("scalded my forearm with boiling water from the kettle", {}, {"BURN"}),
        ("晒伤了，背上脱皮起泡", {}, {"BURN", "DERM"}),
        ("烫伤的地方结痂了，现在流黄水", {}, {"BURN"}),
    ],
    "PSY": [
        ("这半年老是睡不着，心里发慌，啥也不想干", {}, {"PSY"}),
        ("整天提不起劲，觉得活着没意思", {}, {"ER", "PSY"}),
        ("一到人多的地方就心慌手抖，不敢出门", {}, {"PSY"}),
        ("老是反复洗手，控制不住", {}, {"PSY"}),
        ("心情好差，成日想喊", {}, {"PSY"}),
        ("我壓力好大，晚晚瞓唔著", {}, {"PSY"}),
        ("I've been feeling really down and anxious for months", {}, {"PSY"}),
        ("panic attacks on the subway, heart races and I feel I must get out", {}, {"PSY"}),
        ("孩子上课坐不住，老师说是多动症", {"age": 8}, {"CHILD", "PED", "PSY"}),
        ("我妈老怀疑有人偷她东西，还说听到有人说她坏话", {"age": 55}, {"NEURO", "PSY"}),
        ("产后老是想哭，看着孩子心烦", {}, {"OB", "PSY"}),
        ("脑子里老有些念头停不下来，心烦意乱", {}, {"PSY"}),
    ],
    "GYN": [
        ("月经推迟了两个月，也没怀孕", {}, {"ENDO", "GYN"}),
        ("大姨妈来的时候肚子疼得打滚", {}, {"GYN"}),
        ("白带发黄有味儿，下面痒", {}, {"GYN"}),
        ("乳房摸到一个疙瘩，不疼", {}, {"GS", "GYN", "ONC"}),
        ("同房后有点出血", {}, {"GYN"}),
        ("月經好多，仲有血塊", {}, {"GYN"}),
        ("我想做子宮頸抹片", {}, {"GYN", "PREV"}),
        ("my period's been irregular for half a year", {}, {"GYN"}),
        ("itchy down there with thick white discharge", {}, {"GYN"}),
        ("停经三年了又见红", {"age": 56}, {"GYN"}),
        ("小肚子坠胀，体检说有子宫肌瘤", {}, {"GYN"}),
        ("想上环，问问挂哪个科", {}, {"GYN", "REPRO"}),
    ],
    "OB": [
        ("怀孕二十周了，来做产检", {}, {"OB"}),
        ("验孕棒两条杠，想建档", {}, {"OB"}),
        ("怀孕七个月，脚肿得厉害", {}, {"OB"}),
        ("我有咗三個月，想做唐氏篩查", {}, {"OB"}),
        ("懷孕廿八週，要做糖水測試", {}, {"OB"}),
        ("I'm 12 weeks pregnant and need my first scan", {}, {"OB"}),
        ("pregnant, 30 weeks, baby seems to move less than usual today", {}, {"ER", "OB"}),
        ("孕早期，想问问叶酸吃多少", {}, {"OB"}),
        ("怀孕了，晚上腿肚子抽筋", {}, {"OB"}),
        ("生完孩子四十二天，来复查", {}, {"GYN", "OB"}),
    ],
    "REPRO": [
        ("结婚三年了一直怀不上", {}, {"GYN", "REPRO"}),
        ("想做试管婴儿，先挂哪个科", {}, {"REPRO"}),
        ("老公精子活力低，想看看", {}, {"REPRO", "URO"}),
        ("想查下排卵，准备要孩子", {}, {"GYN", "REPRO"}),
        ("我哋想要BB但一直冇", {}, {"GYN", "REPRO"}),
        ("we've been trying for a baby for two years with no luck", {}, {"GYN", "REPRO"}),
        ("I want to freeze my eggs", {}, {"REPRO"}),
        ("输卵管堵了，医生让做造影", {}, {"GYN", "REPRO"}),
        ("老公精液检查说精子少", {}, {"REPRO", "URO"}),
        ("流产两次了，想查查原因", {"sex": "F"}, {"GYN", "REPRO"}),
    ],
    "URO": [
        ("尿尿的时候火辣辣的，老想上厕所", {}, {"GYN", "NEPH", "URO"}),
        ("腰子那块疼到小肚子，医生说有结石", {}, {"URO"}),
        ("晚上起夜四五回，尿得不利索", {"age": 68, "sex": "M"}, {"URO"}),
        ("蛋蛋一边肿大了，不太疼", {"sex": "M"}, {"URO"}),
        ("尿里有血，不疼", {"age": 60}, {"NEPH", "URO"}),
        ("小便好痛，仲有啲血", {}, {"GYN", "NEPH", "URO"}),
        (
            "I get up to pee five times a night and the stream is weak",
            {"sex": "M", "age": 65},
            {"URO"},
        ),
        ("premature ejaculation, embarassing to ask", {"sex": "M"}, {"REPRO", "URO"}),
        ("硬不起来，想看看男科", {"sex": "M"}, {"REPRO", "URO"}),
        ("包皮太长，想做手术", {"sex": "M"}, {"URO"}),
        ("阴囊那块一坨一坨的，像蚯蚓", {"sex": "M"}, {"URO"}),
    ],
    "NEPH": [
        ("体检说肌酐高了", {}, {"NEPH"}),
        ("尿里泡沫多，久久不散", {}, {"NEPH", "URO"}),
        ("早上起来眼皮肿，脚踝一按一个坑", {}, {"CARD", "NEPH"}),
        ("肾炎好多年了，来复查", {}, {"NEPH"}),
        ("驗尿話有蛋白", {}, {"NEPH"}),
        ("my kidney function results came back low, GP said see a kidney specialist", {}, {"NEPH"}),
        ("糖尿病十年，查出尿微量白蛋白高", {}, {"ENDO", "NEPH"}),
        ("腰子不好，医生让查肾功能", {}, {"NEPH"}),
        ("脸和腿都肿，尿里泡泡多", {}, {"NEPH"}),
        ("lupus and now protein in my urine", {}, {"NEPH", "RHEUM"}),
    ],
    "ORTHO": [
        ("磕膝盖上下楼梯咔咔响，还疼", {"age": 55}, {"ORTHO", "RHEUM"}),
        ("脚后跟早上下地第一步疼得要命", {}, {"ORTHO", "PAIN"}),
        ("肩膀抬不起来，梳头都费劲，半年了", {"age": 52}, {"ORTHO", "PAIN", "REHAB"}),
        ("打球崴了脚脖子，肿得老高", {}, {"ORTHO"}),
        ("脚大拇趾往外歪，穿鞋磨得疼", {}, {"ORTHO"}),
        ("腰疼得直不起来，腿肚子发麻", {}, {"NSURG", "ORTHO", "PAIN"}),
        ("手腕子肿了，摔了一跤拿手撑地", {}, {"ORTHO"}),
        ("膊頭好痛，舉唔起手", {}, {"ORTHO", "PAIN"}),
        ("我條腰閃咗，郁都郁唔到", {}, {"ORTHO", "PAIN"}),
        ("heel spur, sharp pain in my heel every morning", {}, {"ORTHO", "PAIN"}),
        ("frozen sholder, can't reach behind my back", {}, {"ORTHO", "PAIN", "REHAB"}),
        ("twisted my ankle playing football, it's swollen and bruised", {}, {"ORTHO"}),
    ],
    "RHEUM": [
        ("大脚趾头半夜红肿疼，碰都碰不得", {}, {"ORTHO", "RHEUM"}),
        ("手指头一遇冷水就发白发紫", {}, {"RHEUM"}),
        ("早上起来手指僵，攥不上拳，要活动半小时", {}, {"RHEUM"}),
        ("脸上有块蝴蝶样的红斑，关节也疼", {}, {"DERM", "RHEUM"}),
        ("痛風又發，腳趾公腫到著唔到鞋", {}, {"ORTHO", "RHEUM"}),
        ("口乾眼乾好耐，醫生話可能係乾燥症", {}, {"RHEUM"}),
        ("gout flare in my big toe again", {}, {"ORTHO", "RHEUM"}),
        ("my joints ache and swell on both hands, worse in the mornings", {}, {"RHEUM"}),
        ("腰背僵硬，早上特别明显，年轻小伙子", {"age": 25, "sex": "M"}, {"ORTHO", "RHEUM"}),
        ("查出类风湿因子阳性", {}, {"RHEUM"}),
    ],
    "NEURO": [
        ("后脑勺一跳一跳地疼，好几天了", {}, {"NEURO"}),
        ("手脚发木，麻酥酥的，尤其晚上", {}, {"ENDO", "NEURO"}),
        ("一站起来就天旋地转，躺下好点", {}, {"ENT", "NEURO"}),
        ("手抖，拿筷子都抖", {"age": 66}, {"NEURO"}),
        ("半边脑壳疼，怕光，想吐", {}, {"NEURO"}),
        ("我妈最近老忘事，刚说的话就忘", {"age": 74}, {"GERI", "NEURO", "PSY"}),
        ("頭好痛，成日偏頭痛", {}, {"NEURO"}),
        ("塊面麻麻地，左邊好似冇咁靈活", {}, {"ER", "NEURO"}),
        ("migraines with flashing lights before", {}, {"NEURO"}),
        ("pins and needles in my feet that won't go away", {}, {"ENDO", "NEURO"}),
        ("晚上睡觉腿里像有虫子爬，老得动", {}, {"NEURO"}),
        ("脸抽抽，眼皮老跳，半边脸", {}, {"NEURO"}),
    ],
    "CARD": [
        ("心里突突地跳，一阵一阵的", {}, {"CARD"}),
        ("血压高，降压药吃着还是一百六", {}, {"CARD"}),
        ("爬两层楼就心口窝发闷，歇歇就好", {"age": 62}, {"CARD", "ER"}),
        ("心跳漏一拍的感觉，时不时的", {}, {"CARD"}),
        ("我心口成日噗噗跳", {}, {"CARD"}),
        ("血壓高，想調下藥", {}, {"CARD"}),
        ("my heart skips beats now and then", {}, {"CARD"}),
        ("high cholesterol, want to know if I need statins", {}, {"CARD", "ENDO"}),
        ("装了支架一年了，来复查", {}, {"CARD"}),
        ("心电图说有早搏", {}, {"CARD"}),
    ],
    "RESP": [
        ("咳嗽一个多月了，干咳没痰", {}, {"RESP"}),
        ("一到晚上就喘，嗓子里吱吱响", {}, {"ALLERGY", "RESP"}),
        ("咳痰咳了好几年，冬天更重", {"age": 65}, {"RESP"}),
        ("体检拍片说肺上有个小结节", {}, {"RESP", "THOR"}),
        ("咳得肋巴骨都疼了", {}, {"RESP"}),
        ("咳咗成個月，有痰", {}, {"RESP"}),
        ("夜晚瞓覺會喘，好似有哮喘", {}, {"RESP"}),
        ("I've had a chesty cough for three weeks", {}, {"RESP"}),
        ("smoker's cough getting worse, bit short of breath on hills", {"age": 60}, {"RESP"}),
        ("wheezy at night and need my inhaler more", {}, {"RESP"}),
    ],
    "GI": [
        ("心口窝烧得慌，老反酸水", {}, {"GI"}),
        ("肚子胀鼓鼓的，老放屁", {}, {"GI"}),
        ("拉肚子一个礼拜了，一天四五回", {}, {"GI"}),
        ("便秘，三四天才解一次", {}, {"GI"}),
        ("吃完饭胃里堵得慌，打嗝", {}, {"GI"}),
        ("成日胃氣脹，食少少就飽", {}, {"GI"}),
        ("我想做胃鏡", {}, {"GI"}),
        ("heartburn every night after dinner", {}, {"GI"}),
        ("bloated and gassy all the time, IBS maybe", {}, {"GI"}),
        ("想做个肠镜筛查", {"age": 50}, {"GI"}),
        ("体检查出幽门螺杆菌阳性", {}, {"GI"}),
        ("大便发黑，不成形", {}, {"ER", "GI"}),
    ],
    "GS": [
        ("屁股眼长了个肉疙瘩，拉屎带血", {}, {"GS"}),
        ("痔疮又犯了，坐都坐不住", {}, {"GS"}),
        ("大腿根这里鼓出个包，一站起来就出来", {}, {"GS", "URO"}),
        ("脖子上长了个疙瘩，会动，不疼", {}, {"ENT", "GS"}),
        ("背上长了个包，挤出来白色的东西有臭味", {}, {"DERM", "GS"}),
        ("甲状腺结节，B超说三公分", {}, {"ENDO", "GS"}),
        ("腿上青筋鼓起来，像蚯蚓", {}, {"CVS", "GS"}),
        ("痔瘡出血，好痛", {}, {"GS"}),
        ("肚臍有個凸出嚟嘅波", {}, {"GS"}),
        ("I have a lump in my groin that pops out when I cough", {}, {"GS"}),
        ("sebaceous cyst on my back got red and sore", {}, {"DERM", "GS"}),
        ("piles bleeding when I go to the toilet", {}, {"GS"}),
        ("脚指甲往肉里长，化脓了", {}, {"DERM", "GS"}),
    ],
    "ENDO": [
        ("喝得多尿得多，还瘦了", {}, {"ENDO"}),
        ("脖子粗了，心慌手抖，出汗多", {}, {"ENDO"}),
        ("血糖控制不好，空腹十一点几", {}, {"ENDO"}),
        ("甲狀腺功能低，嚟覆診", {}, {"ENDO"}),
        ("血糖高，醫生叫我睇內分泌", {}, {"ENDO"}),
        ("my thyroid levels came back off", {}, {"ENDO"}),
        ("type 2 diabetic, sugars running high lately", {}, {"ENDO"}),
        ("骨质疏松，想补钙", {"age": 65, "sex": "F"}, {"ENDO", "GERI", "ORTHO"}),
        ("月经不调还长胡子，说是多囊", {"sex": "F"}, {"ENDO", "GYN"}),
        ("脖子前面摸着有个结节，随吞咽动", {}, {"ENDO", "GS"}),
    ],
    "HEME": [
        ("身上老是青一块紫一块的，没磕着", {}, {"HEME"}),
        ("查血说血小板低", {}, {"HEME"}),
        ("贫血，脸色蜡黄，头晕", {}, {"GP", "HEME"}),
        ("血常规白细胞高得吓人", {}, {"HEME"}),
        ("驗血話血色素低", {}, {"HEME"}),
        ("I bruise really easily and my gums bleed", {}, {"DENT", "HEME"}),
        ("told I'm anaemic, iron is very low", {}, {"GP", "HEME"}),
        ("查血说血红蛋白才八十", {}, {"HEME"}),
        ("脖子和胳肢窝好几个淋巴结肿大，不疼", {}, {"GS", "HEME", "ONC"}),
        ("牙龈一刷就出血，腿上一片片红点子", {}, {"HEME"}),
    ],
    "INFECT": [
        ("乙肝小三阳，来复查", {}, {"GI", "INFECT"}),
        ("皮肤眼睛发黄，尿跟浓茶一样", {}, {"GI", "INFECT"}),
        ("被针扎了，怕有艾滋", {}, {"ER", "INFECT"}),
        ("肺結核治緊，嚟拎藥", {}, {"INFECT", "RESP"}),
        ("I might have been exposed to HIV, need tests", {}, {"INFECT"}),
        ("肝功能转氨酶高，说是丙肝", {}, {"GI", "INFECT"}),
        ("得了梅毒，想治", {}, {"DERM", "INFECT"}),
        ("腹泻，水样便，家里几个人都这样", {}, {"GI", "INFECT"}),
        ("手足口病，孩子口腔里全是泡", {"age": 3}, {"INFECT", "PED"}),
        ("被蜱虫咬了，发现的时候还在肉里", {}, {"DERM", "ER", "GS", "INFECT"}),
        ("得过肝炎，想查查还有没有传染性", {}, {"INFECT"}),
    ],
    "FEVER": [
        ("发烧三十八度五，浑身疼", {"age": 30}, {"FEVER"}),
        ("烧了两天了，退了又烧", {"age": 40}, {"FEVER"}),
        ("身上滚烫，怕冷打摆子", {"age": 35}, {"FEVER"}),
        ("發燒，三十九度，喉嚨痛", {"age": 28}, {"FEVER"}),
        ("fever of 38.6 and body aches since yesterday", {"age": 33}, {"FEVER"}),
        ("running a temp and coughing", {"age": 45}, {"FEVER"}),
        ("头疼发热", {"age": 25}, {"FEVER"}),
        ("烧得迷迷瞪瞪的，三十九度二", {"age": 30}, {"ER", "FEVER"}),
        ("發燒兩日，周身骨痛", {"age": 40}, {"FEVER"}),
        ("temp of 38.3 and shivery since last night", {"age": 36}, {"FEVER"}),
    ],
    "ONC": [
        ("化疗做完第三次了，来复查", {}, {"ONC"}),
        ("肺癌术后，看看要不要放疗", {}, {"ONC", "THOR"}),
        ("肿瘤标志物高，心里慌", {}, {"ONC"}),
        ("癌症轉移咗，好痛", {}, {"ONC", "PAIN"}),
        ("my mum's breast cancer came back, oncology follow up", {}, {"ONC"}),
        ("night sweats and lost a stone without trying", {}, {"GP", "HEME", "INFECT", "ONC"}),
        ("靶向药吃了起疹子", {}, {"DERM", "ONC"}),
        ("胃癌做完手术，化疗该怎么安排", {}, {"GS", "ONC"}),
        ("妈妈乳腺癌复发了", {}, {"GS", "ONC"}),
        ("化療之後成日嘔，食唔落", {}, {"ONC"}),
    ],
    "PAIN": [
        ("带状疱疹好了，那块皮还是火辣辣地疼", {}, {"DERM", "PAIN"}),
        ("三叉神经痛，一刷牙就像过电", {}, {"NEURO", "PAIN"}),
        ("颈椎病，脖子疼到胳膊", {}, {"ORTHO", "PAIN"}),
        ("腰痛咗幾年，想打針止痛", {}, {"ORTHO", "PAIN"}),
        ("chronic back pain for years, want a nerve block", {}, {"PAIN"}),
        ("老寒腿，一到阴天就疼", {"age": 70}, {"ORTHO", "PAIN", "RHEUM", "TCM"}),
        ("腰上长过蛇缠腰，现在还一抽一抽地疼", {}, {"DERM", "NEURO", "PAIN"}),
        ("肩膀疼了好几年，吃止痛药也不管用", {}, {"ORTHO", "PAIN"}),
        ("纖維肌痛，成身都痛", {}, {"PAIN", "RHEUM"}),
        ("my face gets electric shocks of pain when I chew", {}, {"DENT", "NEURO", "PAIN"}),
    ],
    "REHAB": [
        ("中风后手脚不灵活，想做康复", {"age": 68}, {"REHAB"}),
        ("膝盖做完手术，想练练走路", {}, {"ORTHO", "REHAB"}),
        ("骨折拆了石膏，手腕子转不动", {}, {"ORTHO", "REHAB"}),
        ("想做物理治療，腰痛", {}, {"ORTHO", "PAIN", "REHAB"}),
        ("need physio after my ACL surgery", {}, {"ORTHO", "REHAB"}),
        ("孩子说话晚，想做语言训练", {"age": 3}, {"CHILD", "REHAB"}),
        ("脑梗出院了，走路还拖着腿，想练练", {"age": 66}, {"NEURO", "REHAB"}),
        ("腰椎手术后想做理疗", {}, {"NSURG", "ORTHO", "REHAB"}),
        ("中風後講嘢唔清，想做言語治療", {"age": 72}, {"NEURO", "REHAB"}),
        ("rehab after my hip replacement", {"age": 70}, {"ORTHO", "REHAB"}),
    ],
    "TCM": [
        ("想开点中药调理调理", {}, {"TCM"}),
        ("想扎针灸，颈椎不舒服", {}, {"PAIN", "TCM"}),
        ("体虚，手脚冰凉，想喝膏方", {}, {"TCM"}),
        ("想睇中醫調理身體", {}, {"TCM"}),
        ("i want acupuncture for my back", {}, {"PAIN", "TCM"}),
        ("想拔火罐刮痧", {}, {"TCM"}),
        ("湿气重，舌苔厚，想喝点中药", {}, {"TCM"}),
        ("月经不调想看中医调理", {"sex": "F"}, {"GYN", "TCM"}),
        ("想做艾灸，手脚冰凉", {}, {"TCM"}),
        ("上火，口舌生疮，想开点凉茶方子", {}, {"DENT", "TCM"}),
    ],
    "PED": [
        ("孩子咳嗽三天了，晚上咳得厉害", {"age": 4}, {"PED"}),
        ("宝宝拉肚子，一天五六次稀的", {"age": 1}, {"PED"}),
        ("娃儿不吃饭，瘦得很", {"age": 3}, {"CHILD", "PED"}),
        ("小朋友晚上尿床，已经七岁了", {"age": 7}, {"CHILD", "PED", "URO"}),
        ("个仔咳咗成個禮拜", {"age": 6}, {"PED"}),
        ("my toddler has a runny nose and is cranky", {"age": 2}, {"PED"}),
        ("孩子肚脐周围疼，一阵一阵的", {"age": 6}, {"PED", "PEDSURG"}),
        ("宝宝身上起了好多小红点", {"age": 1}, {"DERM", "PED"}),
        ("孩子吃完饭肚子疼，老揉肚脐眼", {"age": 5}, {"PED", "PEDSURG"}),
        ("小孩晚上睡觉磨牙，还出汗", {"age": 4}, {"CHILD", "DENT", "PED"}),
        ("BB出牙，口水多，夜晚喊", {"age": 1}, {"CHILD", "DENT", "PED"}),
        ("my 3 year old has a barking cough at night but breathing ok", {"age": 3}, {"ENT", "PED"}),
    ],
    "PEDSURG": [
        ("男孩，一侧蛋蛋摸不着", {"age": 2, "sex": "M"}, {"PEDSURG", "URO"}),
        ("宝宝大腿根哭的时候鼓个包", {"age": 1}, {"PEDSURG"}),
        ("孩子肚脐眼凸出来一块", {"age": 1}, {"PED", "PEDSURG"}),
        ("小朋友包皮好長，想割", {"age": 6, "sex": "M"}, {"PEDSURG", "URO"}),
        (
            "my son's foreskin is tight and he can't pee properly",
            {"age": 5, "sex": "M"},
            {"PEDSURG", "URO"},
        ),
        ("孩子胳膊拉了一下就不动了", {"age": 3}, {"ORTHO", "PEDSURG"}),
        ("小孩子的屁股眼旁边有个脓包", {"age": 2}, {"GS", "PED", "PEDSURG"}),
        ("宝宝脖子歪，总往一边偏", {"age": 0}, {"CHILD", "ORTHO", "PED", "PEDSURG"}),
        (
            "my baby boy's scrotum looks swollen on one side, not painful",
            {"age": 0, "sex": "M"},
            {"PEDSURG", "URO"},
        ),
        ("個仔隻手俾人扯咗一下，而家唔肯郁", {"age": 2}, {"ORTHO", "PEDSURG"}),
    ],
    "CHILD": [
        ("孩子一岁半了还不会走路", {"age": 1}, {"CHILD", "PED", "REHAB"}),
        ("娃比同龄的矮半个头", {"age": 6}, {"CHILD", "ENDO", "PED"}),
        ("想给宝宝做个发育评估", {"age": 1}, {"CHILD"}),
        ("BB六個月，想檢查下發育", {"age": 0}, {"CHILD"}),
        ("my 2 year old isn't talking yet", {"age": 2}, {"CHILD", "PED", "REHAB"}),
        ("孩子挑食，问问营养怎么补", {"age": 4}, {"CHILD", "PED"}),
        ("孩子三岁了，说话还说不清", {"age": 3}, {"CHILD", "ENT", "PED", "REHAB"}),
        ("宝宝体重长得慢，是不是缺什么", {"age": 1}, {"CHILD", "PED"}),
        ("孩子个子一直不长，同学都比他高", {"age": 9}, {"CHILD", "ENDO", "PED"}),
        (
            "Is my baby developing normally? She's 9 months and not sitting up",
            {"age": 0},
            {"CHILD", "PED", "REHAB"},
        ),
    ],
    "PREV": [
        ("想做个全身体检", {}, {"PREV"}),
        ("打HPV疫苗在哪儿", {}, {"PREV"}),
        ("被猫挠了，要不要打狂犬疫苗", {}, {"ER", "PREV"}),
        ("我想做身體檢查", {}, {"PREV"}),
        ("need a medical check-up for my new job", {}, {"PREV"}),
        ("want a flu jab", {}, {"PREV"}),
        ("出国留学要体检，还要打疫苗", {}, {"PREV"}),
        ("想查一下乙肝抗体，要不要打加强针", {}, {"INFECT", "PREV"}),
        ("公司年度体检，在几楼", {}, {"PREV"}),
        ("need my travel vaccines before going to Africa", {}, {"INFECT", "PREV"}),
    ],
    "GP": [
        ("有点感冒，流鼻涕打喷嚏", {}, {"ENT", "GP", "RESP"}),
        ("浑身没劲，也说不上哪儿不舒服", {}, {"GP"}),
        ("开点常吃的药", {}, {"GP", "PHARM"}),
        ("唔知睇邊科，成日好攰", {}, {"GP"}),
        ("just feeling generally unwell and tired", {}, {"GP"}),
        ("I need a sick note for work, had a cold", {}, {"GP"}),
        ("有点拉肚子，吃坏东西了", {}, {"GI", "GP"}),
        ("嗓子有点疼，想开点药", {}, {"ENT", "GP"}),
        ("got a cold that won't shift", {}, {"ENT", "GP", "RESP"}),
    ],
    "GERI": [
        ("老爷子九十了，好几种病，吃一堆药", {"age": 90}, {"GERI"}),
        ("我奶奶老摔跤，走路不稳", {"age": 85}, {"GERI", "NEURO", "ORTHO"}),
        ("老人家食慾差，瘦咗好多", {"age": 88}, {"GERI", "GI"}),
        ("my grandad is getting frail and confused at times", {"age": 89}, {"GERI", "NEURO"}),
        ("我爷爷八十多了，最近吃饭老呛，人也瘦了", {"age": 86}, {"ENT", "GERI", "NEURO"}),
        ("老太太八十七，晚上老起夜，白天没精神，腿没劲", {"age": 87}, {"GERI", "URO"}),
        ("阿爺九十歲，成日頭暈，食好多種藥", {"age": 90}, {"GERI"}),
        ("外婆八十五，记性越来越差，还老摔", {"age": 85}, {"GERI", "NEURO"}),
        (
            "my nan is 88 and keeps having little falls at home",
            {"age": 88},
            {"GERI", "NEURO", "ORTHO"},
        ),
        ("爸爸八十了，走路越来越慢，没胃口", {"age": 80}, {"GERI"}),
    ],
    "THOR": [
        ("肺上的结节长大了，医生说要手术", {}, {"RESP", "THOR"}),
        ("胸口这块骨头凹进去，孩子十岁", {"age": 10}, {"PEDSURG", "THOR"}),
        ("食管癌，想問手術", {}, {"GI", "ONC", "THOR"}),
        ("sweaty palms so bad, heard there's an operation", {}, {"DERM", "THOR"}),
        ("肋巴骨这块摸到个硬疙瘩，不疼", {}, {"GS", "ORTHO", "THOR"}),
        ("食道癌手术后来复查", {}, {"ONC", "THOR"}),
        ("縱隔有個腫瘤，醫生叫我睇胸外", {}, {"ONC", "THOR"}),
        ("CT found a mass in my lung, they said surgery", {}, {"ONC", "RESP", "THOR"}),
        ("气胸做过一次手术，想复查", {}, {"RESP", "THOR"}),
        ("my son's chest sticks out in the middle like a pigeon", {"age": 12}, {"PEDSURG", "THOR"}),
    ],
    "CVS": [
        ("主动脉瘤，复查一下", {}, {"CVS"}),
        ("心脏瓣膜要换，来咨询手术", {}, {"CARD", "CVS"}),
        ("小腿上的静脉曲张越来越重，腿肚子胀", {}, {"CVS", "GS"}),
        ("my doctor says I need bypass surgery", {}, {"CARD", "CVS"}),
        ("先天性心脏病，孩子要不要做手术", {"age": 3}, {"CARD", "CVS", "PED", "PEDSURG"}),
        ("换过心脏瓣膜，来复查", {}, {"CARD", "CVS"}),
        ("腿肚子上青筋一条条鼓着，站久了又胀又酸", {}, {"CVS", "GS"}),
        ("varicose veins on both calves, aching after work", {}, {"CVS", "GS"}),
        ("醫生話我要做心臟搭橋", {}, {"CARD", "CVS"}),
        ("主动脉夹层手术后复查", {}, {"CVS"}),
    ],
    "NSURG": [
        ("头颅CT说有个脑膜瘤", {}, {"NSURG", "ONC"}),
        ("腰椎间盘突出，保守治疗没用想手术", {}, {"NSURG", "ORTHO"}),
        ("腦積水，要唔要做手術", {}, {"NSURG"}),
        ("MRI found a tumour in my brain", {}, {"NEURO", "NSURG", "ONC"}),
        ("脑袋里长了个瘤子，想问手术", {}, {"NSURG", "ONC"}),
        ("垂体瘤，视力也差了", {}, {"ENDO", "NSURG", "OPH"}),
        ("头上摔过，CT说有点积血，来复查", {}, {"NEURO", "NSURG"}),
        ("脑动脉瘤，医生说要介入", {}, {"NSURG"}),
        ("my scan shows a pituitary tumour", {}, {"ENDO", "NSURG"}),
        ("開完腦，嚟覆診", {}, {"NSURG"}),
    ],
    "ALLERGY": [
        ("一吃海鲜就起疙瘩", {}, {"ALLERGY", "DERM"}),
        ("想查查过敏原", {}, {"ALLERGY"}),
        ("對塵蟎敏感，成日鼻敏感", {}, {"ALLERGY", "ENT"}),
        ("hay fever every spring, eyes itch and sneezing", {}, {"ALLERGY", "ENT"}),
        ("想做脱敏治疗", {}, {"ALLERGY"}),
        ("一吃芒果嘴就肿", {}, {"ALLERGY", "DERM", "ER"}),
        ("对花粉过敏，春天眼睛痒鼻子痒", {}, {"ALLERGY", "ENT"}),
        (
            "I'm allergic to cats, my eyes stream when I visit friends",
            {},
            {"ALLERGY", "ENT", "OPH"},
        ),
        ("想验下对乜嘢敏感", {}, {"ALLERGY"}),
        ("吃了虾身上起风疙瘩，现在消了", {}, {"ALLERGY", "DERM"}),
    ],
    "BODY_PARTS": [
        ("胳肢窝底下鼓了个疙瘩，按着有点疼", {}, {"DERM", "GS"}),
        ("磕膝盖肿得跟馒头似的，弯不了", {}, {"ORTHO", "RHEUM"}),
        ("后脑勺发木，像戴了个帽子", {}, {"NEURO"}),
        ("脚脖子老是胀鼓鼓的，一按一个坑", {"age": 65}, {"CARD", "CVS", "NEPH"}),
        ("心口窝火辣辣的，吃完饭更明显", {}, {"GI"}),
        ("腿肚子晚上老抽筋", {}, {"GP", "NEURO", "ORTHO"}),
        ("肋巴骨这块一碰就疼，前两天摔了一跤", {}, {"ORTHO"}),
        ("手指头麻酥酥的，早上起来最明显", {}, {"NEURO", "ORTHO"}),
        ("脑壳一跳一跳地痛，巴适不了", {}, {"NEURO"}),
        ("脚板心火辣辣的，晚上睡不着", {}, {"DERM", "ENDO", "NEURO"}),
        ("屁股蛋子上长了个疖子，坐着疼", {}, {"DERM", "GS"}),
        ("波棱盖儿疼，上楼费劲", {"age": 60}, {"ORTHO", "RHEUM"}),
        ("腰杆痛，弯不下去", {}, {"ORTHO", "PAIN"}),
        ("肚皮胀鼓鼓的，吃不下东西", {}, {"GI"}),
        ("眼睛红得跟兔子似的，还痒", {}, {"OPH"}),
        ("耳朵眼里痒，老想掏", {}, {"ENT"}),
        ("我個膝頭哥好痛，行樓梯痛到喊", {}, {"ORTHO", "RHEUM"}),
        ("背脊骨痛咗成個月", {}, {"ORTHO", "PAIN"}),
        ("喉嚨好似有條骨卡住咗，吞口水都痛", {}, {"ENT", "ER"}),
        ("膊頭同頸梗住，轉唔到頭", {}, {"ORTHO", "PAIN"}),
        ("腳底好痛，朝早落床最痛", {}, {"ORTHO", "PAIN"}),
        ("我腳趾公好痕，仲脫皮", {}, {"DERM"}),
        ("肚仔脹脹，成日打嗝", {}, {"GI"}),
        ("我的腳踝扭到，腫起來了", {}, {"ORTHO"}),
        ("最近常常胃食道逆流，喉嚨酸酸的", {}, {"GI"}),
        ("小朋友一直揉眼睛，眼睛紅紅的", {"age": 5}, {"OPH", "PED"}),
        ("牙齒酸軟，吃冰的就痛", {}, {"DENT"}),
        ("my armpit has a painful lump", {}, {"DERM", "GS"}),
        ("the back of my head feels numb and tingly", {}, {"NEURO"}),
        ("my calves cramp every night", {}, {"GP", "NEURO", "ORTHO"}),
        ("my kneecap cracks and grinds going up stairs", {}, {"ORTHO"}),
        ("burning feeling in the soles of my feet at night", {}, {"ENDO", "NEURO"}),
        ("have a tummy ache and bloating for 2 weeks", {}, {"GI"}),
        ("my gums is swolen and bleed wen i brush", {}, {"DENT"}),
        ("my ear is blocked since swiming", {}, {"ENT"}),
        ("sore throught and cant swallow good", {}, {"ENT", "ER", "GP"}),
    ],
    "TW_HK": [
        ("我最近常常覺得胸悶，心跳很快，晚上睡不好", {}, {"CARD", "PSY"}),
        ("眼睛有飛蚊，一直飄來飄去", {}, {"OPH"}),
        ("耳朵一直嗡嗡叫，聽不太清楚", {}, {"ENT"}),
        ("我的智齒在痛，牙齦腫起來", {}, {"DENT"}),
        ("痔瘡好痛，上廁所會流血", {}, {"GS"}),
        ("膝蓋退化，走路會卡卡的", {"age": 65}, {"ORTHO", "RHEUM"}),
        ("五十肩，手舉不起來", {"age": 52}, {"ORTHO", "PAIN", "REHAB"}),
        ("足底筋膜炎，早上下床好痛", {}, {"ORTHO", "PAIN", "REHAB"}),
        ("我有甲狀腺結節，要追蹤", {}, {"ENDO", "GS"}),
        ("掉頭髮掉很兇，一把一把的", {}, {"DERM"}),
        ("乳房摸到硬塊", {"sex": "F"}, {"GS", "GYN", "ONC"}),
        ("小腿靜脈曲張，站久會痠", {}, {"CVS", "GS"}),
        ("痛風又發作，腳趾紅腫", {}, {"ORTHO", "RHEUM"}),
        ("小孩尿床，已經六歲了", {"age": 6}, {"CHILD", "PED", "URO"}),
        ("小朋友眼睛有點鬥雞眼", {"age": 4}, {"OPH"}),
        ("早洩的問題，想看泌尿科", {"sex": "M"}, {"URO"}),
        ("疝氣，鼠蹊部腫一塊", {}, {"GS"}),
        ("皮蛇，腰一圈起水泡很痛", {}, {"DERM", "PAIN"}),
        ("月經來好痛，痛到沒辦法上班", {"sex": "F"}, {"GYN"}),
        ("我覺得好憂鬱，什麼都不想做", {}, {"PSY"}),
        ("過敏性鼻炎，早上一直打噴嚏", {}, {"ALLERGY", "ENT"}),
        ("我阿公中風過後，想做復健", {"age": 80}, {"REHAB"}),
        ("想看中醫調體質", {}, {"TCM"}),
        ("我嘅眼好似有粒嘢，眨眼就痛", {}, {"OPH"}),
        ("個頸有粒嘢，唔痛唔癢", {}, {"ENT", "GS"}),
        ("我成日肚屙，一日去幾次廁所", {}, {"GI"}),
        ("個膝頭哥腫咗，行路好痛", {}, {"ORTHO", "RHEUM"}),
        ("我有啲耳鳴，夜晚好大聲", {}, {"ENT"}),
        ("落髮好犀利，頭頂好稀", {}, {"DERM"}),
        ("my lower back has been killing me since I lifted a box", {}, {"ORTHO", "PAIN"}),
        ("I have a lump in my breast, its not painful", {"sex": "F"}, {"GS", "GYN", "ONC"}),
        ("my hair is falling out in patches", {}, {"DERM"}),
        ("ringing in ears and a little dizzy", {}, {"ENT", "NEURO"}),
        ("I have hemorroids and they itch", {}, {"GS"}),
        ("my knee is swolled after football", {}, {"ORTHO"}),
        ("i think i have a UTI, burns when i pee", {"sex": "F"}, {"GYN", "NEPH", "URO"}),
        ("my kid wets the bed at 8", {"age": 8}, {"CHILD", "PED", "URO"}),
        ("I keep waking up drenched in sweat", {}, {"ENDO", "GP", "HEME", "INFECT", "ONC"}),
        ("thyroid nodule found on ultrasound", {}, {"ENDO", "GS"}),
    ],
}
LOOK_ALIKES = [
    ("左边膝盖做完手术，有点不太灵活", {}, {"ORTHO", "REHAB"}),
    ("胸口有个纹身想洗掉", {}, {"AEST", "DERM", "PLAST"}),
    ("我爸有好几种病，今天吞了一大把安眠药，叫不醒", {}, {"ER"}),
    ("他今天吃了一堆药，现在叫不醒", {}, {"ER"}),
    ("宝宝两个月，喘气时胸口一吸一吸地凹进去", {"age": 0}, {"ER"}),
    ("烫了头发以后头皮起红疹", {}, {"DERM"}),
    ("卵巢囊肿，B超说五公分", {"sex": "F"}, {"GYN"}),
    ("停经四十天，验孕两条杠", {"sex": "F"}, {"OB"}),
    ("怀孕三十八周，见红了", {"sex": "F"}, {"ER", "OB"}),
    ("心里慌慌的，胸口压着疼，出冷汗", {"age": 60}, {"ER"}),
    ("眼皮老跳，这两天熬夜了", {}, {"NEURO", "OPH"}),
    (
        "My testicle is suddenly very painful and swollen, started an hour ago",
        {"sex": "M", "age": 15},
        {"ER", "URO"},
    ),
    ("腿上被狗咬了一口，流血了", {}, {"ER", "PREV"}),
    ("手指卡住伸不直，早上一弹一响", {}, {"ORTHO"}),
    ("a nerve in my tooth hurts when I drink cold", {}, {"DENT"}),
    ("I have a temp of 38.9 and a sore throat", {"age": 30}, {"FEVER"}),
    ("十四岁，蛋蛋突然剧痛，肿起来了，想吐", {"age": 14, "sex": "M"}, {"ER"}),
    ("He got an electric shock from the socket and now his chest hurts", {}, {"ER"}),
    ("我爸脑梗出院了，今天突然又说不出话", {"age": 70}, {"ER"}),
    (
        "my testicle is swollen and painful since this morning and I feel sick",
        {"sex": "M", "age": 17},
        {"ER"},
    ),
    ("吃饭时呛了一下，咳出来就好了", {}, {"ENT", "GP", "RESP"}),
    ("腿上一片片红点子，很痒", {}, {"ALLERGY", "DERM"}),
    ("耳朵眼里进了个小虫子，嗡嗡响", {}, {"ENT", "ER"}),
    ("磕膝盖摔了一下，头也磕到了，有点晕", {}, {"ER", "NSURG", "ORTHO"}),
    ("眼里进了沙子，磨得疼", {}, {"OPH"}),
    ("崴了脚，脚脖子肿了", {}, {"ORTHO"}),
    ("怀孕七个月，脚肿，一按一个坑", {"sex": "F"}, {"OB"}),
    ("躺平就憋得慌，腿肿一按一个坑", {"age": 70}, {"CARD", "ER"}),
    ("我阿公中風過後又突然講不出話，嘴巴歪", {"age": 80}, {"ER"}),
    ("阿媽突然半邊身冇力，講嘢唔清", {"age": 76}, {"ER"}),
    ("頭髮有頭皮屑，好痕", {}, {"DERM"}),
]
EMERGENCIES = [
    ("塊面麻麻地，左邊好似冇咁靈活", {}),
    ("阿爸頭先突然右邊手冇咁靈活，講嘢都慢咗", {"age": 70}),
    ("我妈刚才半边身子不灵活，拿不稳碗", {"age": 68}),
    ("阿媽一邊手腳唔靈活，好似用唔到力", {"age": 75}),
    ("我爷爷八十多了，今天突然一边嘴角往下耷拉", {"age": 84}),
    ("孩子吃果冻卡住了，脸憋得发紫", {"age": 3}),
    ("阿媽跌低咗，髀骨痛到企唔起身，隻腳短咗", {"age": 82}),
    ("老公喝完酒吐了，叫不醒，呼噜打得很怪", {}),
    ("my dad's lips went blue and he's struggling to breathe", {"age": 70}),
    ("肚子硬得像板子，疼得不敢动", {}),
    ("我爸心口窝疼得冒冷汗，嘴唇发白", {"age": 66}),
    ("娃儿吃花生呛着了，脸都憋紫了", {"age": 2}),
    ("阿嫲突然講嘢唔清楚，塊面歪咗", {"age": 80}),
    ("my husband collapsed and isn't breathing properly", {}),
    ("後腦勺撞到地上，吐了兩次，一直想睡", {"age": 30}),
    ("他喝了半瓶敌敌畏", {}),
    ("我爸突然講話講不清楚，嘴巴歪一邊", {"age": 72}),
    ("小孩吞了一顆鈕扣電池", {"age": 3}),
    ("阿爺食飯哽親，面都紫晒", {"age": 85}),
    ("she took a whole bottle of her sleeping pills", {}),
]


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def _misses(engine: Engine, rows: list) -> list:
    misses = []
    for text, kwargs, accepted in rows:
        top = engine.suggest(text, **kwargs)[0]
        if top.department not in accepted:
            misses.append((text, kwargs, top.department, top.urgency))
    return misses


# Each table is one test that walks every row and fails with every wording that fails.
def test_each_department_is_reached_in_the_visitors_words(engine: Engine) -> None:
    assert len(DESKS) >= 35 and all(DESKS.values())
    misses = [miss for rows in DESKS.values() for miss in _misses(engine, rows)]
    assert not misses, "\n".join(map(repr, misses))


def test_the_look_alikes_go_where_their_own_words_send_them(engine: Engine) -> None:
    assert LOOK_ALIKES
    misses = _misses(engine, LOOK_ALIKES)
    assert not misses, "\n".join(map(repr, misses))


def test_the_lay_emergencies_met_on_the_way_are_emergencies(engine: Engine) -> None:
    assert EMERGENCIES
    misses = []
    for text, kwargs in EMERGENCIES:
        top = engine.suggest(text, **kwargs)[0]
        if (top.department, top.emergency) != ("ER", True) or top.urgency not in ("I", "II"):
            misses.append((text, kwargs, top.department, top.urgency))
    assert not misses, "\n".join(map(repr, misses))


def test_no_desk_in_a_department_is_only_an_emergency() -> None:
    # A desk's wording may accept the emergency department only beside its own desk.
    only_er = [
        text for rows in DESKS.values() for text, _kw, accepted in rows if accepted == {"ER"}
    ]
    assert not only_er, only_er


def test_no_wording_here_is_a_rule_phrase_verbatim() -> None:
    phrases = {normalise(p) for spec in default_specs() for p in (*spec.phrases, *spec.requires)}
    said = [text for rows in DESKS.values() for text, _kw, _acc in rows]
    said += [text for text, _kw, _acc in LOOK_ALIKES] + [text for text, _kw in EMERGENCIES]
    assert not {normalise(text) for text in said} & phrases
