"""A triage protocol's level I–II criteria, each by composition, in wordings of our own.

Walked through China's emergency pre-check triage levels I and II (急诊预检分诊), ESI level 2's
high-risk situations and Manchester's discriminators: for each criterion three to six wordings in
Simplified, Traditional (Taiwan's and Hong Kong's words) and English, and look-alikes that must
not fire. The criteria the forty-second to forty-seventh files missed (a blood thinner with
bleeding that will not stop, sepsis's signs, a fever with spots that stay when pressed, a blood
sugar's reading with symptoms, ketoacidosis's breath, high potassium in kidney failure, a bowel
that passes nothing, a chest pain that lasts or that nitroglycerin does not ease) and the ones the
walk found untaught (a limb suddenly cold and pulseless, a pain scored 7 or more out of 10, a
threat to kill or hurt others now, an eye struck with double vision or sight lost, a baby's age
said in weeks with poor feeding or sleeping on). No sentence here is in a case file.
"""

import pytest

from tests.triage.routing_helpers import is_emergency
from triage.routing import context
from triage.routing.engine import Engine
from triage.routing.text import normalise


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


EMERGENCIES = {
    "a blood thinner with bleeding that will not stop": [
        "我爸吃着华法林，刷牙牙龈出血，按了半小时还是止不住",
        "我媽有食薄血丸，個鼻流血流咗成個鐘都止唔到",
        "我在吃波立维，手上划了个口子，血一直流个不停",
        "On blood thinners and this cut on my leg keeps bleeding through every bandage",
        "Dad takes Eliquis and his nosebleed won't stop, it's been 45 minutes",
    ],
    "a fever or chills with signs of sepsis": [
        "发烧两天了，今天尿很少，站起来就晕",
        "阿爸發燒發冷，手腳冰冷，成個人好混亂",
        "他發燒到39度，整天沒什麼尿，一站起來就頭暈眼花",
        "发冷发热，一天没去厕所小便，人软",
        "She has a fever and chills, hasn't peed since this morning and nearly faints when she "
        "stands",
        "Grandad has a UTI, he's feverish and suddenly confused today",
    ],
    "a fever with spots that do not fade when pressed": [
        "孩子发烧，身上有些紫色的小点，压了也不褪",
        "發燒，腳上出咗啲紫色嘅點，㩒落都唔褪",
        "My son has a temperature and a purple rash that doesn't fade when I press a glass on it",
    ],
    "a blood sugar's reading (or the meter's LO or HI) with symptoms": [
        "刚测血糖只有2.3，手抖出冷汗，人有点迷糊",
        "我媽度血糖得2.5，而家冒晒汗，講嘢唔清楚",
        "血糖儀顯示LO，阿公叫不太醒",
        "血糖测出来28.6，一直吐，呼吸又深又快",
        "His glucose meter reads LO and he's sweaty and confused",
        "Blood sugar 32 this morning, vomiting and breathing really fast and deep",
    ],
    "ketoacidosis's breath": [
        "type 1 diabetic, breath smells like pear drops, being sick all night",
    ],
    "high potassium or a missed dialysis in kidney failure": [
        "透析的病人，今天抽血说血钾6.8，全身没力",
        "洗肾嘅阿爸今日冇去透析，而家好辛苦，透唔到气",
        "洗腎的阿嬤血鉀很高，心跳不太規則",
        "My mum's on dialysis, her potassium came back at 6.9 and she feels really weak",
        "Missed dialysis yesterday, now short of breath and legs are weak",
    ],
    "a blood thinner, sepsis, a sugar and a bowel, said again other ways": [
        "婆婆吃拜瑞妥，今天摔了一跤，膝盖上的伤口一直渗血止不住",
        "我食緊薄血藥，拔完牙流血流到而家都未停",
        "He's on rivaroxaban and has been passing blood in his urine all day, it won't stop",
        "高烧寒战，小便几乎没有，手脚发凉发花",
        "她發高燒，一直發抖，今天一整天幾乎沒小便",
        "孩子高烧，腿上起了好多出血点，按压也不消退",
        "血糖仪测出来是HI，口渴得要命，人昏昏沉沉",
        "Her sugar's 2.1 on the machine and she's not making sense",
        "我老竇洗開腎，個鉀高到7，手腳冇晒力",
        "Her tummy is swollen tight as a drum, she keeps throwing up and hasn't passed any wind",
        "胸口痛咗半個鐘都未停",
    ],
    "a belly that passes nothing, swollen, with vomiting": [
        "肚子胀得像鼓一样，吐了好几次，两天没拉也没放屁",
        "阿婆個肚脹到硬晒，屎屁都冇，仲一路嘔",
        "肚子好脹，一直吐，也沒有排氣",
        "His belly is swollen and hard, he's been vomiting and hasn't pooed or passed wind since "
        "yesterday",
    ],
    "a chest pain that lasts, or that nitroglycerin does not ease": [
        "胸口痛了半个多小时了，还出冷汗",
        "含了两片硝酸甘油胸口还是痛",
        "心口痛咗成粒鐘，食咗脷底丸都冇用",
        "胸口悶痛一個多小時都沒有好",
        "Chest pain for the last 40 minutes, took my GTN spray twice and it didn't help",
        "Crushing feeling in my chest for about half an hour now",
    ],
    "a limb suddenly cold, pale or without a pulse": [
        "左腿突然冰凉发白，摸不到脚背的脉，很痛",
        "佢隻腳突然凍冰冰、白晒，好痛，摸唔到脈",
        "My dad's leg suddenly went cold and pale and really painful, I can't feel a pulse in his "
        "foot",
    ],
    "a pain scored 7 or more out of 10": [
        "疼得受不了，疼痛打分有九分",
        "Pain is 10 out of 10 in my side and I can't keep still",
    ],
    # A snorer's pauses of a few seconds are not (the look-alikes), a baby's stopped breathing is.
    "breathing stopped": [
        "宝宝睡觉的时候停止呼吸了，脸发紫",
        "婴儿睡着后停止呼吸二十秒",
    ],
    "a threat to kill or hurt others now": [
        "我老公喝醉了说要拿刀砍人，拦不住",
    ],
    "a baby of weeks said by its weeks, feeding poorly or sleeping on": [
        "宝宝三周大，吃奶很差，一直睡，摸着有点烫",
        "bb得兩個月，成日喊，今日冇乜食奶，手腳軟晒",
        "My 6-week-old has a temperature of 38.2",
    ],
    "an eye struck, with double vision, a stuck eye or sight lost": [
        "眼睛被打了一拳，看东西重影，眼球动不了",
        "被篮球砸到眼睛，现在看东西重影",
        "Got punched in the eye last night and now I'm seeing double",
    ],
    # Criteria the engine already held, walked with the rest.
    "the others of levels I and II": [
        "孩子拉肚子一天十几次，眼窝凹下去了，没眼泪，尿很少",
        "細路哥肚痛，屙出嚟似士多啤梨果占",
        "孩子吃花生呛到了，一直咳，脸发紫",
        "怀孕七周，一侧肚子剧痛，还有点出血，头晕",
        "Pregnant 33 weeks, bad headache, seeing flashing lights, hands and face puffy",
        "生完孩子第三天，出血一直很多，一小时湿透两片卫生巾",
        "she gave birth a week ago and now has a high fever and smelly discharge",
        "Found my brother with a rope, he says he wants to end it tonight",
        "工地上從三樓摔下來，頭流血，叫唔應",
        "My husband cut his hand with a chainsaw and it's spurting blood",
        "老人家在浴室里烧炭取暖，现在头痛想吐",
        "He was pulled out of the pool, coughing and breathing funny",
        "脖子硬，发烧，怕光，头很痛",
        "My heart is racing at 180 and I feel like I'm going to pass out",
        "腰背突然剧痛，两条腿发麻，小便解不出来",
        "儿子15岁，睡到半夜突然蛋蛋剧痛，肿起来了，还吐了",
        "My 14-year-old woke up with sudden severe pain in one testicle and he's being sick",
        "坐了十几个小时飞机，小腿肿痛，现在突然喘不上气，胸口痛",
        "剛開完刀一個禮拜，突然喘不過氣，咳出血絲",
        "Had knee surgery two weeks ago, now suddenly breathless and my calf is swollen",
        "七十多岁老爷子，肚子和后背突然撕裂一样痛，脸色煞白",
        "我妈突然说话不清楚，右手拿不住东西，半个小时前开始的",
        "阿爺把口歪咗，講嘢含糊，左邊手腳冇力",
        "My wife's face is drooping on one side and she can't lift her arm, started 20 minutes ago",
        "吃了虾之后嘴唇肿，喉咙发紧，喘不上气",
        "Got stung by a wasp, now my throat feels tight and I feel faint",
        "怀孕三十五周，头痛得厉害，眼前冒金星，脚肿",
        "懷孕八個月，突然流好多血",
        "我已经写好遗书了，药也准备好了",
        "洗厕所的清洁剂溅到眼睛里了，睁不开",
        "右眼突然什么都看不见了，不痛",
        "孩子喘气的时候喉咙有拉锯一样的声音，嘴唇发紫",
        "被车撞飞了好几米，现在腿动不了",
        "在外面冻了一夜，体温只有34度，人糊里糊涂",
    ],
}


