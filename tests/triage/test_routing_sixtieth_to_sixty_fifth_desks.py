"""The wrong desks of the sixtieth to the sixty-fifth hand-written files (60 complaints each, 27
Simplified, 18 Traditional, 15 English, written blind): every first-run miss that was no emergency
and whose engine answer was not ER (a wrong department, or a service point mixed up with a
clinic). Their emergencies and false alarms are test_routing_sixtieth_to_sixty_fifth.py's.

First run (on commit da9b6b8, migration 0061), the wrong desks of each file: sixtieth 2 (a smoker's lungs
to oncology, a broken heart "lol" to cardiology), sixty-first 1 (a lump while breastfeeding to
paediatrics), sixty-second 9, sixty-third 10, sixty-fourth 6, sixty-fifth 5 (33 of the 64 first-run
misses; 31 taught). Files at first run: 51, 54, 46, 47, 48, 50 of 60; after this round, with the
emergencies' teacher: 60, 60, 59, 60, 59, 59 (0.3 % more CPU per suggestion for this part's rules).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): a smoker wanting the lungs checked (chest clinic, not oncology); a belonging lost (two
concepts: a belonging, lost); HIV asked for by name (infectious diseases, as the forty-first file
and the desk walk have it; a general STI check stays with the skin and sexual health clinic);
vaccines before a journey; an animal's bite, scratch or lick (two concepts, the rabies rule);
paying first before a test (要畀咗钱先), the bill settled on discharge (结账, 埋单); a lab result asked
whether out or where to print; a weak dribbling stream and nights up to pee; a hard red breast
while breastfeeding; a bead up a child's nose or into an ear; a child's finger caught in a door or a
drawer (挤, 夹); a soft lump that moves; a craniotomy (开过颅) followed up; the front of the neck
swollen and sore to swallow; a racing heart or tremor with weight lost; repeated falls and many
medicines in the old; small shuffling steps; a curtain or shadow over one eye; a tattoo red or
oozing; registration asked beside an illness (the illness's clinic: 请问挂号在哪里？脸上冒痘痘);
weight lost with blood in the stool; an ECG's finding read out (窦性心动过缓); a blood pressure
reading said as numbers ("190 over 100"); low mood said as 开心不起来; a broken heart after a
breakup; a lay guess heard from a screen (电视上说…是癌症: the guessed cancer is no oncology);
fever denied in Wu (伐发烧).

Taught by an engine step with it: medicine made up (配药) or the prescription said with the paper
first ("单子…开好了") asks for the pharmacy itself (`rank._SERVICE_REQUEST`), where before the named
blood pressure medicine's cardiology won over a pharmacy read as a service named inside a story.

Left: f65-018
(genital bumps two weeks after sex without a condom, labelled infectious diseases or urology):
the shipped convention sends sexually transmitted worries to the skin and sexual health clinic
(tf6-059; test_routing_new_files's "没戴套，担心有病，想验一验"), so dermatology stays.
"""

import pytest

