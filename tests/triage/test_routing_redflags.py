"""Red flags by composition: phrasings that no rule holds verbatim still reach the emergency desk.

Each case composes concepts (a substance with an excess, a head with an injury and a sign, a
pregnancy with a danger sign, a foreign body with breathing or colour words, a seizure now, a
vital-sign number) in words written for this suite. The engine is built from the shipped rule
and lexicon files, without the database.
"""

from collections.abc import Callable
from typing import Any

import pytest
from django.utils import translation

from triage.routing.defaults import default_specs
from triage.routing.engine import Engine
from triage.routing.specs import Suggestion
from triage.routing.text import normalise

OVERDOSE = [
    "我妈把一整盒降糖药都吞了",
    "他吃了大半瓶安定片",
    "孩子偷吃了十几片退烧药",
    "我爸吵完架一口气吃了好多降压药",
    "想不开吃了一大把止痛药",
    "我女朋友吃了很多佐匹克隆，现在叫不太醒",
    "my son swallowed a whole bottle of paracetamol",
    "she took too many sleeping tablets",
    "他故意吃了过量的胰岛素",
    "误喝了洁厕灵",
    "老人偷喝了敌敌畏",
    "服了一板艾司唑仑",
]
HEAD_INJURY = [
    "爷爷后脑勺磕在台阶上，一直在吐",
    "孩子从床上掉下来撞到额头，现在特别想睡觉",
    "骑车摔了，脑袋撞到地上，流了血",
    "头被门框撞了以后说胡话",
    "she hit her head on the floor and keeps vomiting",
    "打架被砸到头顶，昏昏沉沉的",
]
PREGNANCY = [
    "怀孕32周，头痛得厉害，看东西模糊",
    "孕妇，肚子剧痛，下面在出血",
    "有身孕七个月，突然破水了",
    "孕晚期，血压特别高",
    "I am 30 weeks pregnant with a severe headache and blurred vision",
    "怀着孩子，下身流血不止",
]
FOREIGN_BODY = [
    "宝宝吞了一颗纽扣电池",
    "孩子吃果冻噎住了，脸发紫",
    "小孩把弹珠吸进去了，喘不上气",
    "老人吃饭噎着了，说不出话，脸涨红",
    "my toddler is choking on a grape and turning blue",
    "花生米卡在气管里了，憋得满脸通红",
]
SEIZURE = [
    "我儿子刚刚突然全身抽，口吐白沫",
    "老公现在倒在地上手脚一直抖，叫不醒",
    "孩子突然翻白眼，牙关紧闭",
    "my wife is having a seizure right now",
    "奶奶刚才突然浑身抽动，嘴里吐白沫",
]
VITAL_SIGNS = [
    ("量了血压，210/120，头很胀", {}),
    ("高压195，头晕", {}),
    ("低压118，头疼", {}),
    ("家里测的血氧才86", {}),
    ("spo2 89% and feels breathless", {}),
    ("心率一直在150左右，心慌", {}),
    ("心跳只有38下", {}),
    ("BP 200/115 this morning", {}),
    # A pair read whatever words come before it, and Hong Kong's "上压/下压".
    ("the pharmacy machine read 215 over 118 and my head is pounding", {}),
    ("量出来是190/112", {}),
    ("上壓200，頭好痛", {}),
    ("下压120，头晕", {}),
    # A pulse with a reading's words before its number.
    ("her pulse was around 140 and she feels faint", {}),
    ("his heart rate is nearly 150 at rest", {}),
    ("浑身发冷", {"temperature": "34.6"}),
    ("高烧不退", {"temperature": "41.2"}),
    # The finger clip said by what it does (测氧, 量氧, 度氧, "the finger clip thing", "sat level").
    ("在家用夹子量氧只有86", {}),
    ("阿爷度氧得八十七，好喘", {}),
    ("the finger clip thing read 86 and she's puffing", {}),
    ("her sat level was 84 at the GP", {}),
    ("手指上夹的那个测氧的显示88", {}),
    # The reading told in the clause after its word (up to two): oxygen, temperature, a pulse.
    ("夹了手指测氧的，显示86", {}),
    ("we checked his oxygen, it says 84", {}),
    ("checked her temperature, it's 41.2 and she's floppy", {}),
    ("his pulse, I counted it, 150 a minute and he's dizzy", {}),
    ("心跳好快，数了一下，一分钟160", {}),
    ("量咗體溫，得34.5，成身凍冰冰", {}),
    # A pressure told in the clause after its word, its two numbers joined by "and".
    ("my father blood pressure, machine say 230 and 130, head pain", {}),
    # A pressure fallen low (shock): a pair, or a number said as how low it got.
    ("吃了虾以后全身起疙瘩，血压量出来只有75", {}),
    ("婆婆拉了一天肚子，血压掉到60多，叫她反应慢", {}),
    ("his BP is 72/40 and he looks grey", {}),
    ("血壓得返七十幾，成個人軟晒", {}),
    # A blood sugar from a finger prick: very low, or past the meter's top.
    ("老公打完胰岛素没吃饭，测了血糖二点几，叫不太醒", {}),
    ("血糖只有1.9，手抖出汗", {}),
    ("my mum's sugar reading is 2.2 and she's acting strange", {}),
    ("血糖機顯示HI，一直口渴想嘔", {}),
    ("sugar was 35 on his meter, breathing deep and fast", {}),
    ("his glucose meter just shows HI and he keeps being sick", {}),
]
# More families, each composed from concepts: a throat closing after a food, a sting or a drug;
# heat with confusion or hot dry skin; a stove, heater or charcoal fire with headaches; drowning;
# an electric shock; a confused diabetic; chest pain that spreads; a testicle; a late period with
# one-sided pain; a fever or an infection with confusion; a plan of self-harm; a child and an
# adult's tablets; drying out; a crushing load; a blow to the head with muddled questions; the
# baby not moving; a wound that runs; sudden strange speech; a baby's ribs sucking in; a thing
# breathed in.
COMPOSED = [
    "刚吃完一碗虾仁面，嘴唇肿得像香肠，嗓子越来越紧",
    "被马蜂蛰了一口，现在说话声音都变了，喘气费劲",
    "my husband ate a satay with peanut sauce and says his throat is closing up",
    "食完蟹，條脷腫咗，講嘢好辛苦",
    "在田里割了一下午稻子，回来浑身滚烫，说胡话，一滴汗都没有",
    "my grandad was in the greenhouse all afternoon in this heat and now he's confused and his skin is hot and dry",
    "行山行到中暑，成個人好燙，講嘢亂晒",
    "昨晚关着门窗烧炭盆，今早一家三口都头痛想吐",
    "the boiler's been making a funny smell and my kids and I all have headaches and feel dizzy",
    "屋企熱水爐好似漏氣，阿媽頭暈暈想嘔",
    "孩子掉进鱼塘，捞上来以后一直咳，喘得厉害",
    "my son was found face down in the paddling pool, now breathing but very drowsy",
    "装修师傅被电线电到，倒在地上了",
    "my son stuck a fork in the socket and got a shock, his hand has a burn mark",
    "老伴有糖尿病，今天没吃早饭就打了胰岛素，现在人糊涂，满头大汗",
    "my diabetic son is acting drunk and sweating, he hasn't eaten since breakfast",
    "胸口闷痛，像有东西压着，一直放射到左边肩膀，冒冷汗",
    "tight band across my chest and my left arm aches, I'm drenched in sweat",
    "孩子半夜说下面一侧蛋蛋好痛，吐了两次",
    "my teenage son has sudden pain in his testicle since this morning and it's swollen",
    "大姨妈推迟了半个月，右边小腹突然绞痛，人发晕",
    "奶奶尿路感染，今天开始发高烧，叫她反应很慢，说话糊涂",
    "he has pneumonia and now he's confused and his blood pressure is low",
    "我已经把安眠药攒了一瓶，准备今晚全部吃掉",
    "my daughter texted me that she's going to jump off the bridge",
    "孙女把外公的降压药当糖豆吃了几颗",
    "my 4 year old ate some of his grandad's heart tablets",
    "宝宝拉了一天水一样的便，一上午都没尿，哭起来没眼泪",
    "my 1 year old keeps vomiting and his nappy has been dry since last night",
    "工厂里手被冲压机压住了，拿出来以后手指都变形了",
    "a pallet fell on his foot and crushed it",
    "爷爷在浴室滑倒磕到后脑勺，之后反复问我今天几号",
    "she hit her head on the kerb and keeps asking the same questions over and over",
    "孕37周，从昨晚到现在都感觉不到宝宝踢",
    "I'm 32 weeks and I haven't felt any kicks since last night",
    "菜刀砍到小腿，口子张开，血流个不停",
    "he gashed his leg on a fence and the blood is running down into his shoe",
    "奶奶说话突然含含糊糊，左手拿不起筷子",
    "my husband suddenly started talking gibberish and his right hand is weak",
    "宝宝喘气的时候肋骨下面一凹一凹的，还哼哼",
    "my newborn is breathing really fast and the skin between his ribs is pulling in",
    "小孩把弹珠塞进鼻孔，现在喘气有杂音",
    "my toddler inhaled a peanut and now has a whistling sound when he breathes",
]
# The same families in Hong Kong's and Taiwan's words and in a learner's English.
COMPOSED_IN_OTHER_WORDS = [
    "阿爸食完花生糖，塊面腫晒，喉嚨好似俾人箍住",
    "個仔俾蜜蜂叮完，成身起晒風癩，透唔到氣",
    "阿爺喺太陽底下掃街成朝，而家成身滾熱，講嘢黐線",
    "屋企燒炭打邊爐，幾個人都頭痛想嘔",
    "細路喺海灘遇溺，救返上嚟之後一路咳，嘴唇紫",
    "師傅搞電掣俾電親，跌咗落地",
    "阿媽有糖尿，今朝冇食早餐，而家成身冷汗，認唔到人",
    "心口好似俾大石壓住，痛到下巴，出晒冷汗",
    "個仔話春袋好痛，仲嘔埋",
    "M遲咗兩個禮拜，右邊下腹突然劇痛，面青青",
    "阿婆發燒，成個人混混沌沌，手腳冰晒",
    "佢話今晚要跳樓，已經寫好遺書",
    "個孫偷食咗婆婆啲血壓藥，唔知食咗幾多粒",
    "BB屙咗一日水，尿片乾爭爭，喊都冇眼淚",
    "隻腳俾貨車壓住咗",
    "阿爺跌親撞到頭，之後不停問我而家幾點",
    "有咗三十五個禮拜，今日BB成日都冇郁過",
    "切親手，個口好深，血不停噴出嚟",
    "阿嫲突然講嘢唔清唔楚，右手攞唔起筷子",
    "BB唞氣嘅時候肋骨下面一吸一吸，仲有哼聲",
    "媽媽吃了蝦之後，喉嚨很緊，講話都有困難",
    "阿公在田裡曬了一整天，現在全身發燙，說話語無倫次",
    "家裡的熱水器好像有問題，全家都頭痛想吐",
    "小朋友在游泳池溺水，救起來後一直咳，很想睡",
    "老爸被電到，現在心跳很亂，胸口不舒服",
    "我爸有糖尿病，打完胰島素沒吃飯，現在一直冒冷汗、講話怪怪的",
    "我兒子蛋蛋突然很痛，痛到吐",
    "月經晚了快三個禮拜，左下腹突然劇痛，臉色很白",
    "阿嬤發燒，今天叫她都反應很慢，手腳冰冷有花斑",
    "me husband eat shrimp, now his lip is very big and he say throat is small",
    "my father work outside in hot sun all day, now he is very hot and say strange things",
    "all my family have headache after we use the coal stove in room",
    "my child fall in the pool, now coughing very much and sleepy",
    "my friend touch electric wire and fall down",
    "my mother have sugar disease, she take insulin no eat, now she is confuse and wet with sweat",
    "my period is late 3 week, now very strong pain in right bottom of belly and i feel faint",
    "grandpa have fever and he is not talking normal, his hand and foot very cold",
    "my baby 2 year old eat my blood pressure medicine, maybe 3 or 4",
    "baby have diarrhea all day, no pee, no tears when cry",
]
# Further families: bleeding after a birth, a stiff neck or a rash that stays with a fever,
# ketoacidosis, burns, a chemical in the eye, a finger cut off, a clot in the lung, a tearing back
# pain, a fit that goes on, voices with a knife, alcohol with no waking, a drooping face, black or
# vomited blood, chest pain that medicine does not ease, a blocked bowel, a deep bite, a fall with
# numb legs, a snake bite, blue lips with an infection, a baby's jelly-like stool.
COMPOSED_FURTHER = [
    "生完孩子第三天，下面的血一直往外涌，人发晕",
    "孩子发烧，头痛得厉害，脖子硬，不愿意低头",
    "my son has a fever and a purple rash on his legs that doesn't go away when I press a glass on it",
    "糖尿病人，这两天一直口渴尿多，今天呼吸很深，有股烂苹果味",
    "he's diabetic, vomiting all day, breathing deep and fast, and very sleepy",
    "油锅着火，手臂和脸都烧伤了，起了大泡",
    "my daughter pulled a kettle of boiling water onto herself, her chest and arms are blistered",
    "洁厕灵溅到眼睛里，眼睛睁不开，火辣辣地疼",
    "cement powder got in his eye and he can't open it",
    "切菜把手指头切掉了一截",
    "his finger got cut off by the lawnmower",
    "长途飞机下来小腿又肿又痛，现在突然喘不上气",
    "after a long flight my calf swelled and now I'm suddenly breathless with chest pain",
    "后背突然撕裂一样地痛，一直窜到肚子，血压很高",
    "sudden ripping pain between my shoulder blades going down my back",
    "老公突然倒地，全身抽搐，口吐白沫，到现在还没醒",
    "my daughter has been fitting for six minutes and isn't stopping",
    "他突然拿刀说有人要害他，要砍人",
    "my brother is hearing voices telling him to hurt people and he has a knife",
    "喝了一整瓶白酒，现在叫不醒，还吐了",
    "he drank a whole bottle of vodka and we can't wake him, he's been sick",
    "婆婆早上起来一边脸麻，嘴歪了，口水往下流",
    "my dad's face suddenly dropped on one side and he can't smile properly",
    "拉了好几次柏油一样的黑便，站起来就眼前发黑",
    "I've vomited a lot of dark blood and feel very weak",
    "爷爷胸口痛了半个钟头，含了硝酸甘油也不管用，出冷汗",
    "my chest pain isn't going away with my spray and I'm sweating",
    "肚子越来越胀越来越痛，一直吐，好几天没放屁",
    "my belly is swollen and rock hard, I've been vomiting green stuff and can't pass wind",
    "孩子被狗咬到脸，撕开一大块肉，血一直流",
    "a dog bit my son's arm, it's a deep wound and won't stop bleeding",
    "爸爸從梯子上摔下來，背痛，兩條腿沒感覺",
    "my mum fell down the stairs and now she can't feel her legs",
    "被毒蛇咬了脚，整条腿肿起来，发麻",
    "a snake bit him on the ankle while hiking and his leg is swelling fast",
    "老人咳嗽发烧好几天，今天嘴唇发紫，说话上气不接下气",
    "my grandma has had a chest infection and now her lips look blue and she's gasping",
    "小孩一直哭，肚子痛，拉出来的大便像果酱一样",
    "my baby keeps screaming and drawing up his legs, and there's jelly like blood in his nappy",
]
# Burns of the face from a blast or a flame, a small child into an adult's pills, a belly
# hardening after a fall or a blow.
COMPOSED_AGAIN = [
    "打火机加油的时候爆了，脸上烧得焦黑，眉毛都没了",
    "烧烤时被火燎到，眉毛烧掉了，鼻毛也焦了",
    "a firework went off in his face and his eyebrows are singed",
    "两岁的孩子偷吃了外婆的降压药",
    "my toddler got into his grandad's tablets",
    "孩子从单杠上摔下来撞到肚子，肚子越来越硬",
    "he was kicked in the stomach playing football and his tummy is getting hard",
]
# An emptied bottle or packet of a sedative (or of a medicine or a poison beside someone drowsy),
# an overdose told today after a long story, a wish not to go on living with words between, a
# shock from the mains, a diabetic breathing deep and fast.
COMPOSED_TWELFTH = [
    "妈妈枕头边有个空的艾司唑仑药盒，叫她只会哼哼",
    "there was an empty box of his zopiclone on the floor",
    "爷爷的安定片瓶子空了，人一直昏睡",
    "茶几上一个空药瓶，他迷迷糊糊的说不清话",
    "农药瓶子空了，老伴躺在地上没反应",
    "高血压很多年了，今天下午和儿子吵架后吞了半瓶降压药",
    "佢話唔想再生存，仲寫低咗啲嘢俾我",
    "我哥说他真的不想再活下去了",
    "my daughter says she doesn't want to live anymore",
    "碰到排插漏電，成個人彈開，手掌黑咗一忽",
    "he was fixing the fuse box and got zapped, now his heart is racing and irregular",
    "my nan touched the cooker cable and had a bad shock, her hand is numb",
    "type one diabetic, sick all night, breathing deeply and quickly",
    "糖尿病人，今天一直吐，大口大口地喘气",
    # A whole bottle or a handful swallowed today, after treatment that did not help.
    "失眠好久了，吃药也没用，今天她把一整瓶安眠药吞了",
    "治了好久都没好，刚才他一口气吃了一大把降压药",
    "胃痛吃药没用，刚才他把一整板止痛片全吞了",
    "tried everything and nothing helped, tonight she swallowed a whole packet of paracetamol",
]
# A pesticide handled, sprayed or eaten on unwashed hands, then sweating, drooling, twitching,
# tiny pupils or vomiting; a fever said as "a temp" with muddled talk or blotchy skin.
COMPOSED_THIRTEENTH = [
    "爸爸在果园喷完农药回来，一直流口水，瞳孔特别小",
    "he was spraying insecticide in the greenhouse and now he's drooling and his muscles are twitching",
    "阿爺噴完殺蟲水，成身出汗，啲肉跳跳",
    "用手拌了杀虫剂的种子，没洗手就吃东西，现在吐了好几次",
    "she had a temp since yesterday and now her skin is blotchy and she's muddled",
]
# A pesticide named by its use, or drunk after a quarrel; an asthma reliever that does not help,
# broken sentences or the ribs sucking in; more quantity words of an overdose; an infection of days
# before with today's confusion; wild mushrooms then being sick; a hot liquid over the body.
COMPOSED_FOURTEENTH = [
    "老伴跟儿子赌气，把田里打虫的药喝了一口，现在一身汗，直流口水",
    "我舅喝了几口果树上打的药，这会儿满身大汗、肉一跳一跳的",
    "奶奶和爷爷吵完，一时想不开喝了半瓶除草的药",
    "阿伯同老婆嗌完交，饮咗幾啖殺蟲水，而家成身冷汗",
    "my uncle drank some weed killer after a row with his wife and now he's drooling",
    "她一气之下吞了一把降压药",
    "he had an argument with his dad and swallowed a load of his sleeping tablets",
    "女儿哮喘犯了，万托林吸了好几口都没用，嘴唇有点发白",
    "我仔氣喘，泵咗好多下都唔見好，講兩個字就要抖氣",
    "my asthmatic son's blue inhaler isn't doing anything and he can only say a few words at a time",
    "孩子喘得厉害，一句话都说不完，肋骨下面一吸一吸地凹进去",
    "she's wheezing badly and can't finish a sentence",
    "小朋友喘鳴，胸口凹陷，呼吸好急",
    "my brother swallowed a fistful of his antidepressants",
    "she took heaps of paracetamol last night and now she's being sick",
    "他把一大堆止痛片都吞了",
    "my mum took a whole lot of her blood pressure tablets",
    "老豆食咗好幾板安眠藥",
    "奶奶上周尿路感染，今天早上开始说胡话，手脚冰凉发花",
    "grandad had a chest infection a few days ago and this morning he's confused and his skin is mottled",
    "my wife's kidney infection started last week, since this afternoon she's not making sense",
    "爸爸前几天肺炎，今天迷迷糊糊的，叫他都不太认人",
    "阿媽上個禮拜有尿道炎，今朝開始講嘢亂晒",
    "上山采了些野生菌炒来吃，现在一家人肚子绞痛、拉稀",
    "我们吃了自己摘的蘑菇，老公一直在吐",
    "he ate some toadstools from the garden and now he's throwing up",
    "we cooked wild fungi we found on a walk and now we've both got diarrhoea",
    "食咗山上摘嘅菌，個個肚痛屙嘔",
    "热汤打翻了，整个肚子和两条大腿都烫到了",
    "孩子碰翻了暖水瓶，开水浇在胸口上，起了大水泡",
    "a kettle of boiling water tipped over her legs and the skin is peeling",
    "the chip pan caught and hot fat splashed all over his face",
    "油锅翻倒，滚油泼了我妈一身",
    "細佬打翻咗煲滾水，淋到成個背脊",
]
# A head injury with being sick or nodding off said in English lay words (the fifteenth file).
COMPOSED_FIFTEENTH = [
    "my daughter fell off the climbing frame and hit her head, she's been sick three times",
    "he banged his head on the cupboard and now he keeps dozing off",
    "grandad knocked his head on the bath, since then he can't keep his eyes open",
    "she whacked her head on the ice and has been puking",
    # A gas or carbon monoxide alarm that went off (not one to buy or fit) with headaches,
    # sickness or drowsiness.
    "the carbon monoxide alarm started beeping and my husband and I both feel dizzy and sick",
    "燃气报警器响了，一家人都头痛想吐",
    "CO detector went off last night, this morning the kids have headaches and my wife is very drowsy",
    "屋企煤气报警器响咗，阿嫲头痛想嘔",
    "we smelled gas in the flat and now both of us have headaches and are throwing up",
    # A sedative swallowed with no amount said, or one tablet by a child, stays an emergency.
    "孩子误吃了一片安眠药",
    "他吃了安眠药",
    "she swallowed a whole strip of her sleeping pills",
    # A pesticide by composition: swallowed, or sprayed or breathed with dizziness or drowsiness.
    "农药喷多了头晕",
    "在大棚里打了一上午杀虫药，现在头昏想吐",
    "he was spraying weedkiller all day and now he's dizzy and can't breathe properly",
    "阿爸喷完农药，成个人晕晕哋",
    "農藥喝下去了",
    # Back pain with urine that will not come or cannot be held, numbness between the legs, or
    # both legs numb or weak (cauda equina).
    "腰痛三天，今天开始尿不出来，两条腿发麻",
    "腰疼，屁股周围都麻了，大小便控制不住",
    "my back has been killing me since I lifted the sofa and today I wet myself without noticing",
    "腰椎间盘突出，昨晚开始两条腿没劲，小便解不出",
    "bad back pain and now I'm numb between my legs",
    "腰骨好痛，而家屙尿唔出",
]
# The sixteenth file's families: a head that landed on the ground (着地) then sickness or
# drowsiness; soup, stew or a pressure cooker's contents over the body; a baby of weeks or months
# said by its age, floppy, weak or not feeding; tired of living with charcoal or tape at hand.
COMPOSED_SIXTEENTH = [
    "后脑勺着的地，之后吐了两次，一直想睡",
    "头先着地的，现在迷迷糊糊，还吐了",
    "个头着咗地，之后呕咗两次",
    "一锅鸡汤打翻了，泼在孩子肚子和大腿上，起了好多大泡",
    "高压锅的汤喷出来淋了我老公一身，皮都掉了",
    "一锅骨头汤倒到细佬成个背脊，起晒泡",
    "a pot of soup tipped over my son's legs and the skin is peeling",
    "宝宝三个月大，今天一直软软的不吃奶，叫他也不太醒",
    "my 2 months old is floppy and won't feed",
    "孩子两个多月大，哭声很弱，几乎不喝奶",
    "our baby is 3 months old and today she's limp",
    "我老公话活得好辛苦，今日喺车尾箱搵到一袋炭",
    "he says he can't go on and I found a bag of charcoal and duct tape in his car",
    "個仔話活得好攰，房入面有卷膠紙同炭",
    # A fit that has not stopped ("还没停", "仲未停", "停唔到"), after a long story too.
    "癫痫十年了，这次抽了二十分钟还没停",
    "孩子抽了五分钟了还没停",
    "佢成个人抽紧，仲未停",
    "爸爸倒喺度抽，过咗好耐都停唔到",
    "she's been fitting for ten minutes and it won't stop",
    # Written after the sixteenth file, in words of our own: a wood or coal burner, "thrown up"
    # after a knock to the head, a baby under three months who feels hot or is very sleepy and
    # off feeds, speech that went funny or garbled.
    "we've got a wood burner and since last night all of us are dizzy and sick",
    "the log burner was going all night and this morning my parents have awful headaches and feel sick",
    "coal fire in the bedroom and now grandad is drowsy and being sick",
    "he slipped in the shower, hit the back of his head and has thrown up three times",
    "she banged her head on the door frame and has thrown up twice",
    "宝宝两个月，今天一直哭不吃奶，摸着很烫",
    "孩子刚满月，摸着额头很烫",
    "our 7 week old baby is burning up",
    "my 6 week old is really sleepy and not interested in feeds",
    "婴儿两个月，今天很难叫醒，也不吃奶",
    "my dad's speech went funny and his hand keeps dropping things",
    "all of a sudden my mum's speech is garbled and her words came out wrong",
    # Taiwan's names of pesticides (巴拉刈 is paraquat, 陶斯松 chlorpyrifos, 年年春 glyphosate).
    "阿伯喝了巴拉刈",
    "我爸跟我媽吵架後喝了一口年年春",
    "阿公噴完陶斯松，一直流口水冒冷汗",
    "他吞了加保扶，現在一直吐",
    "阿嬤誤喝巴拉松",
    # A rash that stays when pressed, said in lay words, with a fever.
    "my toddler has a fever and a rash that doesn't go away when I press a glass on it",
    "high temp and spots that stay when you press them",
    "孩子发烧，身上的红点按下去不退",
    "发高烧，腿上的疹子压下去还在",
    "she's feverish and the rash doesn't blanch",
    # A diabetic breathing very fast; a burn white and leathery over most of a limb; a street
    # drug with chest pain, a racing heart, confusion or hallucinations; a bone through the skin.
    "my sister is type 1, she's been vomiting all day and breathing really fast",
    "糖尿病人，吐了一天，呼吸很快",
    "she burnt her hand on the oven and the skin is white and leathery over most of her arm",
    "he took cocaine and now has chest pain",
    "took some pills at a festival, probably ecstasy, now she's overheating and confused",
    "朋友吸了冰毒之后一直心慌，胸口痛",
    "he's been on meth for two days and is hallucinating and his heart is racing",
    "I think my arm is broken, the bone is sticking out",
    "摔了一跤，小腿骨头都刺出来了",
    "his shin bone is poking out through the skin",
    # Taiwan's brand names of medicines and sleeping pills; heat or a fever with a visitor who
    # barely answers ("不太理人", "叫他不理").
    "我妹妹吞了一整排普拿疼",
    "阿嬤把一整盒史蒂諾斯都吃了",
    "媽媽吃了半瓶悠樂丁，現在叫不醒",
    "阿伯在田裡中暑，全身很燙，叫他都不太理人",
    "孩子发烧39度，叫他不理，手脚冰凉",
    # Choking said in Cantonese (呛亲, 哽亲) with a colour; a cut with Cantonese's own character
    # (𠝹) and blood spurting.
    "阿嫲嗆親，塊面發紫",
    "BB食嘢哽親，面都青晒",
    "佢手腕𠝹咗好深，血一直標",
    "个女𠝹咗手，血狂标",
    "她把手腕割了，血一直往外冒",
    # A learner's English: "eat many tablets", "fall from roof, not wake up".
    "my son eat many tablets of his grandma",
    "my husband take many sleeping pill because he sad",
    "she eaten many paracetamol this morning",
    "he fall from roof, not wake up",
    "my father fall from ladder, head bleeding",
    "grandma not waking up, breathing strange",
    # Drying out with no wee in English, no wind passed, a fever with neck pain and the light
    # hurting, a testicle swelled up suddenly, a tearing pain with the back or chest anywhere.
    "my grandad's had diarrhoea for three days, he's not weeing and is very confused",
    "she's been vomiting since yesterday and hasn't been weeing",
    "my husband's got a really swollen tummy, he's been sick and hasn't passed wind for two days",
    "she's got a high fever and neck pain and the light hurts her eyes",
    "my son's testicle suddenly swelled up and it's agony",
    "我老公背痛得厉害，像被撕开一样，血压很高",
    "sudden pain in my chest, it feels like tearing, going through to my back",
    # A fall into a pond, a lake or a canal and under the water; "整整" a whole packet; a baby
    # of days (出生才十天) not feeding.
    "the kid next door fell in the pond and was under for a minute, now coughing and wheezing",
    "my son fell into the lake and was under the water for a while, he's very drowsy",
    "she fell in the canal, they pulled her out, she's breathing fast and confused",
    "我妈吃了整整两板降压药，现在头晕站不住",
    "宝宝出生才十天，黄得厉害，不吃奶，一直睡",
    "孩子刚出生一周，软软的不吃奶",
    # Signs said now, then asked about, or named as signs: still now.
    "他突然胸口压着疼，出冷汗，这是心梗的症状吗",
    "she has signs of a stroke, her face is drooping",
    # Stood up once and fainted, or blacked out just now: one time, now.
    "she stood up from the table and fainted, she's still out of it",
    "when I stood up just now I blacked out and hit my head, now I'm being sick",
]
COMPOSED_SEVENTEENTH = [
    # A baby of days said by its number of days (才二十八天, 四十五天的宝宝, 5 week old) with a
    # fever or heat.
    "宝宝才二十八天，发烧了，体温38度2",
    "孩子刚满五十天，摸着很烫，量了三十八度",
    "BB得三十日大，今朝發燒三十八度半",
    "我家寶寶才六十天，燒到38.3，喝奶很少",
    "my 5 week old is running a temperature of 38.4",
    "四十五天的宝宝发烧38度",
    "my baby is 10 days old and has a fever of 38.2",
    # Waters breaking told as a gush of water, as water that will not stop, or like wetting
    # oneself; amniotic fluid running (流羊水).
    "怀孕三十五周，刚才下面突然流了好多水，像尿裤子一样",
    "懷孕九個月，剛才哗的一下流出好多水",
    "有咗八個月，頭先流咗好多水出嚟，好似瀨尿咁",
    "I'm 36 weeks pregnant and just had a gush of fluid down my legs",
    "孕32周，下面一直流羊水",
    # A testicle swollen (肿) with a sudden pain or being sick; Cantonese's 蛋 with its side.
    "儿子十四岁，右边蛋蛋突然肿得很大，还吐了一次",
    "睾丸突然肿起来，疼得要命",
    "個仔左邊個蛋突然腫咗好痛，仲嘔埋",
    "睪丸突然腫起來，很痛還想吐",
    "my son's testicle suddenly swelled up and he's been sick",
    # Choking while eating (食紧, 吃着, eating) a food, voiceless or turning a colour (变紫, 变青).
    "孩子吃着葡萄突然不出声了，脸憋得发紫",
    "佢食緊車厘子突然冇聲出，面都紫晒",
    "小朋友食緊波子糖，突然哭唔出声，塊面變青",
    "my toddler was eating a grape and suddenly can't make a sound, going purple",
    "寶寶吃著花生突然發不出聲音，臉色變紫",
    # Medicines saved up (攒, 存, 储埋, stockpiling, saving up) with a time or an end told.
    "偷偷攒了两个月的安眠药，今晚就打算全部吃掉",
    "存了很久的药，今晚就解脱了",
    "我儲埋咗好多粒藥，今晚就一次過食晒",
    "I've been stockpiling my sleeping tablets and I'm going to end it tonight",
    "攢了很多止痛藥，覺得是時候了",
    "been saving up pills and tonight I want to say goodbye",
    # A fit is still a fit when blood is named after it.
    "他突然全身抽了，嘴角有血",
]
COMPOSED_EIGHTEENTH = [
    # A wound pressed on that still bleeds: a pressing (捂着, 按了, 揿住, "pressing on", "holding a
    # towel") with a bleeding that will not stop (止不住, 还在流, "still bleeding", "soaked through").
    "菜刀把手掌划开了，用毛巾按了十五分钟还是止不住",
    "剪刀戳到手，揿住咗好耐都止唔住",
    "削水果割到手，用纱布包着，十分钟了还在流",
    "磨刀時割到手指，用毛巾壓著二十分鐘，血還在流",
    "I cut my thumb on a tin, I've been pressing on it for 20 minutes and it's still bleeding",
    "my son cut his knee on glass, we're holding a towel on it and it's soaked through",
    # Diarrhoea or vomiting with signs of shock: cold hands, unsteady standing, a low pressure.
    "上吐下泻一整天，现在站都站不稳，手脚冰凉",
    "拉肚子拉了一晚上，刚才量血压只有85/50，人很虚",
    "阿婆屙咗成日，而家手脚冻冰冰，企都企唔稳",
    "腹瀉了一天一夜，手腳冰冷，站不穩",
    "he's had diarrhoea all night, now his hands are ice cold and he can't stand up",
    "vomiting since yesterday and her blood pressure dropped to 80 over 50",
    # A stiff neck with a fever or light that hurts, each in a clause of its own.
    "发烧两天了，今天脖子有点硬，看灯光觉得刺眼",
    "孩子高烧39度，头痛，脖子僵得低不了头",
    "发热，呕吐，颈好硬，怕光",
    "發燒兩日，條頸硬晒，見光就痛",
    "he has a fever and a headache, his neck is stiff, and the light hurts his eyes",
    "temperature of 39, can't bend her neck, says the lights hurt",
    "头很痛，怕光，脖子也僵，没发烧",
    # An older person's leg short or turned out after a fall: a broken hip.
    "奶奶在家摔了一跤，右腿变短了，脚往外翻",
    "爷爷滑倒后站不起来，左脚尖朝外",
    "老母跌低咗，只脚反咗出去，短咗一截",
    "my dad fell and his right leg looks shorter and turned out",
    "婆婆摔了以后，一条腿比另一条短，脚往外撇",
    "外公跌倒了，髋部痛，腿短了一截",
    # A child's real swallowing stays an emergency beside the questions asked ahead.
    "孩子刚才误吃了奶奶的降糖药，现在有点迷糊",
    "my toddler just swallowed a button battery",
    "细路食咗几粒安眠药，而家好眼瞓",
    # Medicines kept at home, then taken in an amount or saved for tonight.
    "囤了很多安眠药，今晚打算全部吃了",
    "家里囤了很多退烧药，孩子偷吃了一大把",
    # The visitor's own (男朋友, 小朋友) or someone brought here is no one else's story.
    "我男朋友吃了一瓶安眠药，叫不醒",
    "邻居老人摔倒叫不醒，我们把他送过来了",
    "我朋友刚喝了农药，人就在门口车上",
    "小朋友误吃了降压药，刚送来医院",
    # A fear said beside signs of today keeps them today's.
    "怕得要命，胸口压着疼，出冷汗",
    "孩子抽搐了，我害怕得发抖",
    "我很担心，他刚才突然倒地抽搐，现在叫不醒",
    "worried my dad is having a stroke, his face is drooping and he can't talk",
    "I'm scared, my chest is crushing and my left arm is numb",
    "担心会不会是心梗，胸口压着痛半小时了，出冷汗",
    "惊自己会中风，而家手脚冇力，讲嘢唔清",
    "我担心他是中风了，嘴巴歪了说话不清",
    # Chest pressure told as a simile (像被大象坐着, 像压了块石头, 像被绳子勒住) with sweating.
    "他胸口像被大象坐着一样，满头大汗",
    "胸口像被绳子勒住一样，喘不上气，出了一身汗",
    "心口像有块石头，冒冷汗二十分钟了",
    "胸口好似俾人揸住咁，成身汗",
    "it feels like an elephant is sitting on my chest and I'm sweating",
    "like a tight band around my chest, sweaty and sick",
    # A fall from a bed, a sofa or a chair, then vomiting, drowsiness or no response.
    "宝宝从沙发上摔下来，吐了两次，很想睡",
    "孩子从床上跌下来之后一直吐，精神不好",
    "my baby rolled off the bed and has vomited twice since",
    "細路由床跌落嚟，之後嘔咗幾次",
    "宝宝从床上掉下来，头着地，现在叫不醒，吐了",
    # Someone dying, a colleague collapsing, a first-aid question beside signs: emergencies.
    "我朋友吃了一瓶安眠药，快死了",
    "我爸心梗，快不行了，喘不上气",
    "同事突然倒地抽搐，叫不醒",
    "他喝了农药，我该怎么急救，现在吐白沫",
    "my son is choking right now, what first aid do I do",
    # A painful neck with light that hurts (with or without a fever said).
    "发高烧，脖子痛，特别怕光",
    "发烧三天，后脖子疼，开灯就觉得刺眼",
    "條頸好痛，見唔得光，發緊燒",
    "she has a temperature, her neck hurts and she says the light hurts her eyes",
    "头痛得厉害，脖子疼，怕光",
    # A young baby feeding poorly or listless, said softly (不怎么吃奶, 吃几口就不吃, 冇精神).
    "宝宝三个月，发烧38.2，不怎么吃奶",
    "宝宝两个月，不怎么吃奶，很没精神",
    "BB一個月大，食奶少咗好多，冇精神",
    "my 7 week old is barely feeding and seems listless",
    "婴儿两个月，吃几口就不吃了，一直睡",
    # Bleeding that will not stop on a blood thinner (华法林, 薄血药, "warfarin", "blood thinners").
    "he cut himself shaving and it won't stop dripping, he's on warfarin",
    "吃着华法林，拔完牙血一直止不住",
    "食緊薄血藥，割親手指，血止唔到",
    "my mum's on blood thinners and her nosebleed won't stop",
    "吃华法林的，刷牙出血，一直流血不停",
    # Waters said broken with a word between, in a pregnancy of weeks.
    "I'm 32 weeks and I think my waters have gone",
    "my wife's waters just broke, she's 39 weeks",
]
COMPOSED_NINETEENTH = [
    # Bleeding after a birth that will not stop or soaks through, said any way (止唔到, 止不了,
    # 湿晒, "won't stop", "soaked through"), with the birth said as 生完, 生咗, 产后.
    "生完BB第四日，落面啲血止唔到，换咗好多块卫生巾",
    "产后一周，下面出血出到湿晒条裤",
    "生完孩子五天了，下面的血怎么都止不了",
    "刚生完宝宝一个礼拜，下面的血还在流，换了好多片卫生巾，人发虚",
    "I gave birth four days ago and the bleeding won't stop, I'm soaked through two pads an hour",
    # A numb half-face or side said as 木 or 痹 (半边脸木了, 一边手脚发木, 半边面痹晒), or "numb on
    # one half".
    "我爸刚才看电视，突然半边脸木了",
    "外婆一边手脚发木，刚刚开始的",
    "老公半边身子木木的，刚刚开始的",
    "阿爷琴晚瞓醒，半边面痹晒",
    "my mum's face has gone numb on one half, started an hour ago",
    "half of his face feels dead and numb since lunch",
    # A blood sugar read in the clause after its word ("测了血糖，才2.1", "checked his sugar, it's
    # 2.2") with sweating, shaking or muddle.
    "妈妈是糖尿病，刚测了血糖，才2.1，浑身冒冷汗",
    "爸爸手抖出冷汗，用血糖仪测了一下，显示1.9",
    "阿爷打完胰岛素冇食饭，验咗血糖，得返2.5，成身冒汗",
    "my dad is shaky and sweaty, we checked his blood sugar, it's 2.2",
    "婆婆迷迷糊糊的，血糖仪一测，33点几",
    # Sight lost suddenly in one eye or both (全黑了, 看不到, 睇唔到, "went black"): the emergency
    # department at urgency II (floaters, flashes or a curtain are the retina's, ophthalmology II).
    "一只眼睛突然全黑了",
    "左眼突然看不见了，半个小时了",
    "右眼突然什么都看不到",
    "my right eye suddenly went black",
    "一边眼突然睇唔到嘢",
    # A concept's negative forms said in Cantonese (记唔起, 神志唔清, 唔停问, 感觉唔到胎动, 咳唔出声):
    # their twins come from the Mandarin forms, none written by hand.
    "跌亲撞到个头，而家记唔起发生咩事",
    "阿妈撞到头之后，唔停问同一样嘢",
    "个仔撞到头，而家神志唔清",
    "阿爷跌低撞到头，之后想唔起点样跌",
    "怀孕三十六周，今日感觉唔到胎动",
    "個細路食咗啲嘢，咳唔出聲，塊面發紫",
    # The patterns of the fifteenth to nineteenth files' misses, in words of our own: a stroke or a
    # young baby's age in a learner's English ("talking not clear", "mouth is going one side",
    # "he is 2 month"); a headache like an explosion in Cantonese, never had before (个头好似爆咁痛,
    # 从来冇试过); a belly gone hard with severe pain (肚子硬邦邦, 个肚硬晒); never before (以前从来没)
    # is now, not history.
    "he is talking not clear and his mouth is going one side",
    "my mother speak not clear since one hour, her face is going one side",
    "baby have fever 39 and not drinking milk, he is 2 month",
    "my son is 6 weeks, he has fever 38.5",
    "she is 3 weeks and very hot, temperature 38.3",
    "个女话个头好似爆咁痛，之前从来冇试过",
    "老公突然话个头爆咁痛，跟住呕",
    "婆婆说肚子像刀割一样痛，吐了好几次，肚子硬邦邦",
    "爸爸肚子痛得不敢碰，整个肚子硬邦邦的",
    "個肚硬晒，痛到唔敢掂，仲嘔埋",
    "以前从来没这么喘过，嘴唇发紫",
    "以前从来冇试过咁痛，心口好似俾人揸住，出晒冷汗",
    # More of a learner's English: someone who does not answer, drowsy or down ("not answer me",
    # "not respond me"); a leg short or turned outside after a fall; a baby's age in days ("is 10
    # day"); one side with no power or strength.
    "my father have sugar high, today he very sleepy and not answer me",
    "my mother lying on the floor, she not respond me",
    "she is very sleepy and doesnt answer me, her breathing is strange",
    "my grandma fall, her leg is short now and turn outside",
    "grandpa fell and his foot turned outside, he is 82",
    "my baby is 10 day, have fever",
    "she is 3 days and feels very hot, temperature 38.4",
    "hand and leg one side no power, start 30 minute",
    "my dad one side no strength, his face is going one side",
    # A pregnancy with a head that hurts a lot or flashes of light (头很痛, 头好痛, 眼前有闪光,
    # "flashing lights"); a chest squeezed, told as a simile (好似俾人揸住, 俾人捏住, "being
    # squeezed").
    "懷孕三十週，頭很痛，看東西有閃光",
    "怀孕32周，今天头特别痛，眼前有闪光",
    "有咗七个月，个头好痛，眼前发花",
    "I'm 34 weeks pregnant and keep seeing flashing lights with my headache",
    "佢話個心好似俾人揸住咁痛",
    "阿爸話心口好似俾人捏住，好辛苦",
    "my husband says his chest feels like it's being squeezed",
    # Asked whether beside today's signs, it stays today's (会唔会, "could it be", "can you make it
    # stop").
    "阿爸突然講唔到嘢，會唔會係中風？好驚",
    "can you make it stop, my chest is crushing and I'm sweating",
    "會唔會係心臟病？心口好痛，出晒冷汗",
    # Heard of a friend's, with one's own signs now: the visitor's.
    "I heard my friend had a heart attack, now my chest hurts and I'm sweating",
    # Bleeding in a pregnancy in a learner's English ("bleed a lot").
    "my wife bleed from down there a lot, she is 10 week pregnant",
    "I'm 12 weeks pregnant and I bleed a lot since this morning",
    # A laundry pod swallowed, chewed or in the mouth, said in English.
    "my toddler bit a laundry pod and swallowed some, now vomiting",
    "my son chewed a laundry pod and is coughing",
    "my baby got a laundry pod in her mouth and is choking",
]
COMPOSED_TWENTIETH = [
    # A limb bent the wrong way after a vehicle, said with 让, 给, 叫 or 俾 for "by".
    "我妈过马路叫车给撞了，小腿弯得不对劲",
    "他骑摩托让货车撞了，胳膊弯的不对劲，动不了",
    "我老豆俾车撞亲，只脚屈咗，好痛",
    "my brother got hit by a van, his leg looks wrong and bent",
    "老人家跌倒，手腕角度不对，肿得好大",
    # A fever after a birth with a foul discharge, a bad pain or signs of shock.
    "生完孩子第五天发烧39度，恶露很臭",
    "产后一周高烧，肚子很痛，手脚冰凉",
    "老婆生完bb发烧，恶露有臭味",
    "my wife gave birth 4 days ago and has a fever, the discharge smells bad",
    "three days after giving birth I have a fever, shivering and a racing heart",
    # A blow to the belly, then pallor, dizziness or a pain that grows.
    "孩子骑自行车摔倒，车把撞到肚子，脸色苍白",
    "踢球被人踢中肚子，越来越痛，头晕",
    "个仔跌落嚟撞亲个肚，而家面青",
    "my daughter fell onto her tummy from the slide and is pale and dizzy",
    "he got kicked in the stomach playing rugby and the pain is getting worse",
    # A fever or shivering during chemotherapy.
    "我妈在化疗，今天发烧38.5",
    "做完化疗十天，发冷发抖",
    "化療期間高燒，冷得發抖",
    "my dad is on chemo and has a temperature of 38.4",
    "she started chemotherapy two weeks ago and now has a fever of 38.8",
    # A baby's or child's stool like red jelly.
    "宝宝十个月，大便像果酱一样，一阵阵哭",
    "一岁的孩子拉出红色果冻样的便便",
    "BB尿片入面有啲好似士多啤梨果占嘅嘢",
    "my toddler's poo looks like redcurrant jelly",
    "my 9 month old keeps screaming and his poo looks like red jelly",
    # Hot oil or boiling water into an eye.
    "炒菜时热油溅到眼睛，睁不开",
    "开水泼到眼睛，好痛",
    "滚油溅入眼，睇唔到嘢",
    "hot oil splashed in my eye while cooking",
    "boiling water splashed into her eye",
    # The same families told across clauses: a fall, then a belly that hurts more; a birth, then
    # a fever with shivering fits or a foul discharge; a stool "like jelly" in its own clause;
    # oil that spat into an eye.
    "孩子从单杠上摔下来，肚子越来越痛，脸色发白",
    "小朋友由滑梯跌落嚟，个肚越嚟越痛",
    "he fell off his bike yesterday, today his tummy is getting worse and worse",
    "剛生完BB，發燒打冷震，個肚好痛",
    "生完孩子两周，发烧寒战",
    "she gave birth on monday, fever and shivering since last night",
    "我老婆產後五日，發燒，下面啲分泌物好臭",
    "she has a temperature and the discharge smells foul",
    "BB大便有血同埋啲潺，好似啫喱咁",
    "嬰兒大便好似果醬咁",
    "炸嘢嗰陣油彈入眼",
    "a pan of hot oil spat into his eye",
    "我在做化療，今天打寒顫",
    "剛做完化療，發燒到39度",
    "寶寶大便像草莓果醬，一直哭",
    "熱湯潑到眼睛",
    "我兒子騎腳踏車摔倒，龍頭撞到肚子，臉色發白",
    # Too much medicine taken, with plain 药 ("吃了太多药"), then drowsy.
    "他吃了太多药，现在昏昏沉沉",
    "阿嫲食咗太多药，而家好眼瞓",
    "my dad took too much of his medicine and is very drowsy",
    "吃了很多安眠药，现在还是不好受",
    "阿公被機車撞到，腳整個歪掉",
    # Many different medicines taken at once, as against being on them (below).
    "he took lots of different pills and won't wake up",
    # A time of the past scopes its own clause: a later clause that tells a present state ("now",
    # "since then", "she has", 一直, 呢两日, 这两天) is today's.
    "dad had chemo last week, now feverish with chills",
    "my dad had chemo two weeks ago and since then he has a fever and chills",
    "she had her chemo two weeks ago, since then she is feverish and shivering",
    "my sister had her baby last week, she has a high fever and the discharge smells really bad",
    "上周做完化疗，一直发烧打寒颤",
    "上週做完化療，一直發燒發冷",
    "上個禮拜做完化療，呢兩日發燒又打冷震",
    "上個禮拜生咗BB，一直發燒，惡露好臭",
    "三天前生完宝宝，这两天发烧，恶露很臭",
]
COMPOSED_TWENTY_FIRST_TO_THIRD = [
    # A fit said with 抽筋 (a cramp's word, Cantonese's usual one) or a jerking, with froth at the
    # mouth, no end or no answer, each in a clause of its own.
    "阿爸啱啱抽筋，口仲有好多白沫，叫佢唔应",
    "我老公刚才抽筋，抽了好几分钟都没停，嘴角有白沫",
    "阿妹成个人抽筋，口度有泡沫",
    "he started jerking on the floor, froth at his mouth, not answering",
    "我哥抽筋了好久，现在叫他没反应",
    "細佬喺學校抽筋，抽咗五分鐘都停唔到",
    "老婆忽然抽筋，嘴巴冒白泡",
    "我弟弟刚刚抽筋，已经抽了五分钟还没停",
    "抽筋抽了十几分钟，嘴里有血",
    # A motorbike (Taiwan's 机车, Hong Kong's 电单车) crash; a helmet cracked is a head struck,
    # with vomiting, drowsiness or no answer a head injury.
    "我老公骑机车摔了，头盔都裂开了，一直呕吐",
    "阿仔揸电单车跌低，头盔爆咗，问佢乜都答唔出",
    "my son came off his motorbike, his helmet is cracked and he keeps vomiting",
    "she fell off her bike, her helmet cracked, now confused and not making sense",
    "騎摩托車跌倒，安全帽撞凹了，人一直想睡",
    # A sip or a mouthful of soap or washing-up liquid, then a symptom.
    "孩子喝了一口洗洁精，一直吐",
    "my daughter swallowed a mouthful of shampoo and keeps coughing and choking",
    "阿仔飲咗一啖洗碗液，而家不停咳",
    "宝宝舔了几口沐浴露，吐了两次",
    # A fall from an e-bike or a motorbike with a graze and a sign of its own (no answer, a limb
    # bent, a leg that will not move); choking now, or again now ("又噎住了", "keeps choking and
    # turning blue").
    "骑摩托车摔了，全身擦伤，人叫不醒",
    "騎機車摔倒，手擦傷，腳好像斷了，歪歪的",
    "he came off his motorbike at speed and can't move his leg",
    "a motorbike hit my dad, he is lying on the road",
    "my brother crashed his motorcycle and his leg is bleeding a lot",
    "my son keeps choking on a sweet and can't breathe",
    "孩子又噎住了，咳不出来",
    "he keeps choking and turning blue",
]
COMPOSED_TWENTY_FOURTH_TO_SIXTH = [
    # A burn told by what happened (a pan or an oven on fire, steam, a pot of soup or hot water
    # tipped over) and the blisters or the skin coming off over an area, not the word "burn".
    "炒菜时锅里的油着火了，手臂和胸口起了好多大水泡",
    "我爸被蒸汽喷到，整条手臂都起泡了",
    "煲汤的锅打翻了，热汤淋到细佬两条腿，起晒泡",
    "the frying pan went up in flames and her arms are blistered, skin coming off",
    "熱水整煲倒落阿妹隻腳同個肚，起咗好多水泡",
    "烤箱的火窜出来，脸和脖子都起泡了",
    # Anaphylaxis told as a face that swells and a throat that is noisy or lets no breath
    # through, after a food (a spread or a snack of it too).
    "孩子吃了芝麻酱以后脸肿起来了，喘不上气",
    "我吃了几颗腰果，现在嘴唇肿，喉咙有响声",
    "食完虾酱之后块面肿晒，唞唔切气",
    "He had satay at lunch and now his face is swelling and he's gasping",
    "she ate some trail mix and now her face is swollen and there's a squeaky noise when she "
    "breathes",
    "吃了开心果，声音哑了，透不过气",
    # Party drugs: pills or "something" taken at a party, a club, a bar, a rave or a festival,
    # then heat, a racing heart, twitching, clenching or confusion.
    "朋友在夜店吃了两粒药丸，现在浑身发烫，一直发抖",
    "she took something at a rave and now she's boiling hot and her jaw keeps clenching",
    "佢喺酒吧食咗粒嘢，而家心跳好快，成身好热",
    "took pills at a festival, his heart is racing and he's confused",
    "在派对上嗑了药，现在心跳很快还抽搐",
    "he had a couple of pingers at a party, now he's twitching and sweating buckets",
    # Something stuck in the throat with the breathing failing stays an emergency (a throat that
    # only feels stuck, 卡卡的, or phlegm that will not come up is not: below).
    "孩子吃果冻卡在喉咙，喘不上气",
    "a grape is stuck in his throat and he can't breathe",
    # More wordings of the same families: sugar water or noodle water tipped or poured onto
    # someone (瀉落, 倒在), a cup pulled over, a gas ring or a barbecue flaring up; a biscuit, a
    # cracker or a dish with nuts or shellfish, then a tongue, lips or a throat; a pill or a
    # drink from someone at a club or a rave, then a fit, no answer or muddled talk.
    "阿嫲煮糖水，成煲滾糖水瀉落佢對腳，起晒大水泡",
    "煮麵的滾水整鍋倒在弟弟身上，背部起了一大片水泡",
    "my toddler pulled a cup of hot tea onto herself, her chest and arm are red and blistering "
    "badly",
    "小孩拉倒了桌上的热水壶，开水淋了一身，胸口和肚子起了好多泡",
    "we had a barbecue and the petrol flared up, his face and arms are blistering",
    "瓦斯爐起火燒到我媽的手臂跟脖子，起了好多水泡",
    "煤氣爐著火，燒到阿爸成隻手同塊面，皮都甩晒",
    "the deep fryer tipped over and hot oil went all over his legs, huge blisters",
    "my son ate a cookie with nuts and now his lips are huge and he's wheezing",
    "食咗芒果之後條脷腫，講嘢好辛苦",
    "My daughter ate a prawn cracker and her face swelled up, she says her throat feels tight",
    "她吃了花生糖以後，整張臉腫起來，喘不過氣",
    "吃完腰果鸡丁，嘴巴和眼睛都肿了，喉咙好紧",
    "朋友喺派對食咗粒藥，而家好熱、一直出汗、講嘢亂晒",
    "my girlfriend took molly at a festival, she's overheating and confused",
    "他在KTV吃了別人給的藥丸，現在心跳超快，一直抽",
    "He was at a club, someone gave him a pill, now he's having a fit",
    "we were at a rave, she took two pills, now she's burning up and not making sense",
    "爸爸修车时汽油着火，两条手臂都烧起泡了，皮一块块掉",
    "my nan's dressing gown caught fire from the heater, her legs are blistered",
    "孩子把一碗刚煮好的粥打翻在身上，胸前起了一片水泡",
    "婆婆倒開水時手滑，整壺滾水淋落大腿，起咗好多大泡",
    "吃了一块含有坚果的蛋糕，现在喉咙像被掐住，呼吸困难",
    "my son ate some prawns, his eyes and lips swelled up and he's struggling to breathe",
    "食完花生之後，個仔把聲變咗，唞氣有聲",
    "阿妹食咗啲合桃，而家成塊面腫埋，好似透唔到氣",
    "吃了虾以后声音沙哑，喉咙发紧",
    "食完蟹之後把聲變咗，好難唞氣",
    "佢喺夜店食咗粒丸仔，而家發晒熱，郁唔停",
    "朋友在音樂祭吃了搖頭丸，現在全身發燙、意識不清",
    "took ketamine at a house party and now he won't wake up",
    "he snorted a line at the club and now has crushing chest pain",
]
COMPOSED_TWENTY_SEVENTH_TO_NINTH = [
    # A hanging, tried or found: a rope, a belt or a scarf round the neck, someone cut down (上吊,
    # Cantonese 吊颈, "hang himself", "noose").
    "我弟弟在房间里上吊，被我们救下来了，现在叫不太醒",
    "阿哥喺屋企吊颈，啱啱救落嚟，仲有气但唔出声",
    "她用围巾把自己吊在门后，刚被发现",
    "found my husband hanging in the shed, we cut him down, he's barely breathing",
    "my daughter tried to hang herself with a belt, she's awake but confused",
    "他拿绳子套在脖子上想自尽，刚被拉下来",
    "我老公想上吊，绳子都綁好了，被我攔住",
    "there was a noose in his room and marks on his neck",
    # A fit said with 抽筋 over the whole body (全身, 成身), stiff, not yet awake (仲未醒, 还没醒,
    # "still not awake") or with blood at the mouth or a bitten tongue; in a pregnancy, eclampsia.
    "阿爷头先成身抽筋，而家仲未醒",
    "我妈刚才全身抽筋，现在还没醒过来，嘴角有血",
    "老公突然全身抽筋，身体僵直，咬到舌头流血",
    "佢头先抽筋抽到成身硬晒，口度有血",
    "my brother had a fit all over, still not awake, blood at the corner of his mouth",
    "孕妇八个月，刚刚抽筋，眼睛上翻，叫不应",
    "懷孕七個月，突然成身抽筋，之前話血壓高",
    "34 weeks pregnant and she just had a fit, her blood pressure was high last week",
    "怀孕三十五周，刚才抽筋抽到全身发硬",
    # A stroke told through a fall: one side gone weak or soft (右边手脚软, 左手左脚冇晒力, "her
    # left arm and leg are weak"), or only sounds instead of words (嗯嗯啊啊, "only mumbling").
    "我妈在厨房摔倒了，左边手脚没力气，说话含糊",
    "奶奶摔了一跤，只会嗯嗯啊啊，半边身子软软的",
    "my dad fell in the bathroom, he's only mumbling and his right arm and leg are floppy",
    "爷爷在厕所跌倒，叫他只会哼，左边手脚软掉",
    "外公跌倒以后右手右脚都软了，一直想睡",
    "阿嫲喺厨房跌低，左手左脚冇晒力",
    "my mum slipped in the kitchen and now her left arm and leg are weak",
    # A perforation: an ulcer, then a sudden, knife-like pain or a belly gone hard (硬晒, 硬得像
    # 木板, "rock hard", "rigid") that cannot be touched.
    "老公有十二指肠溃疡，刚才突然上腹剧痛，整个肚子硬梆梆，不让碰",
    "佢有胃潰瘍，突然間個肚痛到好似刀插，硬晒，掂都唔掂得",
    "my dad has a stomach ulcer and suddenly his belly is rock hard and agony to touch",
    "有胃潰瘍，今天突然痛得像刀割，肚皮硬得像木板",
    "he has an ulcer and now suddenly the worst pain ever in his stomach, it's rigid",
    # The families likeliest to recur, in further words: something hot (a water heater, a heater,
    # barbecue coals) told in one clause and a wide area of blisters or skin off in another; a
    # pill or "something" taken at a concert or in a karaoke room, then heat or muddled talk.
    "热水器的水突然变得滚烫，淋到我儿子背上，起了一大片泡",
    "暖爐烤到阿公的腳，一大片皮都掉了",
    "the barbecue coals flared and his whole forearm is covered in blisters",
    "阿妈炸鱼嘅时候油镬着火，手臂同心口起晒泡",
    "小孩把刚煮开的火锅汤打翻在大腿上，皮红了一大片还起泡",
    "朋友喺演唱會食咗粒嘢，而家成身好熱，一直講埋啲無厘頭嘢",
    "he took some pills at a concert, now he's burning up and confused",
    "在KTV吃了别人给的药丸，现在浑身发烫",
    # A third probe: a cord tied round the neck, a fit told as going stiff and jerking, one side
    # that cannot be used (使不上劲) after a fall.
    "she was found with a cord tied round her neck in the bathroom",
    "my wife went stiff and jerked all over for a minute, now she's confused and there's blood in "
    "her mouth",
    "爸爸在浴室滑倒，醒来以后左边身体使不上劲",
    "孕婦九個月，突然全身發抖抽筋，叫唔醒",
    "阿公跌咗之后讲嘢含含糊糊，一边手提唔起",
    "老公長期吃止痛藥，剛剛肚子突然痛到不行，整個肚皮硬梆梆",
    "我哥在房間用電線勒住自己脖子，剛被救下來",
    "外婆在客廳跌倒後，說話只會嗯嗯，左手抬不起來",
    "阿媽有胃潰瘍，頭先突然個肚好似俾刀插咁痛，硬到石頭咁",
    "he has a stomach ulcer and now his whole belly is hard like a board and he can't move",
]
COMPOSED_THIRTIETH_TO_SECOND = [
    # A pregnancy with the belly hardening or tightening in waves, or blood seen: preterm labour.
    "怀孕三十周，肚子一阵阵发紧，隔几分钟就来一次，还见了血",
    "懷孕29週，肚子一陣一陣發硬，下面見血",
    "I'm 30 weeks pregnant and my belly keeps going hard every few minutes, and there's some blood",
    "有咗三十二個禮拜，個肚一陣陣發硬，見咗血",
    # A cramp (抽筋) with the whole body shaking (全身震, 成身震): a fit, in a pregnancy too.
    "老婆怀孕34周，突然抽筋，浑身震个不停",
    "怀孕35周，刚才抽筋，成身震",
    "阿爸头先抽筋，成身震个不停",
    "爷爷刚才突然抽筋，全身一直震",
    # A forearm, an upper arm or an elbow bent out of shape after a fall.
    "小朋友跌咗，手瓜屈成咁，喊到停唔到",
    "妹妹溜冰摔了一跤，小臂弯成这样，手指发麻",
    "My son fell off the trampoline and his forearm is bent in the middle, fingers cold",
    # Something stuck and no sound coming out, or back blows that failed.
    "女儿吃汤圆卡住了，一点声音都发不出",
    "孩子吃糖卡住了，发不出声音，拍背也没用",
    "my toddler choked on a grape and cant make a sound",
    # A second probe in words of our own: months of a pregnancy (孕七个月), a belly that keeps
    # contracting every few minutes or regularly; the whole body shaking with the eyes rolled up;
    # a wrist like a dinner fork; Cantonese no cry coming out (喊唔出聲).
    "孕七个月，肚皮一阵一阵变硬，还流了点血",
    "懷孕三十週，肚子一直縮，每五分鐘一次",
    "怀孕三十三周，肚子规律地发紧，越来越频",
    "細佬頭先成身震，眼反白",
    "he suddenly dropped to the floor and his whole body was shaking, eyes rolled back",
    "my daughter fell off the monkey bars and her wrist looks like a dinner fork",
    "仔仔食緊花生哽親，喊唔出聲",
    # A wide area of skin peeling after something hot is still a large burn.
    "开水泼到孩子胸口，一大片脱皮",
    "the kettle spilled on his chest, the skin is peeling off in a big patch",
]
COMPOSED_THIRTY_THIRD_TO_FIFTH = [
    # A late period with a pain low on one side, the side said in a clause of its own (右下边,
    # "lower right"): an ectopic pregnancy.
    "例假过期三周，左下边一阵阵痛，人有点晕",
    "my period's three weeks overdue and there's a sharp pain lower right",
    "M迟咗两个礼拜，右下边好痛，头晕",
    # A concussion is a head injury: with vomiting or drowsiness, the head-injury red flag.
    "脑震荡后一直吐，越来越想睡",
    "concussion last week, now vomiting again and very sleepy",
    # A burn still: fire over a whole arm with blisters.
    "被火烧伤了整条手臂，起了很多大水泡",
]
COMPOSED_THIRTY_SIXTH_TO_EIGHTH = [
    # A child who ate a few of an elder's tablets, the elder said as Taiwan's or Hong Kong's (阿公的,
    # 婆婆啲) and the count as a range (三四粒, "four or five of").
    "孙女偷吃了阿公的降糖药，三四粒，现在叫不太醒",
    "細路食咗婆婆啲血壓藥，大概四五粒",
    "my toddler ate four or five of grandad's heart pills",
    # No movement felt, the baby said as 宝宝, bb or "kicks".
    "怀孕三十二周，从早上到现在没觉得宝宝动",
    "有咗八個月，今日冇覺得bb郁",
    "34 weeks pregnant and no kicks since last night",
    # Smoke breathed in at a fire with a hoarse voice or soot: an airway burn (a new red flag).
    "家里着火，妈妈吸了好多浓烟，声音都哑了",
    "火灾后他吸入了很多烟，咳黑痰",
    "he was in a house fire, breathed in smoke and now sounds croaky",
    # An oxygen reading said with "at home" between.
    "oxygen at home reads 86 and she's breathless",
    # A known condition had for years ("有糖尿病十几年", "has had high blood pressure for years")
    # makes no other clause a habit: a tearing pain through to the back is today's.
    "胸口像撕开一样痛到背，他有糖尿病十几年",
    "my dad has had high blood pressure for years and now has a tearing pain through to his back",
    # A probe of our own in further words: a weed killer said as Hong Kong's 除草水 and a bottle as
    # 成支; a coin swallowed with drooling or gagging (it sticks on the way down); blood pumping
    # or squirting from a wound.
    "阿爸飲咗成支除草水，口好痛",
    "阿妈饮咗半支除草水",
    "my baby swallowed a coin and is gagging and drooling",
    "孩子吞了个硬币，一直流口水，口水都吞不下",
    "my husband cut his arm with a chainsaw and it's pumping blood",
    "the cut on his leg is squirting blood",
    # A learner's English: a leg that "look short" after a fall, blood "coming a lot" in a
    # pregnancy, a battery "eat".
    "my father fall down and now he cannot move his leg and it look short",
    "my wife she is pregnant 8 month and blood coming a lot",
    "my son eat battery small round",
    # A known condition had for years, then today's red flag in Hong Kong's and English words.
    "阿爺有糖尿病好多年，今日成個人迷迷糊糊，叫極都唔應",
    "she's had asthma for years and now she can't finish a sentence and her lips are blue",
    # A third probe of our own, the rarer emergencies: a painful eye with halos round lights (acute
    # glaucoma); a neck hurt in a dive or a fall with numb limbs (a spinal injury); drooling,
    # sitting forward and a muffled voice (epiglottitis); a barking cough with a noise breathing in
    # (croup with stridor); a rod driven in (插到, 戳到); an erection that lasts hours (priapism); a
    # fever with signs of shock (sepsis). Each a new red flag but the rod.
    "眼睛突然胀痛，看灯有彩虹圈，还想吐",
    "my eye suddenly hurts a lot, I see halos round lights and I'm being sick",
    "he dived into shallow water, hit his head, now his neck hurts and his arms are tingling",
    "跳水撞到池底，脖子痛，手脚发麻",
    "孩子流口水，坐着往前倾，说话声音闷闷的，发高烧",
    "my daughter is drooling, sitting forward and her voice is muffled",
    "宝宝咳嗽像狗叫，吸气的时候有尖尖的声音",
    "my toddler has a barking cough and a high pitched noise when breathing in",
    "被钢筋插到肚子",
    "工地上一根铁棍戳到大腿，拔不出来",
    "阴茎勃起好几个小时不消，很痛",
    "my erection has lasted four hours and it hurts",
    "fever, shaking, my heart is racing and I feel like I'm going to pass out",
    "发烧寒战，量血压只有八十几，人很虚",
    # Hong Kong's words: a belly that hurts, its hardness told in a clause of its own (硬晒); a
    # neck struck with limbs gone without feeling (冇晒感觉).
    "個肚突然好痛，硬晒，郁都唔敢郁",
    "my stomach hurts so much, it's rock hard and I can't move",
    "個仔撞親條頸，手腳冇晒感覺",
    # A baby gone soft said of the body (全身软软的, 整个人软软的, 软塌塌的没精神).
    "宝宝全身软软的，不吃奶",
    "宝宝整个人软软的",
    "宝宝软塌塌的没精神",
    # A collapse where a name called gets no answer is still one.
    "爸爸倒在地上，叫他名字没反应",
    # The same words in their red-flag sense still are: a pod bitten open, a mosquito liquid drunk,
    # a knife wound that bleeds, a head about to explode all of a sudden, a child fitting.
    "our toddler bit open a laundry pod and is coughing and drooling",
    "孩子喝了驱蚊液",
    "被人刀伤了，血一直流",
    "头突然痛得像要爆炸",
    "my daughter is fitting and her lips are going blue",
    "爷爷左半边身体突然动不了",
    "被蜈蚣咬了，全身发麻，喘不上气",
    "被人捅了一刀，肚子在流血",
    "从脚手架上掉下来，昏过去了",
    "化学品溅到眼睛里，睁不开",
    "他说活着没意思，想死",
    "干活的时候捅了马蜂窝，被蜇了，现在浑身发麻，眼前发黑",
    "his hand got crushed in the machine at work, fingers flattened",
    "she feels faint and there's a rash spreading all over and her lips are swelling",
    "爷爷突然晕倒，叫他没反应",
    "女儿睡着的时候突然抽搐，口吐白沫",
    "肚子突然痛得打滚，一直吐",
    "他喝了好多酒，是不是酒精中毒了，叫不醒",
    "孩子误喝了农药，会不会中毒",
    "stung by a wasp and now my face is swelling and I feel dizzy",
    "my toddler accidentally took grandma's pills, two of them",
    "孩子舔了一下洁厕灵，嘴巴红了一直哭",
    "my toddler licked the dishwasher tablet and is drooling and crying",
]
# A fracture told beside a stroke's sign explains only a weakness or numbness in its own clause
# (or a jaw's speech): a speech gone slurred after a fall that broke a leg or a hip is still one;
# blood vomited today beside an illness of years (the years are the illness's).
COMPOSED_AFTER_THE_SIXTH_SWEEPS = [
    "奶奶上个月摔断了手腕，今天早上起来说话含糊不清",
    "my mum broke her hip last week and today her speech is slurred",
    "he fractured his ankle on Sunday, now his face is drooping on one side",
    "我妈乙肝好多年了，刚才吐了好大一口血",
    # A new emergency told as sudden and of today, in a clause of its own, beside a word that
    # excepts its red flag elsewhere (a rehabilitation, a follow-up).
    "老爸脑梗后一直在康复科做训练，今天上午突然又讲不出话，右手也抬不起来",
    "我妈在做康复，刚才吃饭的时候突然一边嘴角歪了，口水往外流",
]
COMPOSITIONS = [
    *OVERDOSE,
    *HEAD_INJURY,
    *PREGNANCY,
    *FOREIGN_BODY,
    *SEIZURE,
    *COMPOSED,
    *COMPOSED_IN_OTHER_WORDS,
    *COMPOSED_FURTHER,
    *COMPOSED_AGAIN,
    *COMPOSED_TWELFTH,
    *COMPOSED_THIRTEENTH,
    *COMPOSED_FOURTEENTH,
    *COMPOSED_FIFTEENTH,
    *COMPOSED_SIXTEENTH,
    *COMPOSED_SEVENTEENTH,
    *COMPOSED_EIGHTEENTH,
    *COMPOSED_NINETEENTH,
    *COMPOSED_TWENTIETH,
    *COMPOSED_TWENTY_FIRST_TO_THIRD,
    *COMPOSED_TWENTY_FOURTH_TO_SIXTH,
    *COMPOSED_TWENTY_SEVENTH_TO_NINTH,
    *COMPOSED_THIRTIETH_TO_SECOND,
    *COMPOSED_THIRTY_THIRD_TO_FIFTH,
    *COMPOSED_THIRTY_SIXTH_TO_EIGHTH,
    *COMPOSED_AFTER_THE_SIXTH_SWEEPS,
]
NOT_EMERGENCIES = [
    # A weakness in the limb a fracture broke; a child's breaths counted over a minute, no
    # heartbeat.
    "手腕骨折以后这只手一直没力，想做康复",
    "孩子睡着的时候呼吸一分钟三十多次，正常吗",
    # A rehabilitation with the stroke's signs going on (no sudden onset), and a sudden onset
    # told as a known illness's story (no word of now).
    "脑梗后在做康复，现在讲话还是不太清楚，右手没劲",
    "孩子两岁时突然抽搐过，后来诊断是癫痫，一直吃药，想来复查",
    # Look-alikes of the thirty-sixth to thirty-eighth files' families: tobacco or kitchen smoke
    # with a hoarse voice; a stroke had twice (脑梗过两次了: the experiential 过 with 了 is history);
    # a symptom had for years (有点胸闷好多年) is still a long story.
    "老公抽烟二十年，最近声音沙哑",
    "做饭油烟大，喉咙有点哑",
    "我妈脑梗过两次了，现在说话还不太清楚，想做康复",
    "有点胸闷好多年了，偶尔出汗",
    # Fainting at the sight of blood or at a needle is a known trigger.
    "I feel faint when I see blood",
    "每次抽血都会晕针",
    # Someone else's red flag sent to hospital (送医院了), the visitor asking about safety.
    "邻居家小孩喝了农药送医院了，我想问问家里农药怎么放安全",
    "同事心梗送了急诊，我想查查自己的心脏",
    # Look-alikes of the rarer emergencies: halos with no pain, an eye sore from a screen, a
    # cricked neck, a teething baby drooling, a barking cough alone, a morning erection asked
    # about, a baby's cold hands in a fever asked about, a fever with a little dizziness, stiff
    # finger joints for an hour in the morning.
    "晚上开车看路灯有光圈，不痛不痒",
    "眼睛胀痛，看手机太久了",
    "落枕了，脖子痛，手有点麻",
    "宝宝长牙，一直流口水",
    "孩子咳嗽像狗叫，晚上比较厉害",
    "早上起来会勃起，正常吗",
    "宝宝发烧手脚冰凉是怎么回事呢",
    "发烧38度，有点头晕",
    "手指关节肿，早上起来硬了一个钟",
    "肚子痛，大便很硬",
    "做完仰卧起坐肚子痛，腹肌硬邦邦",
    # A soft lump on a baby (软软的包) is no floppy baby.
    "宝宝头上有个软软的包",
    "bb手臂有粒软软的嘢，唔痛",
    # "Soft" said of a thing a baby has (stools, hair, a belly) is no floppy baby.
    "宝宝大便软软的，一天三次",
    "宝宝的头发软软的，很少",
    "bb啲屎软软哋，正唔正常",
    "宝宝肚子软软的，按着不哭",
    # A voice lost from a hoarse throat is no stroke's speech; a child who ignores people and does
    # not answer to his name is no unconscious child.
    "说话多了嗓子哑，说不出话",
    "lost my voice after the concert, can barely talk",
    "孩子不理人，叫他名字没反应，两岁了",
    # A red flag's word in its everyday sense: a nose running 哗哗, a discharge or a patch coffee
    # coloured, exercise 过量, washing-up liquid on the hands, whitening teeth, a gas bill, static,
    # a head or a throat said like an explosion or a fire, work at height, a small kitchen cut, a
    # fish pond, a bathtub, swimming underwater, half the head aching, drooling in sleep, dust
    # breathed in, a choking feeling in anxiety, a faint line on a test, a lens fitting.
    "感冒了，鼻涕哗哗地流",
    "白带是咖啡色的",
    "脸上长了块咖啡色的斑",
    "跑步运动过量，腿很酸",
    "用洗洁精洗碗手上起疹子",
    "想做牙齿漂白",
    "家里燃气费怎么交",
    "冬天被静电电到，手指麻了一下",
    "头痛得像要爆炸，偏头痛老毛病了",
    "嗓子像着火一样疼",
    "我在高空作业，要做入职体检",
    "切菜的时候刀伤了一下手指，口子很小",
    "在鱼塘边钓鱼被蚊子咬了好多包",
    "I slipped in the bathtub and hurt my knee",
    "my ears hurt after swimming underwater",
    "左半边头痛，一跳一跳的，老毛病了",
    "晚上睡觉漏口水",
    "扫地吸进灰尘，一直咳嗽",
    "焦虑的时候有窒息感",
    "there's a faint second line on my pregnancy test",
    "I'm here for my contact lens fitting",
    # A faint at an injection, a child breathless from crying, a grandfather hard of hearing who
    # does not answer, a start from a nightmare, a period pain every month.
    "打針嘅時候暈咗一陣，而家冇事",
    "小孩打疫苗后哭得喘不过气，现在好了",
    "爷爷耳朵背，叫他没反应",
    "女儿做噩梦惊醒，抽了一下",
    "月经第一天痛得打滚，每个月都这样",
    # A heart attack's markers tested, a stroke of bad luck, collapsing into bed, a question
    # whether it is alcohol poisoning, a phone "addiction" (手机中毒), "missing me to death".
    "心梗標誌物檢查結果正常，還要再查嗎",
    "I had a stroke of bad luck, lost my job and can't sleep",
    "my husband collapsed into bed after work, just tired, snoring loudly",
    "喝酒臉紅，是不是酒精中毒",
    "手機中毒，每天滑到半夜，眼睛酸",
    "我老婆生氣說想死我了，其實是想念我",
    # Anger said with the body (气得我吐血, 肺都气炸了) and a computer or a person "抽风".
    "老板气得我吐血，胃也不舒服",
    "肺都气炸了，头痛",
    "电脑抽风了，挂号挂不上",
    "女儿说我抽风了，其实我就是有点感冒",
    # Chest pain on coughing a lot, one's own tablets taken twice, a bee sting swollen where it
    # stung.
    "I get chest pain when I cough a lot",
    "I accidentally took my tablets twice this morning",
    "早上不小心把降压药吃重了，多吃了一次",
    "I was stung by a bee, it's a bit swollen, no other problems",
    # Lips a little blue from the cold in a bath, better once dressed; a lick of washing-up liquid.
    "宝宝洗澡冷了嘴唇有点紫，穿好衣服就好了",
    "孩子舔了一下洗洁精，没事吧",
    "my son licked some soap, is that ok",
    # English everyday senses: breathing through the nose, a faint rash, poison ivy, a finger
    # crushed in a door, a fright that "nearly gave me a heart attack", a fit note, drowning in
    # work, a nose gushing, periods heavy with a pad every few hours, burnt out.
    "I can't breathe through my nose, it's been blocked for weeks",
    "there's a faint rash on my arm",
    "I got poison ivy on my legs hiking",
    "I crushed my finger in the car door, it's bruised",
    "the news nearly gave me a heart attack, now I can't sleep",
    "I need a fit note for work, my back's bad",
    "I feel like I'm drowning in work and can't switch off",
    "my nose is gushing with a cold",
    "my periods are bleeding heavily, changing a pad every 3 hours",
    "I'm burnt out at work",
    # More of them: slang and hyperbole (憋死我了, 晕死了, 痒得想死, 牙痛得想死, 累得瘫软), a medicine with
    # no effect (吃了药没反应), a nerve pain like an electric shock (触电的感觉, 过电, "lightning pain"),
    # a small sore on the lip, a kitchen cut, a centipede's bite a little swollen, a bruised knee,
    # chemicals at work, electroconvulsive treatment of the past, scaffolding as a job, a hornets'
    # nest poked with a few bites, sleeping all day lately.
    "工作忙，憋死我了，最近睡不好",
    "最近整天昏睡，没精神",
    "晕死了，挂号排了两个小时",
    "吃了药没反应，还是痛",
    "累得瘫软，想做个体检",
    "手麻，有触电的感觉",
    "腰痛，腿有过电一样的感觉",
    "a lightning pain shoots down my leg",
    "嘴唇肿了一个小包，有点痛",
    "痒得想死，全身都是疹子",
    "牙痛得想死",
    "切菜割手了，一点血",
    "我做饭界手，流咗少少血",
    "被蜈蚣咬了，有点肿",
    "撞伤了膝盖，有点淤青",
    "我在工厂接触化学品，想做职业病体检",
    "我以前做过电击治疗，现在情绪稳定",
    "我的工作是做脚手架的，腰很痛",
    "他捅了马蜂窝，被叮了几个包",
    # Look-alikes of the thirty-third to thirty-fifth files' families: heartburn (火烧心), a side
    # low down with no late period, a concussion's check when fine.
    "一躺下就火烧心，喉咙也酸酸的",
    "晚上吃多了，胸口火烧心，想吐酸水",
    "右下边的牙齿痛了两天",
    "月经刚来完，右下边有点隐隐作痛",
    "上个月有过脑震荡，问问现在能不能打球",
    # Look-alikes of the thirtieth to thirty-second files' families: a pregnancy's occasional
    # hardening asked about, fever chills in a pregnancy, shivering with cold, a pregnancy's leg
    # cramps, a sore forearm or elbow, a fish bone with a voice, a question about jelly, a hoarse
    # voice.
    "怀孕30周，偶尔肚子发硬，正常吗",
    "怀孕了，发烧发冷，全身抖",
    "冻到全身震，想饮杯热水",
    "怀孕30周，小腿抽筋，晚上睡不好",
    "孩子小臂有点疼，昨天打球",
    "手肘弯一弯就疼，打网球后",
    "吃鱼卡了根刺，喉咙有点疼，能说话",
    "孩子吃果冻，想问果冻安全吗",
    "嗓子哑了三天，发不出声音",
    "冻到成身震，眼都反白咁",
    "打冷震，全身震，好冻",
    "怀孕七个月，想问可以坐飞机吗",
    # A hand scalded by steam with a little peeling is the burns clinic's, not a large burn.
    "煲汤时被蒸汽烫到手，红了，有点脱皮",
    # Look-alikes of the twenty-seventh to twenty-ninth files' families: a collar, a scarf, a lamp
    # hanging, a seat belt or a cord round a baby's neck at birth; a pregnancy's leg cramps; a
    # child not yet awake; a toddler's babble; weak from hunger; a mumble in sleep; a knee's
    # cartilage on the right; an ulcer's dull ache or check-up, a mouth ulcer, a question.
    "衣服领子太紧勒脖子，有点不舒服",
    "I hang the washing out and my shoulder hurts",
    "打吊针的地方手肿了",
    "围巾围着脖子还是觉得冷",
    "a lamp hanging from the ceiling fell on my head, small bump",
    "the seat belt rubbed my neck in the crash, it is a bit red",
    "生的时候脐带绕颈，现在宝宝很好，来打疫苗",
    "怀孕三十周，晚上小腿抽筋",
    "怀孕七个月，半夜腿抽筋痛醒",
    "小朋友仲未醒，想问几点开门",
    "宝宝一岁半，只会嗯嗯啊啊，还不会说话",
    "饿得手脚发软",
    "my grandad mumbles in his sleep, is that normal",
    "右边膝盖软骨磨损，走路痛",
    "有胃溃疡，饭后胃隐隐作痛",
    "胃溃疡复查，想做胃镜",
    "口腔溃疡好几天了，吃东西像刀割一样疼",
    "could an ulcer make your stomach go hard",
    # A child burning hot with blisters (chickenpox), new shoes or a hike, an itch, a day in the
    # sun, one small blister from soup; a concert or karaoke with a sore throat.
    "孩子全身滚烫，身上起了好多水泡",
    "my son is hot and has blisters all over his body",
    "手上起了好多水泡，好痒",
    "穿新鞋走了一天，脚后跟皮都掉了",
    "行山行到脚底起晒泡",
    "阿妈煲汤，汤泻咗落佢隻手，起咗一粒细泡",
    "he went to a concert last night and has a sore throat today",
    "朋友在KTV唱了一晚歌，现在声音沙哑",
    # Look-alikes of the twenty-fourth to twenty-sixth files' families: one small blister from
    # hot water, a hot water bottle or an iron; hands peeling from washing up; a fever told as
    # "burning hot"; a food then a rash or a tingle with the breathing fine, an allergy test;
    # medicine of one's own or a hangover around a party; a throat that feels stuck (卡卡的) or
    # phlegm that will not come up.
    "煮饭时被热水溅到手背，起了一个小水泡",
    "用了热水袋，肚子上起了个水泡",
    "熨斗烫到手臂，起了一个泡",
    "grabbed a hot pan and my palm blistered",
    "用热水洗碗，双手脱皮",
    "每天泡热水脚，脚上起了水泡",
    "he's burning hot with a fever and has blisters in his mouth",
    "孩子吃了花生酱，嘴边起了几个红点，呼吸正常",
    "I'm allergic to sesame, I want an allergy test",
    "吃了菠萝以后嘴巴有点刺痛，没有其他不舒服",
    "ate some cashews yesterday, my face was a bit puffy but breathing fine today",
    "I took two paracetamol before the party, now I have a mild headache",
    "I took my blood pressure pills at the party and my heart is racing a bit",
    "昨晚在酒吧喝多了，今天头痛",
    "going to a festival next week, do I need any vaccines",
    "在派对上吃了太多蛋糕，肚子胀",
    "喉咙卡卡的，好像有东西，吞不下也吐不出，一个月了",
    "嗓子有痰咳不出来，好几天了",
    "喉嚨卡卡，成日要清喉嚨",
    "throat feels scratchy and there's phlegm I can't cough up",
    "喉咙总觉得卡着口痰，咳不出来",
    "半年前被开水烫伤，现在疤痕很痒",
    "I burned my finger on a hot pan, small blister",
    "阿仔掂到熱鑊，手指起咗粒細水泡",
    "被热水烫到手指，有点红，没起泡",
    "my son has a peanut allergy, we need a new epipen prescription",
    "吃海鲜后皮肤有点痒，没有其他不舒服",
    "I've got a rash on my arms after eating strawberries, no swelling, breathing fine",
    "I'm going to a party tonight, can I drink on antibiotics",
    "派對之後喉嚨痛，有少少咳",
    "在夜店玩到很晚，今天喉咙哑了",
    "He took his inhaler at the party and his breathing is fine now",
    "上个月被烫伤的地方还没好，想换药",
    "I'm allergic to prawns, what should I avoid",
    "孩子对花生过敏，想开一支肾上腺素笔备用",
    "I go to a lot of parties, how can I stop drinking so much",
    "派对上吃太多炸鸡，肚子痛",
    # A hoarse voice after any food (a hot pot, something fried, ice cream) is no throat closing
    # ("吃了火锅以后声音沙哑" was an emergency at urgency I); after an allergen it stays one.
    "吃了火锅以后声音沙哑",
    "食咗好多煎炸嘢，把声沙咗",
    "食完雪糕之后把声变咗，喉咙有啲痛",
    "我哋今朝食咗粥，佢倒咗啲落枱面",
    # Look-alikes of the twenty-first to twenty-third files' families: a cramp of a leg, a foot or
    # a hand that will not stop, a blister in the mouth, an eyelid that twitches, a helmet to
    # replace; a mouthful of soap or washing-up liquid with nothing felt, wild mushrooms eaten
    # with no symptom; many medicines taken without effect, too many pills taken as a habit.
    "游泳时脚抽筋，好耐都未停",
    "手抽筋，停唔到，好痛",
    "手指抽筋停不下来",
    "夜里抽筋，几分钟就好了",
    "胃抽筋好痛，停不下来",
    "嘴里长了个白泡，吃东西疼",
    "右邊眼皮一直抽動，不痛",
    "头盔裂了，想买个新的",
    "喝了一大口洗洁精，现在没什么感觉",
    "I swallowed a mouthful of washing-up liquid, I feel fine",
    "不小心吃了一口肥皂，没有不舒服",
    "昨天吃了山上采的野蘑菇，现在没什么症状",
    "we ate wild mushrooms we picked, no symptoms yet, should we be checked",
    "食咗好多药都仲未好，喉咙痛",
    "最近吃了一堆药也不好，胃一直胀",
    "took loads of medicine and it's still not getting better",
    "he takes too many pills every day",
    "my mum takes too many painkillers for her back",
    "每天吃好多药，想问能不能减",
    # A fall from an e-bike or a motorbike with only a graze; choking on food again and again
    # as a habit (the swallow's: a digestive or a throat clinic).
    "骑电动车摔了一跤，膝盖擦破皮",
    "摩托車摔倒，手肘擦傷",
    "I want to ride a motorbike again after my knee op",
    "my grandad keeps choking on his food and has lost weight",
    "老爸食嘢成日哽住，瘦咗成十磅",
    "老人家吃饭老是噎着",
    "she often chokes on her tablets",
    # Something in a nose or an ear with the breathing said fine; look-alikes of the twentieth
    # file's new red flags (a birth, chemotherapy, red food, a belly that hurts when touched).
    "孩子耳朵里塞了颗豆子，呼吸正常，不哭",
    "小孩鼻子里塞了个纸团，喘气正常",
    "my son pushed a bead up his nose, he is breathing fine",
    "个仔塞咗粒珠入鼻，唞气正常",
    "she put a small stone in her nose, breathing normally, not upset",
    "生完孩子三个月，想问什么时候可以运动",
    "产后恶露一个月还没干净",
    "化疗后头发掉了很多",
    "on chemo, temp is normal, just very tired",
    "化疗期间要注意预防发烧吗",
    "孩子吃了红色果冻，大便有点红",
    "my baby ate beetroot and the poo is red",
    "肚子疼，一碰就痛，越来越痛",
    "I fell on my tummy last year, now want a check",
    "用热毛巾敷眼睛可以吗",
    "他的腿一直都是O型腿，想矫正",
    "肚子越来越痛，三天了",
    "我家孩子爱吃果冻，怎么办",
    "产后恶露有点味道，正常吗",
    "产后腰好痛",
    "孩子鼻子塞了一颗花生，呼吸正常",
    # Many medicines taken without effect, and an older person's many kinds to sort out.
    "吃了好多药都没好，咳嗽两周",
    "食咗好多药都唔见好，喉咙痛",
    "took lots of medicine for my cough, still not better",
    "老人家吃太多種藥，想整理一下",
    "爷爷每天吃七八种药，想问哪些可以停",
    "細路塞咗粒紐扣入耳，冇咩事",
    "my daughter put a bead in her ear, she is fine",
    "眼睛进了点油烟，有点涩",
    # Being on many different medicines, said in English, is no overdose (很多种 already was not).
    "my dad is 82, keeps falling and is on lots of different medicines",
    "my mum takes so many different tablets, can someone check them",
    "she is on all sorts of pills for her heart and sugar",
    "一直在吃降压药，想开点药",
    "吃了很多种药都没好",
    "2年前脑梗，现在想复查",
    "以前血压180，现在吃药控制住了",
    "声带息肉会导致呼吸困难吗",
    "经常手脚抖，是不是帕金森",
    "孩子眨眼睛抽动，是抽动症吗",
    "没有胸痛和呼吸困难，就是咳嗽",
    "想问一下安眠药吃多了会怎么样",
    "怀孕前血压有点高，现在孕20周想建档",
    "血压130/85，想咨询一下",
    "体温36.8，喉咙痛",
    # Look-alikes of the families above: mild, over, asked in general, years ago.
    "生完孩子一个月，恶露还有一点点",
    "孩子发烧两天，精神还好，能吃能玩",
    "糖尿病，最近口渴，想查个血糖",
    "手上被烫了一个小泡",
    "眼睛进了沙子，已经冲出来了，还有点红",
    "切菜切到手指，出了点血，已经止住了",
    "坐了很久的飞机，脚有点肿",
    "背痛好几年了，久坐更明显",
    "以前有癫痫，现在按时吃药，来开药",
    "最近老觉得有人在背后议论我",
    "昨晚喝多了，今天头痛",
    "一边脸有点麻，已经好几个月了",
    "大便有点黑，吃了铁剂以后",
    "胸口痛，按压会更痛，前天搬过东西",
    "肚子胀气，放屁多",
    "被狗抓了一下，没出血，想打狂犬疫苗",
    "摔了一跤，膝盖擦破皮",
    "my grandma has a cough and a bit of a cold",
    "my baby has colic in the evenings",
    "食完花生有啲痕，呼吸冇問題",
    "阿爺血糖高，想覆診調藥",
    "個仔春袋有啲痕",
    "冬天點樣預防一氧化碳中毒",
    "細個遇過溺，而家好驚水",
    "my husband eat shrimp and have small itchy spot",
    "my father have sugar disease, want to check",
    "how can I know if I have heat stroke",
    "my baby have diarrhea but drink milk good and many wet nappy",
    "last year I got electric shock, now I want check heart",
    "吃海鲜以后有点痒，嗓子没事，呼吸正常",
    "怎么预防中暑",
    "以前被电打过一次，现在想做个体检",
    "糖尿病十年了，想换一种降糖药",
    "三年前心梗，做了支架，来复查",
    "蛋蛋有点坠胀，好几个月了",
    "月经推迟了一周，验孕阴性，想调理",
    "孩子拉肚子，尿很多，精神不错",
    "手指被纸划了个小口子",
    "孕25周，胎动很活跃，来产检",
    "my son swallowed a bit of toothpaste",
    "I had heat exhaustion last summer, is it likely to happen again?",
    "my nan has a water infection and needs antibiotics",
    "how do I know if my child is dehydrated?",
    "食物中毒好了，多久可以上班",
    "how soon after chickenpox can I go back to work",
    "摔了一跤，肚子有点痛",
    # Look-alikes of the twelfth file's families: a refill, a static shock, breathing exercises,
    # a period pain of each month, a year gone by, a normal pair of numbers.
    "降压药瓶子空了，想再配一点",
    "got a static shock off the trolley",
    "want to learn deep breathing for my anxiety",
    "来月经的时候肚子疼得冒冷汗，想调理",
    "my dad had a stroke in 2014 and wants his flu jab",
    "2019年心梗放了支架，今天来拿药",
    "血压135/88，想复查",
    "my reading at the chemist was 140 over 90",
    # A whole packet finished as a course, or prescribed, that did not help.
    "一整盒消炎药吃完了还没好",
    "医生开了一整盒止痛药，吃了没用",
    # Look-alikes of the thirteenth file's families: a pesticide to buy, a mosquito spray, a
    # poisoning survived years ago, sweating after a fever medicine, self-harm denied in Cantonese
    # and Taiwan's words, the bone doctor, an app that crashes, a fever with cold hands alone.
    "地里的杀虫药用完了，想问哪里能买",
    "喷了驱蚊的杀虫药，房间里有点味道，出了点汗",
    "二十年前喝过农药被抢救回来了，现在胃不好，吃饭吐",
    "吃了退烧药出了一身汗",
    "心情差咗好耐，但係我冇諗過要自殺",
    "不是想自殺啦，只是最近睡不好",
    "my gran wants to see the bone doctor about her knee",
    "the website keeps crashing when I try to pay",
    "宝宝发烧，手脚冰凉",
    # Look-alikes of the fourteenth file's families: a child's worming tablets, a nasal spray,
    # a refill, a heart attack of years ago with today's reason, a question, shop mushrooms, a
    # small splash, medicines fetched, a quarrel without a medicine.
    "给孩子吃了打虫药，想问多久吃一次",
    "my inhaler ran out, can I get another prescription",
    "鼻喷雾剂喷了好几天都不管用，鼻塞",
    "my hay fever nasal spray isn't working",
    "she had a heart attack in 2015 but what brings her today is her hip",
    "爷爷十年前心梗，今天来看牙",
    "could heartburn feel like a heart attack?",
    "买的香菇炒来吃，有点想吐",
    "I had mushrooms from the supermarket and feel a bit sick",
    "拿了一大堆药回家，想问怎么吃",
    "医生开了好几盒药，想问饭前还是饭后吃",
    "泡茶的时候开水溅到手背，一个小泡",
    "hot tea splashed on my hand, just a small red patch",
    "吵完架心情很差，睡不着",
    # Look-alikes of the fifteenth file's families: a good oxygen reading, a low one of the past.
    "量氧98，就是有点咳嗽",
    "以前测氧最低到过85，现在还好",
    "her sat level was 97, just a cough",
    # A knock of last week, nodding off after lunch, sick from crying, sick with a cold.
    "bumped my head on a shelf last week, just a bit of a bruise",
    "I keep nodding off at my desk after lunch",
    "my son banged his knee and was sick from crying",
    "been sick with a cold all week",
    "上课老打瞌睡，晚上睡不好",
    # An alarm to buy or fit, or one set off by toast.
    "should I get a carbon monoxide alarm for the boiler? I get headaches sometimes",
    "想问煤气报警器装在哪里比较好",
    "the gas alarm went off because of burnt toast, everyone is fine",
    "我有点头痛，想问要不要买个一氧化碳报警器",
    # One sleeping tablet, or half of one, taken as a dose is no overdose.
    "空腹吃了一片安眠药",
    "睡前吃了半片安定，早上起来头有点晕",
    "took one sleeping tablet last night and feel groggy this morning",
    "昨晚吃了一粒佐匹克隆，还是睡不着",
    "安眠药吃了一片，会不会上瘾",
    # A pesticide named alone: on vegetables, sold, on the skin with a rash.
    "菜上有农药残留吗，洗得掉吗",
    "我是卖农药的，最近腰痛",
    "手上沾了除草剂，起了点红疹，有点痒",
    "weed killer got on my hands, a bit of a rash",
    # One leg's sciatica, a leak of years, froth in the urine.
    "腰痛，痛到屁股，左脚有点麻",
    "sciatica down my right leg for weeks, foot tingles",
    "腰酸背痛好几年了，年纪大了有点漏尿",
    "腰痛，小便有泡沫",
    # Look-alikes of the sixteenth file's families: a knee or a wrist that landed, soup on the
    # tongue or a finger, a baby feeding a little less or with a cold, a hard week, a barbecue.
    "fell off my bike and landed on my wrist, it's swollen",
    "膝盖着地，擦破了皮",
    "喝汤的时候烫了一下舌头",
    "a splash of hot soup on my finger, small red mark",
    "宝宝五个月大，最近奶量少了一点，精神很好",
    "3 months old baby with a bit of a runny nose, feeding fine",
    "最近工作压力大，活得好累，想找人聊聊",
    "买了一包炭准备周末烧烤",
    # A cramp of minutes, a wait for bloods, a tremor of minutes, a fit of years ago.
    "腿抽筋抽了好几分钟",
    "抽血等了二十分钟还没叫号",
    "手抖了好几分钟了，喝了点糖水",
    "以前癫痫抽过几分钟，现在按时吃药，来开药",
    "we've got a log burner, is it safe with a baby in the house",
    "I've thrown up twice today after a dodgy kebab",
    "宝宝一岁半，摸着有点烫，精神很好",
    "my son has a speech delay, he's three and only says a few words",
    # Faint each time the body moves, told in the present ("when I stand up", "whenever").
    "I feel faint when I stand up too quickly",
    "I get dizzy and faint whenever I get out of bed",
    "she feels faint when she stands for a long time in assembly",
    "my chest gets tight when I climb stairs, been like that for months",
    "he goes lightheaded and nearly passes out when he stands up from the sofa",
    "請問巴拉刈現在還買得到嗎",
    "年年春噴在草地上，小狗可以出去嗎",
    "itchy rash that goes away when I press it, no fever",
    "孩子出疹子，按下去会退色，不发烧",
    # What a condition looks like, asked in general.
    "我想知道心梗有什么症状",
    "中风有哪些前兆",
    "脑出血的症状是什么",
    "what are the signs of a stroke? asking for my dad",
    "how do you spot a heart attack in a woman",
    "心梗有咩症状",
    "I used cocaine years ago, now I want help to stay clean",
    "想戒毒，去哪个科",
    "my son smokes cannabis and I'm worried, who can we talk to",
    "去溜冰摔了一跤，胸口有点痛",
    "drank a can of coke and my heart feels a bit fast",
    "my bone density scan came back low",
    "普拿疼一天最多可以吃幾顆",
    "史蒂諾斯吃了一顆還是睡不著",
    "孩子在玩游戏，叫他不理我，怎么办",
    "食飯嗆親咳咗幾聲，而家冇事",
    "切菜𠝹親手指，少少血，止咗",
    "i take too much medicine for my cough? i want ask",
    "my son fall from bicycle last week, knee still pain",
    "tore a muscle in my back at the gym, it's tearing when I bend",
    "生完孩子会阴撕裂，后背也酸",
    "my eyes keep tearing up and my chest is a bit tight with a cold",
    "my testicle has been a bit swollen for months, no pain",
    # Last summer is the past; "now" at a clause's end does not make its story now.
    "my son fell in the pond last summer and is scared of water now",
    "he had a stroke last year and is walking better now",
    "医生开了两盒降压药，想问怎么吃",
    "宝宝出生十天，吃奶很好，有点黄",
    # Seventeenth file's families: a toddler's fever of days, a pregnancy's question, a testicle
    # swollen for months, a food's rash, medicines kept for a journey, blood drawn (抽的血).
    "宝宝发烧三天了，三岁，精神还行",
    "宝宝两岁，烧了三天三十八度",
    "孩子才三天没拉大便，不发烧，两岁半",
    "my 3 year old has had a fever for two days",
    "怀孕六个月，最近老是尿频，想问问正常吗",
    "怀孕20周产检说羊水偏少要注意什么",
    "右边睾丸肿了好几个月了，不痛",
    "阴囊有点肿，有点痒，一周了",
    "孩子吃葡萄过敏起疹子了吗，想问问",
    "食咗提子之后肚痛，冇发烧",
    "要出国旅游三个月，想囤点常用药，怎么开",
    "家里囤了些退烧药，过期了还能吃吗",
    "我存了一些药在冰箱，想问问怎么保存",
    "昨天抽的血，结果什么时候出来",
    "刚抽完血手臂有点青，正常吗",
    "早上抽了血，现在头有点晕",
    # Eighteenth file's families: a cut pressed and stopped, flows that are no bleeding, a
    # diarrhoea with a low pressure of always, a cricked neck, a migraine, a lump, a bunion,
    # medicines kept at home, questions asked ahead, someone else's red flag in a hospital.
    "手指切破了，按了几分钟就止住了",
    "用纸巾按着伤口，血已经不流了，想来打破伤风",
    "压着肚子疼，止不住地想吐",
    "用纸巾捂着鼻子，鼻涕止不住",
    "I cut my finger yesterday, pressed on it and it stopped, now it looks red",
    "拉肚子两天了，手有点凉，精神还好",
    "平时血压就低，这两天拉肚子",
    "diarrhoea for two days, drinking fine, no dizziness",
    "我一向手脚冰冷，最近有点拉肚子",
    "冬天手脚冰凉，大便稀，想看中医",
    "I always have cold hands and feet and get the runs when I'm stressed",
    # A fear of what may come (担心…会, 怕得, 害怕以后, "worried I might") is no red flag now.
    "我担心自己会中风，最近偶尔头晕",
    "妈妈很怕自己以后会中风，想做个检查",
    "I'm worried I might have a stroke like my dad, can I get checked",
    "我爸怕得心梗，想查查心脏",
    "害怕自己会得脑出血，血压有点高",
    "担心孩子会抽搐，昨天发烧了",
    "scared of getting a heart attack like my brother, can I have my heart checked",
    "胸口像压了块石头，一生气就这样，几年了",
    "穿了紧身衣，胸口勒得难受，脱了就好",
    # A fall from a bed or a sofa, crying at once and playing since, is no major trauma.
    "宝宝从床上掉下来，哭了一会儿，现在玩得好好的",
    "my toddler rolled off the sofa, cried straight away, seems fine",
    "孩子从沙发上摔下来，额头起了个包",
    "孩子从床上掉下来没撞到头，手臂有点疼",
    # Someone else's who died, one from the news, and how to give first aid asked in general.
    "我同事昨天心梗走了，我今天也觉得心里不舒服，想检查心脏",
    "my colleague died of a heart attack last week, I want my heart checked",
    "邻居阿姨中风去世了，我妈很害怕，想查查血管",
    "看新闻说有人喝农药，我想问农药中毒怎么急救",
    "新闻报道有小孩吞纽扣电池，想问家里要注意什么",
    "想学一下心脏骤停怎么急救",
    "煤气中毒的急救方法是什么",
    "what's the first aid for a child choking on food",
    "看电脑久了脖子疼，眼睛也怕光",
    "发烧，嗓子疼，脖子也有点疼",
    "脖子疼了一周，落枕了",
    "偏头痛发作的时候脖子疼，怕光",
    "宝宝两岁，不怎么吃饭，精神还好",
    "宝宝三个月，吃奶很好，就是有点湿疹",
    "孩子五岁，没精神，有点咳嗽",
    "宝宝八个月，最近不怎么喝奶，想加辅食",
    "on warfarin, nose keeps running, no blood",
    "吃华法林，想查INR",
    "吃华法林，牙龈偶尔出一点血，已经止住了",
    "落枕了，脖子转不动，有点低烧",
    "发烧，脖子上摸到个硬块",
    "偏头痛又犯了，怕光，脖子有点僵",
    "my neck is stiff from sleeping funny, no fever",
    "眼睛怕光，流眼泪，没有发烧",
    "大脚骨（拇外翻）越来越厉害，想做手术",
    "前年摔过一跤，现在走路腿有点短，想做康复",
    "家里囤了很多退烧药，孩子发烧了吃哪种",
    "我们屋企备了好多止痛药，过期了还能吃吗",
    "家裡常備很多感冒藥，想問小孩能不能吃",
    "we've stocked up on lots of paracetamol, can my son take it with ibuprofen",
    "家里备了一大堆降压药，想问怎么保存",
    "万一宝宝把纽扣电池吞下去了，该怎么办",
    "假如細路食咗幾粒安眠藥，應該點做",
    "what should I do if a child swallowed a magnet, asking for my nephew who's 3",
    "邻居家老人喝了农药住院了，我妈吓得几晚睡不着",
    "同事的孩子误吞电池进了医院，我想问问家里怎么预防",
    "我朋友上周吃了一瓶安眠药进了ICU，我这几天心里很难受，总是哭",
    "my neighbour's son overdosed and is in hospital, my daughter can't stop crying and won't sleep",
    # Look-alikes of the nineteenth file's families: bleeding after a birth that is slight, a
    # birth's other troubles; a face numb from a dentist's injection or fingers from the cold;
    # dizzy for a moment on standing up; a sip of soap asked about; bruises after a knock.
    "产后两个月，头发掉得厉害",
    "生完BB之后成日头晕",
    "刚拔完牙打了麻药，半边脸木木的",
    "天冷了手指有点发木",
    "蹲久了一站起来就晕，几秒就没事了",
    "I get light headed when I stand up too quickly, it passes in a few seconds",
    "要是不小心喝了一口洗衣液会怎么样",
    "万一宝宝舔了一点洗手液要紧吗",
    "打篮球撞了一下，腿上青一块紫一块",
    # An age or a time after a sugar is no reading; a sugar said high, or fine; sight lost slowly,
    # for a moment on standing up, in a power cut, or behind a curtain with floaters.
    "血糖有点高，25岁，想咨询",
    # A pressure or a sugar low as usual, an age or a pulse after a pressure's word, a sugar
    # high as usual, a sugar asked about: none is a reading of now.
    "我血压一直偏低，85/55，想调理一下",
    "血压计上显示心率75，有点头晕",
    "血压高，今年75了，头晕",
    "血糖一直高，空腹11点几，想调一下药",
    "婆婆打胰岛素好几年了，最近血糖一会儿高一会儿低，想调调方案",
    "血糖低到2点几会怎样",
    "血糖是下午两点测的，想问问正常吗",
    "血糖偏高，25年了，最近手抖",
    "测了血糖，7.8，想问正常吗",
    # An age, a time or a count after a vital sign's word is no reading; a normal one is none.
    "体温正常，35岁，想体检",
    "心跳有点快，今年35岁",
    "测了体温，37.8，喉咙痛",
    "血氧，98，正常吗",
    "my pulse is fine, I'm 38 years old and want a check up",
    # A headache "到爆" of habit or of a day's work; a baby's or a full belly gone hard; an age in
    # a learner's English; a stroke of 2019.
    "頭痛到爆，成日都係咁，偏頭痛",
    "返工好攰，个头痛到爆",
    "宝宝肚子硬邦邦的，两天没拉了",
    "吃撑了，肚子硬邦邦的，有点疼",
    "fever 2 weeks, she is 8 years",
    "she is talking not clear since her stroke in 2019, now a cough",
    "以前得过中风，现在牙痛",
    # A clinic that did not answer; a child who answers; a fever of days in an older child; a
    # leg short from birth.
    "I called the clinic but they did not answer me, my knee hurts",
    "my son is sleepy after school, but he answers me fine",
    "fever since 10 days, she is 4 years",
    "my leg is short since I was born",
    "血压一直吃药控制，今年65岁",
    "blood pressure check please, I am 45 and 80 kg",
    "血压正常，120和80",
    "she is 20 weeks pregnant, had a little spotting last week, now fine",
    "what should I do if my kid bites a laundry pod",
    "where do you buy laundry pods",
    # A migraine before a pregnancy; a chest tight after meals; a chest knocked.
    "怀孕前经常偏头痛，想问孕期能吃什么药",
    "心口有啲翳，食完饭就咁",
    "心口俾人撞咗一下，有啲瘀",
    # Asked in general: Cantonese 会唔会, "can X make …".
    "食咗過期藥會唔會中毒㗎",
    "頭暈會唔會係中風嚟㗎",
    "can stroke make the face go one side?",
    "can high sugar make you sleepy?",
    # Heard of someone else's red flag ("I hear my neighbour have stroke", "听说邻居…"): theirs.
    "I hear my neighbour have stroke, I am worry, my blood pressure 150",
    "heard my cousins friend had a seizure, what is epilepsy",
    "we heard our neighbour overdosed on pills, my son is scared and cannot sleep",
    "看东西模糊好几年了",
    "站起来太快眼前突然黑了一下",
    "突然停电什么都看不见，摔了一跤膝盖疼",
    "眼前突然好多黑点飘来飘去，一闪一闪，像有块黑幕",
    "it's like a curtain came down over my left eye",
    # A true history told with a later clause of now: the past stays the past.
    "had a stroke last year, here for my check-up",
    "two years ago I had chest pain, now fine",
    "had chemotherapy last year, now here for a flu jab",
    "he had a seizure as a child, now and then he feels dizzy",
    "去年做过化疗，现在来复查",
    "兩年前生BB嗰陣發過燒，而家冇事",
    "上个月发烧过，现在好了",
]


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


