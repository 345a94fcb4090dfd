"""Whose illness, and a diagnosis or an event now: a relative's known illness is their background,
a condition named as had is a diagnosis, and a relative who is the patient now with acute signs
stays an emergency.

Taught by family (context.py, rules.json, lexicon.json), our own wordings below:
- a relative named as the one who has or had a known illness, the clause ending with the
  illness's name ("我爸有主动脉夹层", "阿爸有心臟病", "my dad had Parkinson's"), then a clause of the
  visitor's own complaint ("我最近胃胀反酸", "I have a rash"): the relative's red flag is held back
  and its department yields to the visitor's (`context._RELATIVES_ILLNESS`, `_OWN_COMPLAINT`,
  `Story.may_tell_before`). A symptom told of the relative ("我妈有胸痛出冷汗"), a relative who is
  the patient now ("我爸有高血压，今天突然胸口剧痛出冷汗") and what the visitor saw of them ("我发现
  他…") are read as ever;
- a condition named as had, with 有 ("我有失语症", "我妈妈有脑梗", "阿爸有脑梗"), in a complaint that
  asks which department, a follow-up or medicine ("想问挂什么科", "想复查一下", "睇咩科", "which
  clinic"), is a diagnosis: its department, not the emergency (`context._HAS_NAMED`,
  `_DESK_ASKED`); "我爸脑梗了，挂什么科" (an event, no 有) and any sign told now stay emergencies.
  失语症 and "aphasia" are neurology's condition names, 半身不遂 and "hemiplegia" rehabilitation's;
- a complaint that asks about a family's history (家族史, 遗传, "runs in my family"): the clauses
  that begin with a relative and say no now ("我爸五十岁就心梗，装了支架") tell that history
  (`context._FAMILY_HISTORY_ASKED`, `_RELATIVE_FIRST`);
- a hernia or a bulge in the groin or at the navel that will not go back in (推不回去, 推唔返入去,
  "won't go back in": the concepts @hernia and @wont_go_back) is an incarcerated hernia, the
  emergency's (a new red flag); one that goes back in is surgery's;
- blood in the white of the eye after a cough (结膜下出血, 眼白出血, 爆咗血管, "burst a blood vessel
  in my eye") is the eyes', not coughed-up blood (exceptions of the 咯血 red flag, phrases of the
  eyes' rule).
"""

import pytest

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import desk_tests, emergency_tests

# --- the context step ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我爸有主动脉夹层，我最近胃胀反酸", "主动脉夹层"),
        ("我媽媽有腦中風，我最近手臂起紅疹", "中风"),
        ("阿爸有心梗，我自己最近喉嚨痛", "心梗"),
        ("my dad had a stroke; I have a rash", "stroke"),
        # A family's history asked about: the relative's event is that history.
        ("我爸五十多岁就心梗，装了支架，我也快五十了，家族史这种要查什么", "心梗"),
    ],
)
def test_a_relatives_illness_before_the_visitors_own_complaint_is_theirs(
    text: str, word: str
) -> None:
    found = mention(text, word)
    assert found.not_now and not found.now, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # No complaint of the visitor's own: the relative may be the patient.
        ("我爸有主动脉夹层", "主动脉夹层"),
        # A symptom told of the relative, and the visitor only worried.
        ("我妈有胸痛出冷汗，我很着急", "胸痛"),
        # What the visitor saw of the relative now.
        ("我爸有糖尿病，我发现他今天突然说不出话了", "说不出话"),
        ("my mum has heart disease, now she has crushing chest pain", "chest pain"),
        ("我爸有家族遗传的心脏病，现在胸口剧痛出冷汗", "胸口剧痛"),
        # What the visitor saw of the relative, a time word before it or not.
        ("我爸有心梗，我最近发现他走几步就胸口闷", "心梗"),
    ],
)
def test_a_relatives_sign_or_an_illness_without_the_visitors_complaint_is_read_as_ever(
    text: str, word: str
) -> None:
    assert not mention(text, word).not_now


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我妈妈有脑梗，想问挂什么科", "脑梗"),
        ("我有失语症，想复查一下", "失语"),
        ("我有半身不遂，想复查一下", "半身不遂"),
        ("阿爸有脑梗，想问睇咩科", "脑梗"),
        ("my mum has aphasia, which clinic should she see", "aphasia"),
    ],
)
def test_a_condition_named_as_had_for_a_desk_is_a_diagnosis(text: str, word: str) -> None:
    assert mention(text, word).condition


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我爸脑梗了，挂什么科", "脑梗"),  # an event, no 有
        ("我有脑梗", "脑梗"),  # no department or follow-up asked
        ("我有呼吸困难，挂什么科", "呼吸困难"),  # a symptom, not a name
        ("我妈有脑梗，今天又说不出话了，挂什么科", "说不出话"),  # a sign told now
    ],
)
def test_an_event_a_symptom_or_a_name_alone_is_no_diagnosis_for_a_desk(
    text: str, word: str
) -> None:
    assert not mention(text, word).condition


