"""The everyday words visitors use for common symptoms reach the desk of the symptom, not the
fallback: Mandarin colloquial, Cantonese, Taiwan usage and British, American and Australian
slang, each said with and without a duration or a person.

- Each family's words are forms of the rule that already names the symptom (dizziness, diarrhoea,
  heartburn, tiredness, …); none makes a plain symptom an emergency.
- Breathlessness said in Cantonese as 透唔到气 is the emergency its Mandarin twin 透不过气
  already is.
- A word a red flag reads inside a longer story keeps its meaning: waking at night with a
  symptom is that symptom's, not insomnia's; "feel faint" stays the red flags' word.

Every wording here is our own; none comes from a case file.
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, off_their_desk, sent_to_emergency
from triage.routing.engine import Engine

# Each family: the desks that fit it, then its wordings (zh-hans, zh-hant, Cantonese, English).
LAY_WORDS = {
    "dizziness": (
        ("NEURO",),
        [
            "眼冒金星好几天了",
            "我妈脑袋发昏，挂什么科",
            "脑壳昏得很",
            "晕得站不住",
            "眼前發黑好幾天了",
            "我阿妈晕浪咁，睇边科",
            "I feel woozy since yesterday",
            "my head is swimming",
            "feeling giddy for a few days now",
        ],
    ),
    "nausea and vomiting": (
        ("GI",),
        [
            "一吃就吐",
            "我爸吐得厉害，挂什么科",
            "I feel queasy since yesterday",
            "I've been puking all morning",
            "he keeps retching",
            "I've been chucking up since last night",
        ],
    ),
    "diarrhoea": (
        ("GI",),
        [
            "窜稀好几天了",
            "一天拉了五六次",
            "肚子一直拉",
            "我媽瀉肚子，要看哪一科",
            "屙到虚脱",
            "成日屙成个礼拜",
            "I've got the trots",
            "I have the squirts since yesterday",
            "picked up Delhi belly on holiday",
        ],
    ),
    "constipation": (
        ("GI",),
        [
            "解手困难好几天了",
            "大不出來好幾天了",
            "排便不順",
            "几日冇大便",
            "I can't go to the toilet for days now",
            "I haven't been for days",
        ],
    ),
    "stomach upset and heartburn": (
        ("GI",),
        [
            "我阿妈肚好唔舒服，睇边科",
            "溢赤酸好幾天了",
            "I've got a bellyache",
            "my gut is playing up since yesterday",
            "I have a crook gut",
            "I keep burping acid",
            "my acid is coming up at night",
        ],
    ),
    "cough and breathlessness": (
        ("RESP", "PED"),
        [
            "走两步就气不够用",
            "我媽呼吸不順，要看哪一科",
            "行两步就扯气",
            "I get puffed easily",
            "I'm winded walking upstairs",
            "I've got a barking cough since yesterday",
        ],
    ),
    "palpitations and chest tightness": (
        ("CARD",),
        [
            "心跳得厉害好几天了",
            "胸口堵得慌",
            "心翳成个礼拜",
            "我阿妈心口翳住，睇边科",
            "my chest feels tight for a few days now",
            "my chest feels heavy",
        ],
    ),
    "headache": (
        ("NEURO",),
        [
            "头赤赤成个礼拜",
            "my head is killing me",
            "my head is throbbing since yesterday",
        ],
    ),
    "fever and chills": (
        ("FEVER",),
        [
            "浑身发冷",
            "打寒战好几天了",
            "我媽發冷，要看哪一科",
            "身滚滚",
            "I've got a temperature since yesterday",
            "I've got the shivers",
            "I'm hot and cold",
        ],
    ),
    "throat, nose and ears": (
        ("ENT",),
        [
            "it hurts to swallow since yesterday",
            "I'm all stuffed up",
            "I've got the sniffles",
            "I've got a sore ear",
        ],
    ),
    "skin": (("DERM",), ["出疹成个礼拜", "我阿妈出疹，睇边科"]),
    "back and joints": (
        ("ORTHO",),
        [
            "啲骨好痛",
            "I've done my back in",
            "my hip is giving me grief",
        ],
    ),
    "numbness": (
        ("NEURO",),
        ["脚痹成个礼拜", "腳痹痹", "my leg keeps going dead", "my arm goes dead at night"],
    ),
    "tiredness": (
        ("GP",),
        [
            "老是累",
            "身上软绵绵的好几天了",
            "我媽一直很疲倦，要看哪一科",
            "成日好攰",
            "冇气冇力成个礼拜",
            "I feel run down",
            "I'm knackered all the time",
            "I feel crook since yesterday",
            "I feel under the weather",
        ],
    ),
    "insomnia": (
        ("PSY",),
        [
            "半夜老醒",
            "I keep waking up at night",
            "I'm not sleeping for a few days now",
            "I toss and turn all night",
        ],
    ),
    "mood": (
        ("PSY",),
        [
            "心里烦好几天了",
            "壓力很大",
            "好郁闷成个礼拜",
            "I've got the blues",
            "I'm on edge all the time",
            "my nerves are shot",
        ],
    ),
    "urinary": (
        ("URO",),
        [
            "小便烧",
            "一直想尿尿好幾天了",
            "I keep needing to wee",
            "I'm weeing all the time",
        ],
    ),
    "periods": (
        ("GYN",),
        [
            "生理期不順",
            "MC沒來好幾天了",
            "M迟咗成个礼拜",
            "my time of the month is really painful",
        ],
    ),
    "pregnancy": (
        ("OB",),
        [
            "怀上了",
            "有喜了，挂什么科",
            "怀孕后想来做个检查",
            "I think I'm expecting",
            "I've got a bun in the oven",
        ],
    ),
    "a child": (
        ("PED",),
        [
            "my baby has a temperature",
            "my little one is off his food",
            "our little one has a runny nose",
        ],
    ),
    "wounds and burns": (
        ("GS", "BURN"),
        [
            "磕破了皮",
            "被油溅了",
            "整损咗手指",
            "I gashed my leg",
        ],
    ),
}

# A symptom a red flag reads keeps it: breathlessness in Cantonese is the emergency its Mandarin
# twin is, and "feel faint" beside a bleed or an injury stays the red flags' word.
STILL_EMERGENCIES = [
    "透唔到气",
    "我阿爸透唔过气",
    "透不过气",
    "my wife is bleeding heavily after the birth and says she feels faint",
    "I was kicked hard in the stomach and now I feel faint",
]

# A symptom that wakes a visitor at night is that symptom's, not insomnia's.
WAKING_WITH_A_SYMPTOM = [
    ("I keep waking up at night with a cough", ("RESP",)),
    ("waking up with heartburn most nights", ("GI",)),
    ("I wake up with a headache every morning", ("NEURO",)),
]


@pytest.mark.parametrize("family", LAY_WORDS)
def test_each_family_of_lay_words_reaches_its_desk(shipped_engine: Engine, family: str) -> None:
    desks, texts = LAY_WORDS[family]
    misses = off_their_desk(shipped_engine, [(text, desks) for text in texts])
    assert not misses, misses


@pytest.mark.parametrize("family", LAY_WORDS)
def test_no_lay_word_of_a_plain_symptom_is_an_emergency(
    shipped_engine: Engine, family: str
) -> None:
    sent = sent_to_emergency(shipped_engine, LAY_WORDS[family][1])
    assert not sent, sent


def test_breathlessness_and_faintness_stay_emergencies(shipped_engine: Engine) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES)
    assert not misses, misses


def test_waking_at_night_with_a_symptom_is_that_symptoms(shipped_engine: Engine) -> None:
    misses = off_their_desk(shipped_engine, WAKING_WITH_A_SYMPTOM)
    assert not misses, misses