@pytest.fixture(scope="module")
def top_suggestion(engine: Engine) -> Callable[..., Suggestion]:
    """Return `top_suggestion(text, **kwargs)`: the engine's top suggestion, asked once per
    wording in this module. The tables' tests and the suite's figures read the same rows;
    `suggest` only reads the engine, so asking again gets the same answer (the figures asked
    every row a second time: half the module's routing)."""
    answers: dict[tuple, Suggestion] = {}

    def top(text: str, **kwargs: Any) -> Suggestion:
        key = (text, tuple(sorted(kwargs.items())))
        if key not in answers:
            answers[key] = engine.suggest(text, **kwargs)[0]
        return answers[key]

    return top


def shipped_phrases() -> set[str]:
    phrases = set()
    for spec in default_specs():
        for phrase in (*spec.phrases, *spec.requires):
            phrases.add(normalise(phrase))
    return phrases


def test_no_case_of_this_suite_is_a_rule_phrase_verbatim() -> None:
    phrases = shipped_phrases()
    cases = [*COMPOSITIONS, *NOT_EMERGENCIES]
    cases += [text for text, _kwargs in VITAL_SIGNS]
    assert not {normalise(text) for text in cases} & phrases


# Each table is one test that walks every row (a test per wording cost pytest more than the
# routing) and fails with every wording that fails and the suggestion it got.
def test_red_flag_compositions_go_to_emergency_at_once(
    top_suggestion: Callable[..., Suggestion],
) -> None:
    assert COMPOSITIONS
    misses = []
    for text in COMPOSITIONS:
        top = top_suggestion(text)
        if (top.department, top.emergency) != ("ER", True) or top.urgency not in ("I", "II"):
            misses.append((text, top))
    assert not misses, "\n".join(map(repr, misses))


