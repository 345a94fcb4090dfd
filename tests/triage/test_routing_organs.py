"""The last-resort reading: a question that names only an organ or a body part reaches its desk.

Why: real online questions name conditions and organs in a long tail no phrase list covers ("我
的甲状旁腺有问题", "膀胱里有个东西", "腮腺肿了", "something on my adrenal gland"). Before this,
about one real question in twenty fell back (no rule matched: general practice, patient
services) and one in fourteen had no accepted desk in its top three. Each clinical department
now has a weak rule whose phrases are its organs and body parts, written once as lexicon
concepts (`@organ_liver`, `@organ_thyroid`, …, Simplified, Traditional and English forms) so that
one form serves every rule; an organ two desks see (the gallbladder, the anus, the thyroid, the
spleen, the kidney, the joints) is read a second time, weaker still, by the other desk.

Their place in the ranking: weight 2 (the second desk 1), at or under `rank.LAST_RESORT_WEIGHT` and
below every other rule (the least of which weighs 6). They are department rules, never red flags:
they make no emergency and block none. They rank a department that nothing stronger found, so they
decide only when nothing else fires and fill the top three beside weak evidence; and they add
nothing to a department a stronger rule already found (`Engine._fire`), so "my heart pounds before
meetings, anxious all the time" stays psychiatry's and a service asked for ("where do I collect my
kidney test results") keeps its counter. Forms are whole words of two characters or more where one
character says something else (心 of 担心, 眼 of 眼看, 胆 of 胆小 is no organ: 心 and 眼 are
never read alone, 胆 only with its look-alikes as the rule's `unless`), and single characters
only where they are the organ (肝, 胃, 肾, 肺, 肠, 胰, 脾, 肛, 疝), with their idioms and foods as
`unless` (肝火, 爆肝, 倒胃口, 香肠, 脾气, 没心没肺).
"""

import pytest

from triage.routing import concepts, rank
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine, RuleSpec
from triage.routing.specs import Kind

# Our own wordings naming an organ or a rare condition, with no symptom a stronger rule knows:
# (text, the departments accepted[, age]). Each must no longer fall back, and must have one of
# its departments in the top three.
ORGANS = [
    # The digestive organs.
    ("我的肝好像有点问题，要看哪个科", ("GI", "INFECT")),
    ("胰腺上有个小东西怎么办", ("GI",)),
    ("體檢說食管裡有個小東西", ("GI",)),
    ("is something wrong with my pancreas", ("GI",)),
    ("做B超说脾脏偏大", ("GI", "HEME")),
    ("enlarged spleen on the scan", ("GI", "HEME")),
    # The gallbladder, the anus, the breast, a hernia: general surgery.
    ("胆上长了个东西要紧吗", ("GS", "GI")),
    ("肛門口摸到一個小肉球", ("GS", "GI")),
    ("乳房里摸到个东西", ("GS",)),
    ("my gallbladder wall is thick on the scan", ("GS", "GI")),
    # The kidney, the bladder and the male organs.
    ("腎臟有點問題", ("NEPH", "URO")),
    ("my kidney is playing up", ("NEPH", "URO")),
    ("膀胱里好像有个东西", ("URO",)),
    ("睾丸有点往下坠", ("URO",)),
    ("輸尿管有點擴張", ("URO",)),
    ("a dragging feeling in one testicle", ("URO",)),
    # The female organs.
    ("子宫内膜有点厚", ("GYN",)),
    ("卵巢上有个东西", ("GYN",)),
    ("something on my ovary", ("GYN",)),
    # The eye, the ear, nose and throat, the mouth.
    ("晶状体有点混浊", ("OPH",)),
    ("角膜上有個白點", ("OPH",)),
    ("腮腺肿了一边", ("ENT",)),
    ("聲帶好像長了東西", ("ENT",)),
    ("my parotid gland is puffy", ("ENT",)),
    ("舌头上长了个东西", ("DENT", "ENT")),
    # The skin and nails, the bones and joints.
    ("毛囊有问题怎么办", ("DERM",)),
    ("手指甲變形了", ("DERM",)),
    ("my fingernail changed shape", ("DERM",)),
    ("跟腱那里不太对劲", ("ORTHO",)),
    ("肩膀不对劲好几天了", ("ORTHO",)),
    ("is my achilles tendon ok, it feels odd", ("ORTHO",)),
    ("torn meniscus from last year", ("ORTHO",)),
    # The glands, the lungs, the heart, the brain and nerves, the blood.
    ("我的甲状旁腺有问题", ("ENDO",)),
    ("腎上腺長了個東西", ("ENDO",)),
    ("my parathyroid is playing up", ("ENDO",)),
    ("胸膜有点增厚", ("RESP",)),
    ("心肌有点问题", ("CARD",)),
    ("神经有点问题", ("NEURO",)),
    ("骨髓有点问题", ("HEME",)),
    # A child: the children's department sees the organs of internal medicine.
    ("孩子体检说脾大", ("PED", "GI", "HEME"), 6),
]