# A test per criterion walks all its wordings (a test per wording cost pytest more than the
# routing) and fails with every wording that fails and the suggestion it got.
@pytest.mark.parametrize("criterion", EMERGENCIES)
def test_each_criterion_is_an_emergency_in_each_wording(engine: Engine, criterion: str) -> None:
    texts = EMERGENCIES[criterion]
    assert texts
    misses = [(text, engine.suggest(text)[0]) for text in texts if not is_emergency(engine, text)]
    assert not misses, "\n".join(map(repr, misses))


# Look-alikes: the criterion's words without the criterion, each to its desk and no emergency.
LOOK_ALIKES = [
    # A blood thinner asked about, or a bleed that stopped.
    ("华法林吃了几年了，想复查一下凝血", {"CARD", "HEME", "GP", "LAB"}),
    (
        "my nose bled a bit this morning, I'm on warfarin, it stopped on its own after 5 minutes",
        {"ENT", "CARD", "HEME", "GP"},
    ),
    # A fever without a sign of shock; a child's cold hands asked about.
    ("孩子发烧手脚冰凉，要紧吗？", {"PED"}),
    ("发烧了两天，喉咙痛", {"FEVER"}),
    ("fever since yesterday with a sore throat and a runny nose", {"FEVER", "ENT"}),
    ("冷到手脚冰冷，没发烧", {"GP", "TCM", "CARD"}),
    # Spots that fade, or no fever.
    ("宝宝出疹子了，红红的，按了会褪色，没发烧", {"PED", "DERM"}),
    ("孩子身上有红点点，痒，没有发烧", {"PED", "DERM"}),
    # A blood sugar without danger.
    ("空腹血糖7.2，想看看是不是糖尿病", {"ENDO"}),
    ("blood sugar was 9 after lunch, should I worry", {"ENDO"}),
    ("血糖有点高，想调一下降糖药", {"ENDO"}),
    ("血糖仪显示的数是5.6正常吗", {"ENDO"}),
    # Kidney failure's diet, a low potassium, the way to dialysis.
    ("肾衰的病人平时饮食上要注意少吃哪些含钾高的东西？", {"NEPH"}),
    ("血钾有点低，3.3，要补钾吗", {"NEPH", "ENDO", "GP", "CARD"}),
    ("想问透析要去几楼", {"NEPH", "CS"}),
    # A bloated belly that passes wind.
    ("肚子有点胀，放屁多", {"GI"}),
    ("my stomach is bloated after meals and I burp a lot", {"GI"}),
    ("最近拉肚子，没怎么放屁", {"GI"}),
    # A chest pain of the past, a month long, or from a strain; nitroglycerin to keep at home.
    ("我有冠心病，想开点硝酸甘油备着", {"CARD", "PHARM"}),
    ("上个月胸口痛过一次，几分钟就好了，想查查心脏", {"CARD"}),
    ("chest feels sore when I press on it after moving furniture", {"ORTHO", "GP", "CARD"}),
    ("胸口痛了一个多月了，时好时坏", {"CARD", "RESP", "GP"}),
    # Cold hands every winter.
    ("一到冬天手脚就冰凉发白，暖和了就好", {"DERM", "RHEUM", "TCM", "GP", "CARD", "VASC"}),
    ("冬天手脚冰凉，怕冷", {"TCM", "GP", "ENDO", "CARD"}),
    # A pain score of the past, asked, or low.
    ("上个月腰痛得厉害，当时疼痛打分有八分，现在好多了", {"ORTHO", "PAIN", "REHAB"}),
    ("医生问疼痛能打几分，我不知道怎么打", {"PAIN", "GP", "CS"}),
    ("back pain about 3 out of 10, been there a month", {"ORTHO", "PAIN", "REHAB", "GP"}),
    ("腰痛打分三分左右，不太影响生活", {"ORTHO", "PAIN", "REHAB"}),
    # Violence dreamt or seen on the news.
    ("电视上看到砍人的新闻，晚上睡不着", {"PSY", "GP", "NEURO", "SLEEP"}),
    ("I dreamt someone was coming at me with a knife and couldn't sleep", {"PSY", "NEURO", "GP"}),
    # A testicle's lasting heaviness, a scrotum's itch; a calf's pitting swelling.
    ("阴囊有点潮湿瘙痒", {"URO", "DERM", "ANDRO"}),
    ("one testicle has felt a bit heavy for a few months, no pain", {"URO", "ANDRO"}),
    ("小腿有点肿，按下去有个坑", {"CARD", "NEPH", "VASC", "GP"}),
    # Pauses in a snorer's breathing are sleep apnoea; a pain's quality is no fit and no burn.
    ("我先生睡觉打呼噜，半夜会停止呼吸十几秒又喘回来", {"ENT", "RESP", "SLEEP"}),
    ("He has shingles on his back with a burning pain along the rash", {"DERM", "PAIN", "NEURO"}),
    ("带状疱疹好了以后，腰上那块还是会抽痛", {"DERM", "PAIN", "NEURO"}),
    # An eye struck with no more than a bruise or redness; a baby of weeks who is well.
    ("眼睛被打了一拳，有点青", {"OPH"}),
    ("孩子踢球时被球砸到眼睛，有点红", {"OPH", "PED"}),
    ("宝宝两周大，吃奶挺好，想问什么时候打疫苗", {"CHILD", "PED"}),
    # Thoughts of harming others that frighten the one who has them are psychiatry's.
    ("脑子里总有伤害别人的念头，我很害怕自己会做", {"PSY"}),
    # A habit of many medicines is no overdose.
    ("Dad is 80 and takes lots of tablets, can someone review them", {"GERI", "PHARM", "GP"}),
]