def test_vital_sign_numbers_are_red_flags(top_suggestion: Callable[..., Suggestion]) -> None:
    assert VITAL_SIGNS
    misses = []
    for text, kwargs in VITAL_SIGNS:
        top = top_suggestion(text, **kwargs)
        if top.department != "ER" or top.urgency not in ("I", "II"):
            misses.append((text, kwargs, top))
    assert not misses, "\n".join(map(repr, misses))


def test_history_questions_negations_and_treatment_are_not_emergencies(
    top_suggestion: Callable[..., Suggestion],
) -> None:
    assert NOT_EMERGENCIES
    misses = []
    for text in NOT_EMERGENCIES:
        top = top_suggestion(text)
        if top.department == "ER" or top.emergency:
            misses.append((text, top))
    assert not misses, "\n".join(map(repr, misses))


def test_overdose_reason_names_the_concepts(engine: Engine) -> None:
    with translation.override("zh-hans"):
        top = engine.suggest("他吃了大半瓶安定片")[0]
    notes = " ".join(reason.note for reason in top.reasons)
    assert "安眠药" in notes and "过量" in notes


def test_red_flag_told_as_history_stays_visible_in_the_reasons(engine: Engine) -> None:
    with translation.override("en"):
        top = engine.suggest("2年前脑梗，最近头晕")[0]
    held = [reason for reason in top.reasons if "history" in reason.note]
    assert held and "脑梗" in held[0].matched


def test_figures_of_the_suite(top_suggestion: Callable[..., Suggestion]) -> None:
    emergencies = COMPOSITIONS
    caught = sum(top_suggestion(text).department == "ER" for text in emergencies)
    caught += sum(top_suggestion(text, **kw).department == "ER" for text, kw in VITAL_SIGNS)
    false = sum(top_suggestion(text).department == "ER" for text in NOT_EMERGENCIES)
    total = len(emergencies) + len(VITAL_SIGNS)
    print(
        f"red-flag suite: {caught}/{total} emergencies caught, {false}/{len(NOT_EMERGENCIES)} false"
    )
    assert caught == total and false == 0