# Look-alikes: the character or word is no organ (a feeling, an idiom, a food, an object, "by
# heart"). No last-resort rule may fire; where a department is given, it must not be in the top
# three either.
LOOK_ALIKES = [
    ("我很担心我妈", "CARD"),
    ("过马路要小心", "CARD"),
    ("最近心情不好", "CARD"),
    ("开心不起来", "CARD"),
    ("关心一下老人", "CARD"),
    ("最近肝火很旺，嘴里长泡", "GI"),
    ("晚上熬夜爆肝", "GI"),
    ("看到那个就倒胃口", "GI"),
    ("他是个热心肠的人", "GI"),
    ("他最近脾气很大，动不动就发火", "GI"),
    ("我老公胆子小", "GS"),
    ("他胆小不敢打针", "GS"),
    ("眼看就要考试了，睡不着", "OPH"),
    ("手机一直响", "ENT"),
    ("牙刷用久了", None),
    ("别神经兮兮的", "NEURO"),
    ("I learned the poem by heart", None),
    ("he gets on my nerves, I can't sleep", "NEURO"),
    ("I smoked a joint and now I feel anxious", "ORTHO"),
    ("chewing gum, and my jaw clicks", None),
]

# A complaint a real rule reads keeps its top: (text, the top expected).
KEEP_TOP = [
    ("I feel anxious all the time and my heart pounds before meetings", "PSY"),
    ("总是焦虑，开会前心脏怦怦跳", "PSY"),
    ("胃痛三天了", "GI"),
    ("在哪取报告", "LAB"),
    ("where do I collect my kidney test results", "LAB"),
    ("牙齿有点牵拉感，医生说食道那里可能是恶性肿瘤", "ONC"),
    ("I'm 70, lived abroad for years, I'd like my hearing checked", "ENT"),
]


def _last_resort_labels() -> set[str]:
    labels = set()
    for spec in default_specs():
        if spec.kind == Kind.DEPARTMENT and spec.weight <= rank.LAST_RESORT_WEIGHT:
            labels |= {spec.label(script) for script in ("hans", "hant", "en")}
    return labels


@pytest.mark.parametrize("row", ORGANS, ids=[row[0] for row in ORGANS])
def test_a_named_organ_no_longer_falls_back_and_reaches_its_desk(shipped_engine, row) -> None:
    text, accepted, *age = row
    suggestions = shipped_engine.suggest(text, age=age[0] if age else None)
    assert not suggestions[0].fallback, text
    assert not suggestions[0].emergency, text
    top3 = [s.department for s in suggestions[:3]]
    assert any(code in accepted for code in top3), (text, top3)


@pytest.mark.parametrize("text,department", LOOK_ALIKES, ids=[row[0] for row in LOOK_ALIKES])
def test_a_look_alike_is_no_organ(shipped_engine, text: str, department: str | None) -> None:
    labels = _last_resort_labels()
    suggestions = shipped_engine.suggest(text)
    fired = [r.rule for s in suggestions for r in s.reasons if r.rule in labels]
    assert not fired, (text, fired)
    if department:
        assert department not in [s.department for s in suggestions[:3]], text


@pytest.mark.parametrize("text,top", KEEP_TOP, ids=[row[0] for row in KEEP_TOP])
def test_a_complaint_with_a_real_rule_keeps_its_top(shipped_engine, text: str, top: str) -> None:
    assert shipped_engine.suggest(text)[0].department == top


def test_an_organ_beside_a_red_flag_stays_an_emergency_and_alone_makes_none(
    shipped_engine,
) -> None:
    assert shipped_engine.suggest("胸口压着痛，出冷汗，心脏那里特别难受")[0].emergency
    assert not shipped_engine.suggest("心脏有点问题")[0].emergency


def test_a_last_resort_rule_ranks_a_department_alone_and_adds_nothing_to_a_stronger_one() -> None:
    lexicon = concepts.default_concepts()
    real = RuleSpec("heart pounding", Kind.DEPARTMENT, "CARD", ("heart pounds",), weight=20)
    weak = RuleSpec("heart named", Kind.DEPARTMENT, "CARD", ("@organ_heart",), weight=2)
    engine = Engine.build([real, weak], lexicon=lexicon)
    alone = engine.suggest("something is wrong with my heart")
    assert [(s.department, s.score, s.fallback) for s in alone] == [("CARD", 2.0, False)]
    beside = engine.suggest("my heart pounds, the heart again")
    assert beside[0].score == 20.0
    assert [r.rule for r in beside[0].reasons] == ["heart pounding"]


def test_the_last_resort_rules_are_weak_department_rules_of_organ_concepts() -> None:
    specs = default_specs()
    weak = [s for s in specs if s.kind == Kind.DEPARTMENT and s.weight <= rank.LAST_RESORT_WEIGHT]
    assert len(weak) >= 15
    for spec in weak:
        assert spec.urgency == "IV" and not spec.requires, spec.name
        assert all(phrase.startswith("@organ_") for phrase in spec.phrases), spec.name
    others = [s for s in specs if s.kind == Kind.DEPARTMENT and s not in weak]
    assert min(s.weight for s in others) > rank.LAST_RESORT_WEIGHT
    assert not any(
        "@organ_" in phrase for s in specs if s not in weak for phrase in s.phrases + s.requires
    )


def test_each_organ_concept_has_chinese_and_english_forms() -> None:
    organs = [c for name, c in concepts.default_concepts().items() if name.startswith("organ_")]
    assert len(organs) >= 30
    for concept in organs:
        assert concept.kind == concepts.Kind.BODY_PART
        assert any(form.isascii() for form in concept.forms), concept.name
        assert any(not form.isascii() for form in concept.forms), concept.name
        assert concept.label and concept.label_en and concept.label_zh_hant, concept.name
