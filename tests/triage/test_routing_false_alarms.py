"""Known false alarms of the routing engine, each fixed by concept and context, with the
emergencies that look like them and must stay emergencies.

- Pufferfish as food asked about ("can it be eaten", a dish) is no poisoning; a pufferfish eaten
  now, or eaten and followed by numb lips, weak limbs or breathing trouble, is.
- Trouble swallowing with reflux, heartburn or a sore throat is the clinic's (GI or ENT); with a
  swelling, an allergy, a closing throat, breathing trouble or a sudden onset it is anaphylaxis.
- An oxygen saturation said to be dipping, dropping or falling to a low reading is the SpO2 red
  flag in English as in Chinese: the speller keeps an English word it knows ("dipping" is not
  "dripping").
- A pregnant woman asking which medicine she may take for a headache is no emergency; a severe
  headache, blurred sight, a high blood pressure or a fit in pregnancy is, also when the
  pregnancy is said as "怀孕了".
- A car hitting a parked car is damage to property; a person hit by a car is a road accident.

Every wording here is our own, in Simplified and Traditional Chinese and in English; none comes
from a case file.
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, off_their_desk, sent_to_emergency
from triage.routing.engine import Engine
from triage.routing.spelling import Speller

# Questions and dishes: no emergency, whatever desk they reach.
NOT_EMERGENCIES = {
    "pufferfish asked about as food": [
        "河豚到底能不能吃？",
        "河豚的肝可以吃吗",
        "听说河豚很鲜，怎么做才安全",
        "今晚想吃红烧河豚，哪里有卖",
        "河豚可以生吃嗎？",
        "河豚料理要去哪家餐廳吃",
        "is it safe to eat pufferfish?",
        "where can I try fugu in this city",
        "how is blowfish prepared so it is not dangerous",
    ],
    "a medicine asked about for a headache in pregnancy": [
        "怀孕五个月，头很痛，能吃对乙酰氨基酚吗",
        "我怀孕了，头好痛，可以吃什么止痛药",
        "怀孕了头疼，能不能吃布洛芬",
        "懷孕三個月頭很痛，可以吃普拿疼嗎",
        "I'm pregnant and have a headache, is it okay to take paracetamol?",
        "20 weeks pregnant with a headache, which painkiller can I take",
        "pregnant and got a headache, can I take tylenol",
    ],
    "a car hitting a parked car": [
        "a car hit my parked car last night",
        "someone crashed into my parked car outside the shop",
        "a delivery van hit my car while it was parked",
        "有辆车撞了我停在路边的车",
        "我停着的车被撞了，来问问监控",
        "有輛車撞到我停好的車",
    ],
}

# Trouble swallowing beside reflux or a sore throat: the clinic's, GI or ENT, at the top.
SWALLOWING_AT_THE_CLINIC = [
    ("heartburn every night, and I cant swallow properly", ("GI",)),
    ("my reflux is bad lately and I cant swallow bread", ("GI",)),
    ("sore throat for two days, I cant swallow without it hurting", ("ENT",)),
    ("sore throte, cant swallow anything", ("ENT",)),
    ("反酸烧心，吃东西咽不下去", ("GI",)),
    ("喉咙痛了两天，吞不下东西", ("ENT",)),
    ("胃食道逆流，吞東西卡卡的，咽不下去", ("GI",)),
]

# The look-alikes that must stay emergencies (ER at urgency I or II).
STILL_EMERGENCIES = {
    "pufferfish eaten now, or eaten with its signs": [
        "刚吃了河豚，嘴唇和舌头都麻了",
        "晚饭吃的河豚，现在手脚没力，站不稳",
        "我爸刚吃了河豚",
        "剛吃完河豚，嘴巴發麻、說話不清",
        "我老公吃了河豚，現在呼吸困難",
        "my husband ate fugu an hour ago and now his lips are numb",
        "we just ate blowfish and my friend can hardly breathe",
        "my dad just ate pufferfish",
    ],
    "no swallowing with a swelling, an allergy, a closing throat or a sudden onset": [
        "ate peanuts at lunch and now I cant swallow",
        "stung by a bee, cant swallow and struggling to breathe",
        "suddenly cant swallow and my throat feels tight",
        "my face is swelling up and I cant swallow",
        "cant swallow since this morning and my tongue feels thick",
        "吃了虾过敏，吞不下，喘不上气",
        "吃了花生後喉嚨發緊，吞不下",
        "嘴唇肿起来了，吞不下口水",
    ],
    "an oxygen saturation dipping, dropping or falling to a low reading": [
        "her oxygen keeps dipping to 86 on the home monitor",
        "his sats are dropping to 85 when he walks",
        "spo2 falling to 88 overnight",
        "the finger sensor read 84",
        "血氧一直往下掉，掉到87",
        "血氧飽和度掉到85",
    ],
    "pregnancy with a severe headache, blurred sight, a high pressure or a fit": [
        "怀孕32周，头痛得厉害，看东西模糊",
        "孕30周头痛欲裂，能吃止痛药吗",
        "懷孕34週，頭痛得很厲害，眼花",
        "怀孕了，头痛得厉害，看东西模糊",
        "懷孕了頭痛得厲害，血壓很高",
        "34 weeks pregnant, severe headache and blurred vision, can I take paracetamol",
        "she is 30 weeks pregnant and just had a fit",
        "pregnant with a headache and my blood pressure is 170/112",
        "im 28 weeks pregnant and have a headache",
        "my wife is pregnant with a bad headache, what can she take",
    ],
    "a person hit by a car": [
        "a car hit my son on the crossing",
        "a car hit me while I was walking to my parked car",
        "孩子在停车场被车撞了，腿流血",
        "我爸過馬路被車撞了，頭流血",
    ],
}


@pytest.mark.parametrize("family", NOT_EMERGENCIES)
def test_each_false_alarm_family_is_no_emergency(shipped_engine: Engine, family: str) -> None:
    sent = sent_to_emergency(shipped_engine, NOT_EMERGENCIES[family])
    assert not sent, sent


def test_trouble_swallowing_with_reflux_or_a_sore_throat_reaches_the_clinic(
    shipped_engine: Engine,
) -> None:
    misses = off_their_desk(shipped_engine, SWALLOWING_AT_THE_CLINIC)
    assert not misses, misses


def test_a_medicine_asked_in_pregnancy_reaches_obstetrics_or_the_pharmacy(
    shipped_engine: Engine,
) -> None:
    rows = [
        (text, ("OB", "PHARM", "GP"))
        for text in NOT_EMERGENCIES["a medicine asked about for a headache in pregnancy"]
    ]
    misses = off_their_desk(shipped_engine, rows)
    assert not misses, misses


@pytest.mark.parametrize("family", STILL_EMERGENCIES)
def test_each_look_alike_stays_an_emergency(shipped_engine: Engine, family: str) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES[family])
    assert not misses, misses


def test_a_saturation_that_is_no_danger_stays_none(shipped_engine: Engine) -> None:
    sent = sent_to_emergency(
        shipped_engine, ["sats dipping to 95 at night", "血氧偶尔掉到96，正常吗"]
    )
    assert not sent, sent


@pytest.mark.parametrize("word", ["dipping", "dropping", "falling", "sensor"])
def test_the_speller_keeps_the_english_words_of_a_reading(word: str) -> None:
    # Each is one letter from a rule's word ("dripping", "drooping", "sensory"), and English.
    speller = Speller(["dripping", "drooping", "sensory", "failing"])
    assert speller.correct(word) == word