from tests.triage.taught_batches import desk_tests
from triage.routing.engine import Engine


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a smoker wanting the lungs checked": [
        ("我爸抽了三十年烟，想给他查查肺", ("RESP", "PREV")),
        ("食咗二十幾年煙，想照下個肺", ("RESP", "PREV")),
        ("Smoked a pack a day for 30 years, I'd like my lungs checked", ("RESP", "PREV")),
        ("抽菸三十年，想做肺部篩檢", ("RESP", "PREV")),
    ],
    "a belonging lost": [
        ("昨天来看病把雨伞落下了", ("CS",)),
        ("我張八達通唔見咗，係咪有人執到", ("CS",)),
        ("I think I lost my wallet in the waiting room", ("CS",)),
        ("My wallet was stolen in the car park", ("CS",)),
    ],
    "HIV asked for by name": [
        ("想查一下艾滋，上个月有过一次高危", ("INFECT",)),
        ("Can I get tested for HIV here?", ("INFECT",)),
        ("想驗愛滋，有冇得做", ("INFECT",)),
    ],
    "medicine made up on a prescription already written": [
        ("来配点降糖药，单子医生开了", ("PHARM",)),
        ("处方已经开好了，药在哪里拿", ("PHARM",)),
        ("醫生張藥單開咗，我嚟配藥", ("PHARM",)),
    ],
    "vaccines before a journey": [
        ("下个月去非洲，要打黄热病疫苗", ("PREV",)),
        ("Going to India in May, which travel jabs do I need?", ("PREV",)),
        ("出國前想打傷寒疫苗", ("PREV",)),
        ("出國旅遊前要打什麼疫苗", ("PREV",)),
    ],
    "an animal's bite, scratch or lick": [
        ("被邻居家的猫抓了一下，出了点血", ("PREV",)),
        ("孩子手让狗舔了，要打针吗", ("PREV",)),
        ("My son was scratched by a stray kitten this morning", ("PREV",)),
        ("旅游的时候被猴子咬了一口", ("PREV",)),
        ("被流浪貓抓傷，要打狂犬疫苗嗎", ("PREV",)),
    ],
    "paying first, or the bill on discharge": [
        ("医生说要先交钱才能抽血", ("BILL",)),
        ("醫生話要俾咗錢先可以照X光", ("BILL",)),
        ("The nurse said I have to pay before the scan", ("BILL",)),
        ("我妈今天出院，结账去哪儿", ("BILL",)),
        ("辦出院要去邊度埋單", ("BILL",)),
    ],
    "a lab result asked for or printed": [
        ("我的血常规结果出来没？哪里可以打印", ("LAB",)),
        ("昨天验的肝功能，结果在哪打印", ("LAB",)),
    ],
    "a weak, dribbling stream or getting up at night": [
        ("尿完还滴滴答答的，总觉得尿不干净", ("URO",)),
        ("晚上要起来三四趟小便，尿得很慢", ("URO",)),
        ("Dribbling after I pee and a weak stream", ("URO",)),
        ("尿尿滴滴答答，晚上起來好幾次", ("URO",)),
    ],
    "a lump while breastfeeding": [
        ("在哺乳期，右边乳房有个硬块，又红又痛", ("GS",)),
        ("餵奶嗰陣好痛，摸到一粒硬嘢", ("GS",)),
        ("Breastfeeding and there's a hard, red, sore lump in my breast", ("GS",)),
    ],
    "something up a child's nose or in an ear": [
        ("孩子把一颗豆子塞进鼻孔里了，拿不出来", ("ENT", "PEDSURG")),
        ("个仔将粒珠仔塞咗入耳仔，攞唔出", ("ENT", "PEDSURG")),
        ("My toddler put a pea up his nose and we can't get it out", ("ENT", "PEDSURG")),
        ("my little boy stuck a bead in his ear", ("ENT", "PEDSURG")),
    ],
    "a child's finger caught in a door": [
        ("小朋友手指被抽屉夹了，肿起来了", ("PEDSURG",), 5),
        ("女儿的手指头被车门挤了，指甲发紫", ("PEDSURG",), 7),
        ("手指被门挤了一下，指甲盖发黑", ("ORTHO",)),
    ],
    "a soft lump that moves": [
        ("背上有个包，软软的，推得动，好几年了", ("GS",)),
        ("大腿有粒嘢，軟軟哋，推得郁，唔痛", ("GS",)),
        ("Soft lump on my shoulder that moves under the skin", ("GS",)),
    ],
    "a craniotomy followed up": [
        ("去年开过颅，今天来复查", ("NSURG",)),
        ("Had a craniotomy last year, here for my follow-up", ("NSURG",)),
        ("去年開過顱，現在回來覆診", ("NSURG",)),
    ],
    "the front of the neck swollen and sore to swallow": [
        ("脖子前面肿了，咽东西疼", ("ENDO", "ENT")),
        ("頸前面腫咗，吞嘢好痛", ("ENDO", "ENT")),
    ],
    "a racing heart or tremor with weight lost": [
        ("最近心慌，手抖，瘦了五六斤", ("ENDO",)),
        ("Heart racing, hands shaking and I've lost weight without trying", ("ENDO",)),
    ],
    "repeated falls and many medicines in the old": [
        ("我奶奶八十五了，老是摔倒，吃好几种药", ("GERI",)),
        ("Dad is 88, keeps falling over and takes so many pills", ("GERI",)),
    ],
    "small shuffling steps": [
        ("我爸走路小碎步，动作也慢了", ("NEURO",)),
        ("My grandad has started shuffling when he walks", ("NEURO",)),
    ],
    "a curtain or shadow over one eye": [
        ("左眼前面像有窗帘挡着，上半边看不到", ("OPH",)),
        ("右眼有一片黑影挡住，看东西缺一块", ("OPH",)),
        ("眼前好像有黑色窗簾遮住", ("OPH",)),
    ],
    "a tattoo red or oozing": [
        ("纹身一个礼拜了，红肿流水", ("DERM",)),
        ("My new tattoo is swollen and has some pus", ("DERM",)),
        ("紋身之後又紅又腫，流膿", ("DERM",)),
    ],
    "registration asked beside an illness": [
        ("请问挂号在哪里？脸上起了好多痘痘", ("DERM",)),
        ("掛號要去哪裡？耳朵一直痛", ("ENT",)),
    ],
    "weight lost with blood in the stool": [
        ("半年瘦了十斤，大便里有血", ("GI", "GS")),
        ("Lost a lot of weight lately, and there's blood in my stool", ("GI", "GS")),
    ],
    "an ECG finding read out": [
        ("单位体检心电图说心动过缓，要不要紧", ("CARD",)),
        ("My ECG at the check-up said sinus tachycardia, should I worry?", ("CARD",)),
        ("體檢心電圖寫竇性心動過緩", ("CARD",)),
    ],
    "a blood pressure reading": [
        ("The machine at the chemist said 170 over 95", ("CARD",)),
        ("药店量的是165/100，想再看看", ("CARD",)),
    ],
    "low mood, not wanting to die": [
        ("不想死啊，就是高兴不起来，一个多月了", ("PSY",)),
        ("開心唔起嚟，乜都唔想做", ("PSY",)),
    ],
    "a broken heart after a breakup": [
        ("Since the breakup I can't sleep and I keep crying", ("PSY",)),
        ("失恋了，天天哭，睡不着", ("PSY",)),
        ("分咗手之後成日喊，瞓唔着", ("PSY",)),
    ],
    "a lay guess heard on a screen": [
        ("电视上说头晕可能是脑瘤，我就是有点晕车", ("ENT", "NEURO", "GP")),
        ("手机上讲咳嗽是肺癌，我感冒咳了三天", ("RESP", "GP")),
    ],
    "medicine on a prescription already written, asked where": [
        ("医生单子开好了，降糖药去哪拿", ("PHARM",)),
        ("醫生開咗單，啲血壓藥喺邊度攞", ("PHARM",)),
        ("The doctor already wrote the prescription, where do I collect my tablets?", ("PHARM",)),
    ],
    "fever denied in Wu": [
        ("伐发烧，就是喉咙痛", ("ENT",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("骨穿的结果出来没，找哪个医生看", ("HEME",)),
    ("吃了上次配的药还是咳嗽，痰多", ("RESP",)),
    ("上回配的中药吃完了，胃还是胀", ("TCM", "GI")),
    ("肺癌化疗后来复查", ("ONC",)),
    ("肺癌术后，想做肺部检查", ("ONC",)),
    ("抽烟咳嗽，痰多", ("RESP",)),
    ("眼镜丢了，想重新配一副", ("OPH",)),
    ("病历丢了，想补一份", ("RECORDS",)),
    ("I had unprotected sex and want an STI check", ("DERM",)),
    ("没戴套，担心有病，想验一验", ("DERM",)),
    ("想打乙肝疫苗", ("PREV",)),
    ("得过甲肝，想复查肝功能", ("INFECT", "GI")),
    ("被蚊子咬了好多包，好痒", ("DERM",)),
    ("我家猫掉毛，我一摸就打喷嚏", ("ALLERGY", "ENT", "DERM", "RESP")),
    ("交完钱了，抽血在哪", ("LAB",)),
    ("出院手续在哪里办", ("ADMIT", "BILL")),
    ("CT报告在哪打印", ("IMG",)),
    ("宝宝喂奶的时候老是吐奶", ("PED",)),
    ("宝宝脖子上有个硬块，喂奶时发现的", ("PED", "PEDSURG")),
    ("鼻塞流鼻涕三天了", ("ENT",)),
    ("鱼刺卡在喉咙里了", ("ENT",)),
    ("扭到手指，肿了", ("ORTHO",)),
    ("脖子上有个包，越来越大", ("GS", "ENT")),
    ("心慌，手抖，出冷汗，饿了就这样", ("ENDO", "CARD")),
    ("老人摔了一跤，手腕肿了", ("ORTHO",)),
    ("手抖好几年了，拿筷子都抖", ("NEURO",)),
    ("想洗掉纹身", ("AEST",)),
    ("挂号在哪里？我第一次来", ("CS",)),
    ("体检心电图在哪做", ("PREV",)),
    ("血压120/80，正常吗", ("CARD", "GP")),
    ("My heart races when I climb stairs", ("CARD",)),
    ("和男朋友分手后月经一直不来", ("GYN",)),
    ("发烧两天，喉咙痛", ("FEVER",)),
    ("I lost weight on a diet and feel great, want a check up", ("PREV",)),
    ("月经滴滴答答十几天不干净", ("GYN",)),
    ("拍片的单子医生开好了，在哪拍", ("IMG",)),
    ("拉肚子，一夜起来好几趟", ("GI",)),
    ("cough medicine to break up the mucus, can't sleep", ("RESP",)),
    ("my cat allergy is a bit worse", ("ALLERGY",)),
    ("walking the dog, my knee hurts a bit", ("ORTHO",)),
    ("bags under my eyes, left one swollen", ("OPH",)),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    "被狗咬了，脖子上血一直流止不住",
    "孩子把纽扣电池吞下去了",
    "右眼突然看不见了，左边手脚也没力",
    "心跳一百八，胸口痛，出冷汗，人瘦了好多",
    "失恋了，不想活了，药都准备好了",
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)


def test_a_reading_or_a_new_rule_word_does_not_correct_an_everyday_word(engine: Engine) -> None:
    # The speller corrects a word one edit from a rule's word: a new rule's word must not take an
    # everyday one ("reads" is no "ready", "attached" no "attacked", "rubber" no "rubbery").
    for said in ("his glucose meter reads lo", "the tube is attached", "a rubber band"):
        assert engine._correct_spelling(said) == said