def test_their_look_alikes_are_not(engine: Engine) -> None:
    assert LOOK_ALIKES
    misses = []
    for text, departments in LOOK_ALIKES:
        top = engine.suggest(text)[0]
        if is_emergency(engine, text) or top.department not in departments:
            misses.append((text, top))
    assert not misses, "\n".join(map(repr, misses))


def test_a_red_flag_names_its_concepts_in_the_reason(engine: Engine) -> None:
    top = engine.suggest("透析的病人，今天抽血说血钾6.8，全身没力")[0]
    assert top.department == "ER"
    assert any(
        "kidney_failure" in r.concepts or "potassium_high" in r.concepts for r in top.reasons
    )


@pytest.mark.parametrize(
    ("text", "word", "denied"),
    [
        # Hardly, with no adverb before it, denies what follows in the gap.
        ("肚子不怎么疼", "疼", True),
        ("个肚唔系点痛", "痛", True),
        ("肚子不算太疼", "疼", True),
        # A bare "不太" is still a symptom; a verb's result is the symptom itself.
        ("肚子不太舒服", "舒服", False),
        ("晚上睡不着", "着", False),
    ],
)
def test_hardly_in_a_gap_denies_what_follows(text: str, word: str, denied: bool) -> None:
    text = normalise(text)
    assert context.gap_denies(text, 2, text.index(word)) is denied
