"""Emergencies said in words the engine had missed, family by family, in Simplified Chinese,
Traditional Chinese (Taiwan's and Hong Kong's Cantonese usage) and English (British, American and
a learner's), each fixed by a concept's form or a red flag's composition; and their look-alikes
(history, a question, a denial, a screen's story, a mild form) that must stay no emergency.

Every wording here is our own; none comes from a case file.
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, sent_to_emergency
from triage.routing.engine import Engine
from triage.routing.redflags import number

# Each must reach the emergency department at urgency I or II.
EMERGENCIES = {
    "heavy bleeding said as blood that will not stop or a great loss": [
        "我爸手被割了，血流不停",
        "伤口流血不停，按着也没用",
        "阿嬤腳割到，血流不停",
        "my dad lost loads of blood from the cut",
        "she has lost so much blood, the towel is soaked",
        "he lost tons of blood on the way here",
    ],
    "breathing said in Cantonese's 抖, round the lips or as very difficult": [
        "我老豆抖唔到氣",
        "阿媽抖唔切氣，講唔到嘢",
        "my son is blue around the lips and wheezing",
        "her lips are blue round the edges and she can't breathe",
        "breathing very difficult, cannot talk",
        "my mom's breathing is very difficult since an hour",
    ],
    "a heavy chest with a sweat": [
        "胸口好重，像有大象坐着，出汗",
        "我妈胸口很重，一直冒冷汗",
        "心口好重，出晒冷汗",
        "胸口很重，流冷汗，左手麻",
    ],
    "a fall from a floor, a cleaver attack or a person pinned, in Cantonese": [
        "我個仔由五樓跌落嚟",
        "佢喺三樓跌咗落街",
        "我老豆俾人斬傷",
        "佢俾人斬咗幾刀",
        "工人俾機器壓住",
        "我老公被卡车压住了",
    ],
    "a rash that does not fade, said as 壓不退": [
        "小孩發燒，身上紅點壓不退",
        "孩子发烧，红点按下去不退",
        "個女發燒，啲紅點按不退",
    ],
    "a child with diarrhoea or vomiting and no pee": [
        "小孩拉肚子，一直沒有尿尿",
        "宝宝拉了一天，没尿尿",
        "toddler has diarrhoea and hasnt peed since morning",
        "my baby keeps vomiting and hasnt peed all day",
    ],
    "a baby of some weeks with a fever": [
        "6周的宝宝发烧了",
        "三周大的宝宝发烧",
        "5个星期大的bb发烧38度",
    ],
    "a high sugar with deep, fast breathing": [
        "血糖很高，呼吸很深很快，吐",
        "我妈血糖好高，呼吸又深又快",
        "his sugar is really high and he's breathing deep and fast",
    ],
    "a burn over a whole stretch of skin": [
        "被熱水燙傷，整片背都起水泡",
        "孩子被热汤烫了，一整片胸口都起泡",
        "俾熱油濺到，成片手臂起泡",
    ],
    "someone found out in the cold, drowsy or confused": [
        "she was found outside in the cold, confused",
        "my grandad was left out in the cold overnight and is drowsy",
        "hypothermic and drowsy",
    ],
    "an eye gone black or blurred all at once, in Cantonese": [
        "突然間一邊眼黑晒",
        "佢一隻眼突然黑晒，咩都睇唔到",
        "隻眼突然間矇晒，睇唔到嘢",
    ],
    "a testicle in terrible pain": [
        "my 13 year old son woke up with terrible pain in his testicle",
        "excruciating pain in his left testicle since an hour",
    ],
    "a belly rigid or hard with unbearable pain": [
        "my belly is hard and the pain is unbearable",
        "her tummy is rigid and she can't move",
        "his abdomen is hard as a board",
    ],
    "smoke breathed in at a fire": [
        "house fire, he breathed in a lot of smoke",
        "my mum inhaled a lot of smoke in the kitchen fire",
    ],
    "words that will not come out, or not knowing anyone, all of a sudden": [
        "我妈突然讲话讲不出来",
        "我爸突然话讲不出来",
        "突然間好混亂，唔認得人",
        "阿爺突然唔認得人，講嘢唔清",
        "阿嫲突然認唔到我哋，講嘢亂晒",
        "he suddenly cant find his words and his face looks odd",
    ],
    "a wall or a load fallen on someone": [
        "a wall fell on him at the building site",
        "a stack of pallets fell on top of her at work",
    ],
    "standing high and saying they will jump": [
        "she's standing on the roof saying she'll jump",
        "he is threatening to jump from the balcony",
    ],
    "sight lost in one eye, said in English": [
        "I've suddenly lost the sight in my left eye",
        "my dad suddenly lost the vision in one eye",
    ],
    "found lying in the snow": [
        "found him in the snow, very cold and sleepy",
    ],
    "words of ending a life": [
        "she's talking about ending her life and has pills saved up",
        "he keeps talking about taking his own life",
    ],
    "words of being better off gone, with pills swallowed": [
        "he says everyone would be better off without him and took pills",
        "she said we'd be better off without her and swallowed her pills",
    ],
    "a reading said in English words": [
        "my wife oxygen is eighty five percent",
        "her sats are eighty-eight",
        "blood pressure is two hundred over one twenty",
        "his pulse is only thirty five",
        "her heart rate is over one hundred and sixty",
    ],
}

# Each must stay out of the emergency department.
LOOK_ALIKES = {
    "bleeding told as history or asked about": [
        "以前受伤血流不停，现在来拆线",
        "刷牙流血不停会不会是白血病",
        "lost a lot of blood in surgery last year, here for my follow-up",
    ],
    "a heavy chest told as history or after a run": [
        "胸口好重，去年心梗，来复查",
        "跑完步出汗，胸口有点重",
    ],
    "a fall down the stairs, a chopping cut, a thing dropped, a simile": [
        "由楼梯跌落嚟，膝头擦损",
        "斩排骨斩伤手指，流少少血",
        "三楼跌落的衣服要怎么拿",
        "心口好似俾石頭壓住咁翳",
    ],
    "a rash that does not fade without a fever, a baby's weeks as a span": [
        "宝宝湿疹，红点按不退，不发烧",
        "一个星期宝宝都有点咳",
        "怀孕12周的宝宝发育正常吗",
    ],
    "no pain peeing": [
        "拉肚子，没有尿尿痛",
        "孩子没有尿尿疼",
    ],
    "a high sugar for the clinic, or asked about": [
        "血糖很高，来开药",
        "血糖很高，呼吸很深会不会是酮症",
    ],
    "a stretch of sunburn or eczema, a black eye, a blur gone again": [
        "晒伤了一整片，红红的",
        "手臂上一整片湿疹",
        "打波俾人撞到，一邊眼黑晒一圈",
        "隻眼突然蒙晒一陣，而家好返",
    ],
    "a testicle's pain for months or asked about, a belly hard without pain": [
        "terrible pain in my testicle for months, comes and goes",
        "my belly is hard but there is no pain, constipated",
        "is a rigid belly always serious?",
        "can you get testicular torsion from sport?",
    ],
    "smoke asked about or told as history": [
        "does breathing in a lot of smoke from a barbecue harm the lungs?",
        "breathed in a lot of smoke at a fire last year, cough since",
    ],
    "the cold without a sign, snow at play": [
        "I was outside in the cold and now have a runny nose",
        "found my keys in the snow",
        "the kids are lying in the snow making snow angels",
    ],
    "a cat that will not jump, a shelf on a foot, a wall in a game": [
        "our cat is up on the roof and won't jump down",
        "a shelf fell on her foot, a bit bruised",
        "the garden wall fell on my car last night",
        "a wall fell on him in the video game",
    ],
    "sight lost long ago or slowly, a way not found, words lost to nerves": [
        "she lost the sight in one eye years ago",
        "爷爷突然认唔到路，迷路咗",
        "阿爺好多年都唔認得我，認知障礙",
        "突然唔认得字",
        "he cant find the words to say sorry",
    ],
    "speech lost to nerves or in rehabilitation, a name forgotten": [
        "紧张得讲不出话",
        "突然讲不出来他的名字，忘记了",
        "去年中风后讲不出话，来做康复",
    ],
    "better off without someone, as a family's story": [
        "my kids are better off without him, the divorce is final",
    ],
    "a screen's or a drama's story": [
        "电视里说胸口压着疼出冷汗是心梗，我想问问",
        "on TV they said crushing chest pain with sweat is a heart attack",
        "I saw on TV that chest pain with sweating is a heart attack",
        "電視劇入面有人暈低",
        "电视剧里有人晕倒了",
        "my friend's dad had a stroke on a TV show",
        "we watched a movie where a man collapsed",
        "a film about a man ending his life made me sad",
        "邻居说他爸中风了，怎么预防",
        "why do people faint",
    ],
    "a reading in words that is no danger, or of years": [
        "oxygen is ninety seven percent",
        "is a heart rate of 130 dangerous?",
        "blood pressure one thirty over eighty five",
        "his pulse was thirty five years ago the same",
        "on blood pressure medicine for twenty years",
    ],
}

# A screen's story is no emergency; watching a screen when it happens is one.
STILL_EMERGENCIES = [
    "he collapsed while watching a tv show",
    "看电视剧的时候突然晕倒了",
    "看电视剧看到一半突然胸口痛出冷汗",
    "他微信上说他胸口痛得厉害，出冷汗",
    "邻居说我爸晕倒了",
    "his heart rate is 130, is that dangerous",
]


@pytest.mark.parametrize("family", EMERGENCIES)
def test_each_emergency_family_reaches_the_emergency_department(
    shipped_engine: Engine, family: str
) -> None:
    misses = not_emergencies(shipped_engine, EMERGENCIES[family])
    assert not misses, misses


@pytest.mark.parametrize("family", LOOK_ALIKES)
def test_each_look_alike_is_no_emergency(shipped_engine: Engine, family: str) -> None:
    sent = sent_to_emergency(shipped_engine, LOOK_ALIKES[family])
    assert not sent, sent


def test_watching_a_screen_when_it_happens_stays_an_emergency(shipped_engine: Engine) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES)
    assert not misses, misses


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("eighty five", 85),
        ("eighty-eight", 88),
        ("a hundred and forty", 140),
        ("one twenty", 120),
        ("one forty five", 145),
        ("two hundred and ten", 210),
        ("nineteen", 19),
        # Not a number: 0, as for any other text (never an error).
        ("", 0),
        ("hundred", 0),
        ("a fifty", 0),
        ("pulse", 0),
    ],
)
def test_a_number_said_in_english_words_is_read(said: str, value: int) -> None:
    assert number(said) == value