# --- the engine: departments ---------------------------------------------------------------------

# Each family: (text, the departments accepted[, age]).
DESKS = {
    "a relative's illness, then the visitor's own complaint": [
        ("我爸有主动脉夹层，我最近胃胀反酸", "GI"),
        ("我妈以前得过心梗，我这几天老是烧心", "GI"),
        ("我爸爸有冠心病，我自己最近胃胀", "GI"),
        ("我爸有帕金森，我身上起了皮疹", "DERM"),
        ("我老公有癫痫，我这两天拉肚子", "GI"),
        ("我爸有主动脉夹层，我自己最近老是胃胀", "GI"),
        ("阿妈有糖尿病，我好痛喉咙，食嘢都痛", "ENT"),
        ("我老婆有红斑狼疮，我自己手上长了湿疹", "DERM"),
        ("我媽媽有腦中風，我最近手臂起紅疹好癢", "DERM"),
        ("我阿嬤有失智症，我最近胃食道逆流很嚴重", "GI"),
        ("阿爸有心臟病，我自己最近皮膚好痕起晒疹", "DERM"),
        ("老豆有柏金遜，我自己最近喉嚨痛", "ENT"),
        ("my dad had Parkinson's; I have a rash", "DERM"),
        ("my mum has heart disease. I have heartburn most evenings", "GI"),
        ("my dad had an aortic dissection, I've got acid reflux", "GI"),
        ("my husband has heart failure; I've hurt my knee", "ORTHO"),
    ],
    "a condition named as had, a desk or a follow-up asked": [
        ("我妈妈有脑梗，想问挂什么科", "NEURO"),
        ("我妈妈有心梗，想问挂什么科", "CARD"),
        ("我婆婆有脑中风，想复诊开药", "NEURO"),
        ("我有失语症，想复查一下", "NEURO"),
        ("我有半身不遂，想复查一下", ("REHAB", "NEURO")),
        ("我有热性惊厥，想复查一下", ("NEURO", "PED")),
        ("孩子有热性惊厥，想复查一下", "PED"),
        ("我爸有主动脉夹层，想问看哪个科", ("CVS", "CARD")),
        ("我媽有腦中風，想問要掛哪一科", "NEURO"),
        ("我媽有心肌梗塞，想問要看哪一科", "CARD"),
        ("阿爸有脑梗，想问睇咩科", "NEURO"),
        ("我外婆有癲癇，想問睇邊科", "NEURO"),
        ("阿嫲有半身不遂，想睇边科", ("REHAB", "NEURO")),
        ("my mum has aphasia, which clinic should she see", ("NEURO", "REHAB")),
    ],
    "a relative's illness told in a family history asked about": [
        ("我爸五十多岁就心梗，装了支架，我也快五十了，家族史这种要查什么", ("PREV", "CARD")),
        ("我妈六十岁中风过，我想知道这个会不会遗传，要做什么检查", ("PREV", "NEURO")),
        ("我媽四十幾歲就心肌梗塞，我這種有家族史的要檢查什麼", ("PREV", "CARD")),
        (
            "my dad had a heart attack at 55, heart disease runs in my family, what checks should I get",
            ("PREV", "CARD"),
        ),
    ],
    "a hernia that goes back in": [
        ("孩子有疝气，平时能推回去，想约手术", "PEDSURG"),
        ("我老公腹股沟疝，平时躺下就回去了，想做手术", "GS"),
        ("疝氣平常推得回去，想問什麼時候開刀", ("GS", "PEDSURG")),
        ("I have an inguinal hernia that goes back in when I lie down, want surgery", "GS"),
    ],
    "blood in the white of the eye after a cough": [
        ("咳嗽后结膜下出血", "OPH"),
        ("咳得太厲害，眼白出血了一塊", "OPH"),
        ("咳到眼白爆咗血管，红咗一忽", "OPH"),
        ("I coughed so hard I burst a blood vessel in my eye", "OPH"),
    ],
}

# --- the engine: emergencies ---------------------------------------------------------------------

EMERGENCIES = {
    "a hernia that will not go back in": [
        "孩子疝气，鼓出来推不回去了，哭闹",
        "宝宝大腿根有个包，推唔返入去，喊个不停",
        "老人家小肠气，今天掉下来回不去了，肚子痛",
        "小朋友嘅疝氣今日推唔返入去，好痛",
        "肚脐鼓出来一个包，按不回去了，很硬很痛",
        "my son's hernia won't go back in and he's vomiting",
    ],
}

# A relative who is the patient now with acute signs, an event told as one, coughed-up blood.
STILL_EMERGENCIES = [
    "我爸有高血压，今天突然胸口剧痛出冷汗",
    "我妈有胸痛出冷汗，我很着急",
    "我爸有糖尿病，我发现他今天突然说不出话了",
    "我爸有冠心病，我刚才看到他晕倒了叫不醒",
    "我妈有心脏病，现在喘不上气嘴唇发紫",
    "我妈有冠心病，我看她现在胸口疼得厉害一直出汗",
    "我老公有糖尿病，我刚才喂他喝水他叫不醒",
    "我妈有心衰，我最近发现她喘不上气，嘴唇发紫",
    "我妈有心脏病，我好担心，她现在胸口好痛出冷汗",
    "我爸有心梗，我很着急",
    "我有主动脉夹层，今天后背撕裂样痛",
    "我爸有主动脉夹层，今天背痛得像撕开一样",
    "阿爸有高血壓，頭先突然講唔到嘢，半邊面跌咗",
    "我媽有心臟病，剛剛突然昏倒叫不醒",
    "my dad has diabetes, he suddenly can't speak and his face is drooping",
    "my mum has heart disease, now she has crushing chest pain and is sweating",
    "my wife has epilepsy and she has been seizing for ten minutes",
    "我爸有家族遗传的心脏病，现在胸口剧痛出冷汗",
    "我妈突然说不出话了，我们家有中风家族史",
    "my dad is having a heart attack right now, heart disease runs in the family",
    "我爸脑梗了，挂什么科",
    "我妈突然说不出话，嘴歪了，挂哪个科",
    "孩子发烧抽了，现在还在抽",
    "我有呼吸困难，挂什么科",
    "我妈有脑梗，今天又说不出话了，挂什么科",
    "我爸有脑梗，刚才又摔倒了叫不醒，挂什么科",
    "孩子有热性惊厥，现在又抽了，叫不醒",
    "我有心梗，胸口压着疼出冷汗，挂什么科",
    "我爸中风了，嘴歪了，该看哪个科",
    "我老公心梗了，胸口很痛，挂什么科",
    "阿妈中风咗，半边身郁唔到，睇咩科",
    "my mum is having a stroke, which department",
    "咳嗽咳出血来了",
    "咳嗽痰里全是鲜血，一口一口的",
    "coughing up blood since this morning",
]

TestEmergencies = emergency_tests(
    EMERGENCIES, STILL_EMERGENCIES, {f: [row[0] for row in rows] for f, rows in DESKS.items()}
)
TestDesks = desk_tests(DESKS, [], STILL_EMERGENCIES)
