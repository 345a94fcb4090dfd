"""Each step of the pipeline on its own: normalise → segment → concepts → context → red flags →
fever rule → age and sex → rank → fallback. No database: the steps are plain functions."""

import unicodedata
from decimal import Decimal

import pytest
from django.utils import translation

from tests.triage.routing_helpers import is_emergency, mention
from triage.routing import concepts, context, inputs, redflags, segment
from triage.routing.concepts import Concept
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine, RuleSpec, _collector_paused, asks_for_service
from triage.routing.spelling import Speller
from triage.routing.text import normalise, to_nfkc


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


def department(engine: Engine, text: str, **kwargs) -> str:
    return engine.suggest(text, **kwargs)[0].department


# --- normalise -----------------------------------------------------------------------------------


def test_normalise_folds_traditional_full_width_case_and_punctuation() -> None:
    assert normalise("頭痛，ＣＴ檢查！") == "头痛|ct检查"
    assert normalise("Chest  PAIN... since 2 days") == "chest pain|since 2 days"
    assert normalise("体温38.5度") == "体温38.5度"


@pytest.mark.parametrize(
    "text",
    [
        "头痛，发烧？",  # full-width punctuation only: replaced, no NFKC pass
        "头痛，ＣＴ檢查！",  # full-width letters left for NFKC
        "说不出话…",  # an ellipsis becomes three full stops
        "café，e\u0301",  # a combining accent composed
        "chest pain",
    ],
)
def test_to_nfkc_is_unicode_nfkc(text: str) -> None:
    assert to_nfkc(text) == unicodedata.normalize("NFKC", text)


# --- segment -------------------------------------------------------------------------------------


def test_segmenter_keeps_lexicon_words_whole() -> None:
    segment.add_words(["无精打采", "无精"])
    words = segment.Words("最近无精打采")
    assert words.splits_a_word(2, 4)  # 无精 inside 无精打采
    assert not words.splits_a_word(2, 6)


def test_a_phrase_inside_a_longer_word_does_not_fire(engine: Engine) -> None:
    assert department(engine, "孩子最近无精打采", age=8) != "REPRO"
    assert department(engine, "人乳头瘤病毒阳性") != "GS"


def test_single_character_hints_match_inside_words(engine: Engine) -> None:
    assert department(engine, "牙缝塞东西") == "DENT"


# --- concepts ------------------------------------------------------------------------------------


def test_a_concept_expands_into_its_forms() -> None:
    lexicon = {"pill": Concept("pill", "substance", ("药片", "pills"))}
    assert concepts.expand("@pill", lexicon) == ["药片", "pills"]
    assert concepts.expand("吃了@pill", lexicon) == ["吃了药片", "吃了pills"]
    with pytest.raises(concepts.UnknownConcept):
        concepts.expand("@nothing", lexicon)


def test_a_composition_of_concepts_matches_in_one_clause_only() -> None:
    lexicon = {
        "part": Concept("part", "body_part", ("膝盖", "knee")),
        "hurt": Concept("hurt", "symptom", ("疼", "hurts")),
    }
    rules = [RuleSpec(name="膝痛", kind="department", department="ORTHO", phrases=("@part*@hurt",))]
    engine = Engine.build(rules, lexicon=lexicon)
    assert engine.suggest("膝盖上楼时疼")[0].department == "ORTHO"
    assert engine.suggest("my knee really hurts")[0].department == "ORTHO"
    assert engine.suggest("膝盖没事，头疼")[0].fallback


def test_shipped_lexicon_concepts_have_forms_and_known_kinds() -> None:
    kinds = {"symptom", "body_part", "substance", "event", "condition", "lasting", "modifier"}
    for concept in concepts.default_concepts().values():
        assert concept.forms and concept.kind in kinds, concept.name


def test_every_shipped_rule_names_only_known_concepts() -> None:
    known = set(concepts.default_concepts())
    for spec in default_specs():
        for phrase in (*spec.phrases, *spec.requires, *spec.unless):
            assert set(concepts.references(phrase)) <= known, (spec.name, phrase)


# --- context -------------------------------------------------------------------------------------


def test_a_negation_covers_a_list() -> None:
    assert mention("但没有关节酸痛和发热", "发热").negated
    assert mention("no cough or fever", "fever").negated
    assert not mention("没有咳嗽，但是发热", "发热").negated


def test_dialect_negations_deny_as_meiyou_does() -> None:
    # 没得 / 冇得 (Hubei, Sichuan) are 没有; 冇乜 is "hardly any"; 没见 is "none seen".
    assert mention("蛮久了，冇得发烧", "发烧").negated
    assert mention("也没得发烧", "发烧").negated
    assert mention("咳咗好耐，冇乜發燒", "发烧").negated
    assert mention("咳了很久，没见发烧", "发烧").negated
    # "不得" is no denial ("恨不得"), and 没得 before another word denies nothing after it.
    assert not mention("恨不得死了算了", "死了算了").negated
    assert not mention("没得胃口，发烧", "发烧").negated


def test_but_must_and_unnoticed_deny_nothing(engine: Engine) -> None:
    # 不过 is "but" (the 过 of "没有过" is "ever"): what follows it is said, not denied.
    assert not mention("我没事，不过胸口很痛", "胸口很痛").negated
    assert not mention("只不过心跳很快", "心跳很快").negated
    assert not mention("我應該冇咩事嘅，不過心跳突然好快好亂", "心跳突然好快好乱").negated
    assert mention("没有过胸口痛", "胸口痛").negated
    # "不得不" (had to), "不知不觉" (without noticing), "没来得及" (had no time to).
    assert not mention("走着走着不得不停下来喘气", "喘气").negated
    assert not mention("不知不觉呕吐了三次", "呕吐").negated
    assert not mention("没来得及吃药就抽搐了", "抽搐").negated
    assert mention("没有头痛及发烧", "发烧").negated
    assert is_emergency(engine, "我应该没什么事，不过心跳突然很快很乱，整个人好像快晕了")


def test_not_the_kind_of_denies_the_kind_described() -> None:
    text = "不是那种突然说话不清楚、手脚没劲的，就是慢慢越来越健忘"
    assert mention(text, "说话不清楚").negated and mention(text, "没劲").negated
    assert mention("唔系嗰种突然讲唔到嘢", "讲唔到嘢").negated
    # What it turns to is said: "而是", or a clause of its own.
    assert not mention("不是那种头痛而是胸口痛", "胸口痛").negated
    assert not mention("不是那种，是突然说话不清楚", "说话不清楚").negated


def test_what_an_appointment_a_clinic_or_a_medicine_is_for_is_no_event(engine: Engine) -> None:
    assert mention("where do i go for my stroke appointment", "stroke").condition
    assert mention("where is the seizure clinic", "seizure").condition
    assert not is_emergency(engine, "where is the seizure clinic")
    # The same word said as the event is one.
    assert is_emergency(engine, "he ran out of his seizure meds and now hes having a seizure")
    assert is_emergency(engine, "my dad is having a stroke")
    assert is_emergency(engine, "she is having a seizure nurse help")


def test_whether_it_is_an_illness_asks_what_follows_not_what_came_before(engine: Engine) -> None:
    # "喘不上气是不是心脏病": the breath is the visitor's own, the heart disease is asked.
    assert not mention("喘不上气是不是心脏病", "喘不上气").hypothetical
    assert mention("喘不上气是不是心脏病", "心脏病").hypothetical
    assert not mention("透唔到气系咪心脏病", "透唔到气").hypothetical
    assert is_emergency(engine, "喘不上气是不是心脏病")
    assert mention("声带息肉会导致呼吸困难吗", "呼吸困难").hypothetical
    # How bad it is, asked of what was just told, is asked of that: it is said.
    for text in (
        "我爸喘不上气严重吗",
        "孩子抽搐口吐白沫要紧吗",
        "老公突然说不出话嘴歪了会不会有危险",
    ):
        assert is_emergency(engine, text), text
    assert not is_emergency(engine, "熬夜会不会猝死")


def test_a_visitor_of_someone_admitted_tells_the_wards_illness(engine: Engine) -> None:
    # Come to see someone already on a ward, asking where: the illness is cared for there.
    for text in (
        "我来探望住院的爸爸，他中风了，住在几楼",
        "我爸心梗住院了，病房在哪",
        "visiting my mum, she had a stroke, which ward",
        "来给心梗住院的老公送饭",
        "我老公在你们这住院，脑出血，我想问下医生什么时候查房",
    ):
        assert not is_emergency(engine, text), text
    # What happens now or suddenly is still today's.
    assert is_emergency(engine, "我来探望住院的爸爸，结果他在门口突然晕倒了")
    assert is_emergency(engine, "来探视我妈，她刚才在病房喘不上气了，护士不在")
    assert is_emergency(engine, "我爸心梗住院了，我来陪床，他刚才又说胸口痛出冷汗")


def test_words_that_only_hold_a_habit_or_an_illness_word_are_neither(engine: Engine) -> None:
    # "一动不动" (motionless) is not "动不动" (at the least thing); "夜总会" (a nightclub) is not
    # "总会" (always); "至今" since this morning is today's.
    assert not mention("老人躺着一动不动叫不醒", "叫不醒").habit
    assert not mention("在夜总会突然抽搐", "抽搐").habit
    assert not mention("从早上至今一直抽搐", "抽搐").habit
    assert mention("从去年至今一直头晕", "头晕").habit
    # "不得了" (terribly), "受得了" (bearable), "患者" (the patient) tell no known illness.
    assert not mention("胸口痛得不得了出冷汗", "出冷汗").condition
    assert not mention("患者突然抽搐", "抽搐").condition
    assert mention("他得了脑梗", "脑梗").condition
    for text in (
        "老人躺着一动不动叫不醒",
        "从早上至今一直抽搐",
        "在夜总会突然抽搐",
        "患者突然抽搐",
    ):
        assert is_emergency(engine, text), text


def test_history_is_not_now_but_a_now_word_is() -> None:
    assert mention("2年前脑梗", "脑梗").not_now
    assert mention("上个月突然抽搐，口吐白沫", "口吐白沫").not_now
    assert not mention("以前晕倒过，刚才又晕倒了", "刚才又晕倒").not_now
    assert not mention("2年前脑梗，最近头晕", "头晕").past


def test_questions_diagnoses_and_habits_are_not_now() -> None:
    assert mention("声带息肉会导致呼吸困难吗", "呼吸困难").hypothetical
    assert mention("查出来轻微脑梗死", "脑梗死").condition
    assert mention("经常突然晕过去，还会口吐白沫", "口吐白沫").habit
    assert mention("有点喘不过来气", "喘不过来").mild


def test_a_duration_is_not_an_infants_age(engine: Engine) -> None:
    assert department(engine, "胃痛吃了几个月药还是没好") == "GI"
    assert department(engine, "宝宝几个月大，拉肚子") == "PED"


# --- red flags -----------------------------------------------------------------------------------


def test_vital_sign_numbers() -> None:
    found = redflags.vital_signs(normalise("血压190/100，心率140，血氧90"))
    assert [sign.concept for sign in found] == ["blood_pressure", "saturation", "heart_rate"]
    assert not redflags.vital_signs(normalise("血压150/95，心率80，血氧97"))
    assert not redflags.vital_signs(normalise("以前血压200，现在好了"))
    # A low pressure or a sugar out of range: read in mmol/L (a number of 40 or more is mg/dL).
    low = redflags.vital_signs(normalise("血压量着才70多，测血糖只有二点几"))
    assert [(sign.concept, sign.value) for sign in low] == [
        ("low_blood_pressure", "70"),
        ("blood_sugar", "2.5"),
    ]
    assert redflags.vital_signs(normalise("glucose 45"))[0].value == "2.5"
    assert not redflags.vital_signs(normalise("血压低压只有50，血糖5.6"))
    assert redflags.vital_signs("", Decimal("41.0"))[0].concept == "temperature"
    assert redflags.vital_signs("", Decimal("34.9"))[0].concept == "temperature"
    assert not redflags.vital_signs("", Decimal("40.9"))
    # A heart rate counted in beats right after its word.
    for said in ("心跳150次", "脉搏一百四十下", "心跳有160多次"):
        assert [sign.concept for sign in redflags.vital_signs(normalise(said))] == ["heart_rate"]
    assert not redflags.vital_signs(normalise("心跳80次"))
    # As a chart or a monitor writes them: "sat 90%" (its percent sign dropped), "T 41.0",
    # "bpm 135"; and the reading said before what it is of ("says 88 for oxygen").
    for said, concept, value in (
        ("sat 90% and breathless", "saturation", "90"),
        ("the machine says 88 for oxygen", "saturation", "88"),
        ("T 41.0 shivering", "temperature", "41.0"),
        ("bpm 135 at rest", "heart_rate", "135"),
        # A diabetic's "meter" is his sugar meter.
        ("he is diabetic and his meter says 2.1", "blood_sugar", "2.1"),
    ):
        signs = redflags.vital_signs(normalise(said))
        assert [(sign.concept, sign.value) for sign in signs] == [(concept, value)], said
    for said in (
        "I sat 30 minutes in the waiting room",
        "t 36.8 and a cough",
        "bpm 80",
        "the meter says 2.1",
    ):
        assert not redflags.vital_signs(normalise(said)), said


def test_a_vital_sign_past_its_limit_keeps_urgency_one_beside_a_red_flag_of_two(
    engine: Engine,
) -> None:
    story = "发烧，人迷迷糊糊的，手脚冰凉发花"  # sepsis by composition: a red flag of urgency II
    alone = engine.suggest(story, age=60)[0]
    assert (alone.department, alone.urgency) == ("ER", "II")
    for text, temperature in ((story, "41.2"), ("发烧41.2度，人迷迷糊糊的，手脚冰凉发花", None)):
        top = engine.suggest(text, age=60, temperature=temperature)[0]
        assert (top.department, top.urgency) == ("ER", "I"), top


# --- fever, age and sex, rank, fallback ----------------------------------------------------------


def test_fever_rule_and_child_fever(engine: Engine) -> None:
    assert department(engine, "咳嗽", age=30, temperature="38.2") == "FEVER"
    assert department(engine, "咳嗽", age=5, temperature="38.2") == "PED"


def test_clinical_before_service(engine: Engine) -> None:
    assert department(engine, "胃痛，报告上说有幽门螺杆菌") == "GI"
    assert department(engine, "来取报告") == "LAB"
    assert asks_for_service(normalise("在哪缴费")) and not asks_for_service(normalise("胃痛"))


def test_ranking_does_not_depend_on_the_order_of_the_rules(engine: Engine) -> None:
    # The reversed engine is built, asked and dropped with the cyclic collector paused, as
    # `Engine.build` pauses it: its million objects, none of them garbage while it is asked, are
    # freed by reference counting when it is dropped, not walked by a collection after the build
    # (a third of this test's CPU).
    with _collector_paused():
        forward, backward = engine, Engine.build(list(reversed(default_specs())))
        for text in ("腰疼，检查有肾结石", "牙疼，晚上睡不着", "眼睛红，又痒又有分泌物"):
            assert forward.suggest(text)[0].department == backward.suggest(text)[0].department
        del backward


def test_fallback_when_nothing_matches(engine: Engine) -> None:
    offered = engine.suggest("xyzzy", age=40)
    assert [s.department for s in offered] == ["GP", "CS"] and offered[0].fallback


# --- spelling ------------------------------------------------------------------------------------


def test_spelling_corrects_one_edit_keeping_the_first_letter() -> None:
    speller = Speller(["toothache", "diarrhea", "pain", "burning"])
    assert speller.correct("tootache") == "toothache"
    assert speller.correct("pian") == "pain"
    assert speller.correct("turning") == "turning"
    assert speller.correct("worse") == "worse"


# Each an English word of its own, one letter from a rule's word: read as said.
@pytest.mark.parametrize(
    ("word", "not_into"),
    [
        ("waiting", "wanting"),
        ("wedding", "welding"),
        ("boxes", "bones"),
        ("station", "statin"),
        ("market", "marker"),
        ("massage", "message"),
        ("downed", "drowned"),
        ("inches", "itches"),
        ("texted", "tested"),
    ],
)
def test_an_english_word_is_no_typo_of_another(word: str, not_into: str) -> None:
    assert Speller([not_into]).correct(word) == word


@pytest.mark.parametrize(
    ("typo", "word"),
    [("troat", "throat"), ("atack", "attack"), ("haedache", "headache"), ("seizur", "seizure")],
)
def test_a_typo_the_dictionary_does_not_know_is_corrected(typo: str, word: str) -> None:
    assert Speller([word]).correct(typo) == word


def test_a_word_is_read_as_the_rules_form_of_itself_and_a_contraction_as_said() -> None:
    speller = Speller(["records", "sunburn", "admission", "havent"])
    # The same word with or without a final s or t, as a rule writes it.
    assert speller.correct("record") == "records"
    assert speller.correct("sunburnt") == "sunburn"
    assert speller.correct("admissions") == "admission"
    # "haven t": the apostrophe lost, the stem read as the contraction.
    assert speller.correct("haven") == "havent"


def test_a_dictionary_word_that_was_read_as_a_rule_word_has_its_own_form(engine: Engine) -> None:
    # "dyslexic" was read as the rules' "dyslexia" while the speller took it for a typo.
    assert engine.suggest("the school thinks he may be dyslexic", age=12)[0].department == "CHILD"


def test_a_carer_who_wants_to_die_with_a_plan_ready_is_an_emergency(engine: Engine) -> None:
    # The years of caring made the complaint a long story whose clauses were habits: held back.
    for text in (
        "照顾我妈好几年了，我实在撑不住了，不想活了，药都准备好了",
        "I've been caring for my mum for years, I can't go on, I want to die, I have the pills ready",
    ):
        top = engine.suggest(text)[0]
        assert top.department == "ER" and top.urgency in ("I", "II"), text


def test_a_small_child_said_by_age_in_english_with_a_fever_and_floppy_is_an_emergency(
    engine: Engine,
) -> None:
    # "my toddler" was read as a little child; "my 3 year old" was not.
    for text in (
        "my 3 year old has a fever and is floppy",
        "my two year old is burning up and limp",
    ):
        top = engine.suggest(text)[0]
        assert top.department == "ER" and top.urgency in ("I", "II"), text
    top = engine.suggest("my 4 year old has a fever but is running around playing")[0]
    assert top.department != "ER", top


def test_a_general_question_in_english_is_no_emergency(engine: Engine) -> None:
    # "causes" and "seizures" reach the context as the rules' words: still a question.
    for text in ("what causes fainting?", "what causes seizures in adults"):
        top = engine.suggest(text)[0]
        assert top.department != "ER" and not top.emergency, text


def test_a_red_flag_told_as_the_past_still_offers_its_department(engine: Engine) -> None:
    with translation.override("en"):
        offered = engine.suggest("三年前想过自杀，现在好多了，想复诊")
    assert offered[0].department == "PSY" and not offered[0].emergency
    assert any("history" in reason.note for reason in offered[0].reasons)


def test_a_red_flag_told_as_the_past_is_no_emergency_urgency_and_yields_to_what_is_now(
    engine: Engine,
) -> None:
    # Its own department still sees it, at a department's urgency and weight.
    offered = engine.suggest("前年在工地上触过电")
    assert offered[0].department == "BURN" and offered[0].urgency == "III"
    # A symptom said now outweighs it.
    offered = engine.suggest("好几年前触过电，这阵子手掌发麻")
    assert offered[0].department == "NEURO" and offered[0].urgency not in ("I", "II")


@pytest.mark.parametrize(
    "text",
    ["我怎么知道自己是不是中暑了", "点先知自己系咪中暑", "how do I know if I have heat stroke"],
)
def test_asking_how_one_would_know_is_hypothetical(text: str) -> None:
    normalised = normalise(text)
    word = "heat stroke" if "heat" in normalised else "中暑"
    assert mention(text, word).hypothetical


@pytest.mark.parametrize(
    ("word", "not_into"),
    [
        ("beach", "bleach"),
        ("skipped", "slipped"),
        ("starting", "starving"),
        ("spells", "smells"),
        ("crush", "crash"),
        ("dose", "does"),
        ("lisp", "lips"),
        ("carbs", "crabs"),
        ("colt", "clot"),
        # "I lived in Shanghai for years, now my back hurts" was the stomach clinic's.
        ("lived", "liver"),
    ],
)
def test_an_everyday_word_is_not_corrected_into_a_rule_word(engine, word, not_into) -> None:
    # Real words a letter or a swap away from a rule's word ("at the beach" is no bleach, "a
    # lisp" no lips, "skipped lunch" no fall).
    assert engine._correct_spelling(word) == word != not_into


def test_a_story_that_turns_to_now_in_one_clause_keeps_each_part_in_its_time(engine) -> None:
    text = "she had her baby last month and now she is soaking a pad an hour"
    assert mention(text, "had her baby").past
    assert not mention(text, "soaking").past and mention(text, "soaking").now
    text = "my uncle had a heart attack years ago and now needs his yearly review"
    assert mention(text, "heart attack").past
    top = engine.suggest(text)[0]
    assert top.department != "ER" and not top.emergency
    top = engine.suggest(
        "had a miscarriage last year and now I have heavy bleeding and feel faint"
    )[0]
    assert top.department == "ER" and top.emergency


def test_a_belief_that_turned_out_otherwise_is_no_finding() -> None:
    assert mention("还以为自己心肌梗塞，结果是胃胀气", "心肌梗死").condition
    assert mention(
        "I thought I was having a heart attack, turned out it was wind", "heart"
    ).condition
    # Without the turn, the belief is read as told; and what comes after the turn is now.
    assert not mention("以为他中风了，赶紧送来了", "中风").condition
    assert not mention("以为是胃痛，结果是心梗", "心梗").condition


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hives after peanuts, no trouble breathing", "breathing"),
        ("no difficulty swallowing", "swallowing"),
    ],
)
def test_a_trouble_denied_denies_its_word(text: str, word: str) -> None:
    normalised = normalise(text)
    assert context.negated(normalised, normalised.index(word))


def test_a_swelling_denied_at_a_red_flags_phrase_end_is_none() -> None:
    for text in ("个嘴都冇肿", "嘴唇没有肿", "舌头不肿"):
        assert context.pain_denied(text, 0, len(text))
    assert not context.pain_denied("嘴唇肿起", 0, 3)


@pytest.mark.parametrize(
    "text",
    [
        "数了下一分种一百八，眼前发黑",  # 一分种: the common typo of 一分钟
        "一分钟跳了一百五，头晕",
        "每分钟才三十几下，人好晕",
        "my heart is doing 170 beats a minute",
    ],
)
def test_a_pulse_counted_per_minute_is_a_heart_rate(text: str) -> None:
    assert [sign.concept for sign in redflags.vital_signs(normalise(text))] == ["heart_rate"]


def test_a_count_per_minute_of_no_heart_is_none() -> None:
    assert not redflags.vital_signs(normalise("孩子一分钟跳绳一百八十下，挺开心"))
    assert not redflags.vital_signs(normalise("一分钟走了一百多步"))


@pytest.mark.parametrize(
    "text",
    [
        "is there a wheelchair i could borrow|my knees wont manage",
        "腿脚不好|能借个轮椅吗",
        "阿妈膝头哥痛|有冇轮椅借",
        "can you lend me some crutches|my ankle is sore",
    ],
)
def test_a_wheelchair_or_crutches_borrowed_is_a_service_asked_for(text: str) -> None:
    assert asks_for_service(text)


def test_a_wheelchair_in_a_story_is_no_service_asked_for() -> None:
    assert not asks_for_service(normalise("坐轮椅的老人，最近老咳嗽"))
    assert not asks_for_service(normalise("my mum in a wheelchair has a cough"))


@pytest.mark.parametrize(
    ("said", "read"),
    [("体问37.8，嗓子疼", "37.8"), ("體問38度，喉嚨痛", "38.0"), ("my temprature 38.2", "38.2")],
)
def test_a_temperature_word_typed_by_its_sound_still_reads_the_temperature(
    said: str, read: str
) -> None:
    assert inputs.temperature_in_text(said) == Decimal(read)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("很担心以后会有高血压引起的脑出血", "脑出血"),
        ("会有糖尿病导致的失明吗", "失明"),
        ("血压高会引发脑出血", "脑出血"),
    ],
)
def test_a_complication_feared_is_hypothetical(text: str, word: str) -> None:
    assert mention(text, word).hypothetical


def test_a_complication_told_is_not_hypothetical() -> None:
    assert not mention("我爸高血压引起的脑出血，现在叫不醒", "脑出血").hypothetical


@pytest.mark.parametrize("text", ["乙肝五项正常吗", "胎动正常不正常", "呼吸正常么"])
def test_asking_whether_a_result_is_normal_does_not_say_it_is(text: str) -> None:
    normalised = normalise(text)
    assert not context.said_fine(normalised, normalised.index("正常"))


@pytest.mark.parametrize(("text", "word"), [("乙肝五项正常", "乙肝五项"), ("呼吸都正常", "呼吸")])
def test_a_result_said_normal_is_fine(text: str, word: str) -> None:
    normalised = normalise(text)
    assert context.said_fine(normalised, normalised.index(word) + len(word))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("can too much coffee give you a heart attack? i drink 6 a day", "heart attack"),
        ("can grief bring on a heart attack?", "heart attack"),
        ("my heart beats fast before exams, is it a heart attack or only stress?", "heart attack"),
    ],
)
def test_a_condition_asked_of_in_general_is_hypothetical(text: str, word: str) -> None:
    assert mention(text, word).hypothetical


def test_a_condition_told_now_is_not_hypothetical() -> None:
    assert not mention("I think he is having a heart attack", "heart attack").hypothetical


@pytest.mark.parametrize(
    "text", ["my dad had a stroke years back", "she had a stroke two years back, now forgetful"]
)
def test_years_back_is_past_as_years_ago(text: str) -> None:
    assert mention(text, "stroke").past


@pytest.mark.parametrize(
    "text",
    [
        "my mum fainted at church back in May, here for the results",
        "he collapsed back in the summer and has a heart monitor since",
        "she had a seizure a while ago, here for the scan",
    ],
)
def test_a_month_or_a_season_gone_by_is_past(text: str) -> None:
    word = "fainted" if "fainted" in text else "collapsed" if "collapsed" in text else "seizure"
    assert mention(text, word).past


@pytest.mark.parametrize(
    "text",
    [
        "since the car crash in march i keep waking up at night",
        "she had a fall in june and walks with a stick now",
        "he had a seizure in may, here for his tablets",
    ],
)
def test_a_month_named_bare_is_past(text: str) -> None:
    word = next(word for word in ("car crash", "fall", "seizure") if word in text)
    assert mention(text, word).past


def test_the_last_time_said_as_shang_hui_is_past() -> None:
    assert mention("上回染头发过敏脸肿了两天，想测过敏原", "脸肿").past
    assert mention("上一次吃虾过敏脸肿了", "脸肿").past
    assert not mention("刚才吃虾过敏脸肿了", "脸肿").past


def test_first_aid_once_given_to_someone_makes_the_collapse_theirs() -> None:
    assert mention("前天给晕倒的顾客做过人工呼吸，我要不要查传染病", "晕倒").past
    # CPR going on now is an emergency at the desk.
    assert not mention("他晕倒了，我在给他做人工呼吸", "晕倒").past


def test_a_worry_that_it_happens_again_is_hypothetical() -> None:
    text = "两年前宫外孕切了一侧输卵管，现在想再要一个，怕又宫外孕，要先查什么"
    assert mention(text, "宫外孕", last=True).hypothetical
    assert mention("担心再中风，想查查血管", "中风").hypothetical
    # Had again, now, is no worry.
    assert not mention("怀孕六周，又宫外孕了，肚子很痛", "宫外孕").hypothetical


def test_may_the_verb_is_no_month() -> None:
    assert not mention("chest pain in may be nothing but it is bad now", "chest pain").past


def test_today_said_in_the_north_is_now() -> None:
    # "今儿" after a story of years: the clause is today's, not a habit's.
    read = mention("吃降糖药好几年了，今儿下午叫不醒了", "叫不醒")
    assert read.now
    assert not read.not_now


@pytest.mark.parametrize("text", ["说话喘气都没问题", "喘气都正常，就是咽口水疼", "喘气还好"])
def test_the_breathing_said_fine_is_no_breathlessness(text: str) -> None:
    assert mention(text, "喘").negated


def test_breathless_still_read_beside_its_word() -> None:
    assert not mention("一走路就喘气，喘不过来", "喘").negated
    assert not mention("喘气很急", "喘").negated


def test_fine_said_in_english_letters_after_chinese_is_fine() -> None:
    normalised = normalise("吃了虾起疹子，呼吸都OK")
    assert context.said_fine(normalised, normalised.index("呼吸") + len("呼吸"))


@pytest.mark.parametrize(
    "text",
    [
        "need a medical cert for the insurer|my son had a chest infection here last week",
        "can i get a diagnosis certificate|i sprained my wrist last month",
        "保险公司要诊断证明|上个月在这里看的胃炎",
    ],
)
def test_a_certificate_asked_for_is_a_service_asked_for(text: str) -> None:
    assert asks_for_service(text)


def test_a_certificate_in_a_story_is_no_service_asked_for() -> None:
    assert not asks_for_service(normalise("i got a certificate at work and then my back went"))


@pytest.mark.parametrize("text", ["我姑姑前几年脑出血", "前两年中风过", "我舅舅前些年心梗"])
def test_a_few_years_back_tells_the_past(engine: Engine, text: str) -> None:
    offered = engine.suggest(text)
    assert not offered[0].emergency, offered[0]


@pytest.mark.parametrize(
    "text",
    [
        "had a kidney stone here in june|my insurer wants copies of the records",
        "the travel insurance asked for a copy of my discharge summary",
        "need my medical records sent to my gp in leeds",
        "can you send my notes to the clinic back home",
        "保险公司要出院小结和病历复印件|上个月在这里住院",
    ],
)
def test_copies_of_the_records_asked_for_are_a_service_asked_for(text: str) -> None:
    assert asks_for_service(normalise(text))


def test_a_copy_brought_along_is_no_service_asked_for() -> None:
    assert not asks_for_service(normalise("brought a copy of my scan, my knee still hurts"))
    assert not asks_for_service(normalise("病历本带来了，膝盖还是疼"))


@pytest.mark.parametrize(
    "text",
    ["家族有中风史，我想查一下", "we have a family history of strokes", "strokes run in my family"],
)
def test_a_family_history_is_no_emergency_of_the_visitor(engine: Engine, text: str) -> None:
    offered = engine.suggest(text)
    assert not offered[0].emergency, offered[0]


def test_a_red_flag_said_now_beside_a_family_history_still_fires(engine: Engine) -> None:
    assert engine.suggest("家族有中风史，今天突然一边手脚没力")[0].emergency


def test_a_baby_born_weeks_ago_is_an_age_not_a_past() -> None:
    assert normalise("baby born 2 weeks ago has a fever") == "baby 2 weeks old has a fever"
    assert normalise("she was born just ten days ago") == "she was ten days old"
    # A birth given is the mother's time, a year of birth is no age in days.
    assert "ago" in normalise("i gave birth two weeks ago")
    assert "ago" in normalise("born 30 years ago")


@pytest.mark.parametrize(
    "text",
    [
        "my baby was born three weeks ago and has a fever",
        "baby born 2 weeks ago has a fever and is floppy",
        "she was born 10 days ago and feels hot",
    ],
)
def test_a_fever_in_a_baby_born_weeks_ago_is_an_emergency(engine: Engine, text: str) -> None:
    # "weeks ago" told the fever after it as history: paediatrics at III.
    assert is_emergency(engine, text), engine.suggest(text)[0]


def test_a_grip_that_fails_or_unclear_speech_is_a_strokes_sign(engine: Engine) -> None:
    for text in (
        "他突然右手拿不住筷子",
        "刚才吃饭筷子都拿不住了，嘴也歪了",
        "左手拿不住杯子，半个钟头前开始的",
    ):
        assert engine.suggest(text)[0].emergency, text
    # 不清楚 is one word to the segmenter: 说话不清 inside it was no word, the complaint fell back.
    for text in ("我爸突然说话不清楚", "我妈刚才说话有点不清楚了"):
        assert engine.suggest(text)[0].emergency, text
    # A weak grip of weeks with a tremor is the neurology clinic's.
    top = engine.suggest("最近手有点拿不住筷子，写字也抖")[0]
    assert top.department == "NEURO" and not top.emergency, top


def test_a_gas_left_on_with_dizziness_now_is_carbon_monoxide(engine: Engine) -> None:
    top = engine.suggest("she left the gas on all night and now she's dizzy and confused")[0]
    assert top.department == "ER" and top.emergency, top
    # Leaving it on, told as a habit of an old mother with nothing felt now, is memory's.
    top = engine.suggest("my mum keeps leaving the gas on, she is 80")[0]
    assert top.department == "GERI" and not top.emergency, top


@pytest.mark.parametrize(
    "text", ["我爸突然倒地上了", "孩子吃果冻噎着了", "老人吃汤圆噎住了", "伤口还一直流血"]
)
def test_a_red_flag_said_with_its_usual_ending_is_not_hidden(engine: Engine, text: str) -> None:
    # A longer word running on past the phrase or into it (倒地上 of another rule, 着了 of 着了火,
    # 还一直) hid it: the complaint fell back to general practice.
    assert is_emergency(engine, text), engine.suggest(text)[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("电视上养生节目说胸口疼就是心梗前兆，我只是搬东西扭了一下", "心梗"),
        ("廣播裡講手麻是中風先兆，我只是睡覺壓到了", "中风"),
        ("公众号上写头痛可能是脑出血，我就是没睡好", "脑出血"),
        ("a health show said arm pain can be a heart attack, mine is from the gym", "heart attack"),
    ],
)
def test_a_programmes_general_claim_is_hearsay(text: str, word: str) -> None:
    # A screen named by its programme or feed ("养生节目说", "广播里讲", "公众号上写", "the show
    # said") makes the condition its claim, as "电视上说" does.
    assert mention(text, word).condition


def test_a_programmes_claim_yields_to_signs_told_now(engine: Engine) -> None:
    top = engine.suggest("养生节目说胸口压着疼是心梗前兆，我爸现在胸口压着疼，一身冷汗")[0]
    assert top.department == "ER" and top.emergency, top
    top = engine.suggest("健康节目里讲胸口疼是心梗前兆，我妈其实是搬花盆闪了腰，按着疼")[0]
    assert not top.emergency, top


def test_a_stroke_again_said_now_is_an_emergency_and_fearing_one_is_prevention(
    engine: Engine,
) -> None:
    # The prevention rule's recurrence words (再中风, another stroke) hid the stroke in them.
    for text in ("我爸好像再中风了", "my dad is having another stroke"):
        top = engine.suggest(text)[0]
        assert top.department == "ER" and top.urgency == "I", top
    for text in ("怕再中风，想开点药", "I'm worried about having another stroke", "怕又中风"):
        top = engine.suggest(text)[0]
        assert top.department == "NEURO" and not top.emergency, top


@pytest.mark.parametrize(
    "text",
    [
        "今天突然两条腿没力，大小便失禁",
        "腰痛好多年了，今天两条腿突然没力，尿也拉不出来",
        "my back has hurt for years, today both legs went weak and I wet myself",
    ],
)
def test_both_legs_weak_with_the_bladder_lost_is_an_emergency(engine: Engine, text: str) -> None:
    # No rule held either sign alone; with the years of back pain the cauda equina's rule was
    # held back as a long story.
    assert is_emergency(engine, text), engine.suggest(text)[0]


def test_a_past_said_of_the_mention_itself_holds_whatever_the_clause_says_now() -> None:
    said = mention("I have a neuro clinic follow-up today after last month's seizure", "seizure")
    assert said.past and not said.now
    assert mention("today he had a seizure", "seizure").now


def test_an_old_complaint_is_a_long_story_and_a_known_illness_called_one_is_background(
    engine: Engine,
) -> None:
    # "老毛病" told nothing: a headache that is unbearable after late nights went to the
    # emergency department at I.
    top = engine.suggest("头痛老毛病了，熬夜就痛得受不了")[0]
    assert top.department == "NEURO" and not top.emergency, top
    # Sudden and never this bad is today's; an asthma called an old complaint leaves today's
    # breathing its own.
    for text in (
        "头痛是老毛病了，今天突然痛得受不了，从来没这么痛过",
        "我媳妇儿喘不上来气了，哮喘老毛病，今儿很严重，吸了药没用",
    ):
        assert engine.suggest(text)[0].emergency, text


@pytest.mark.parametrize(
    "text, word",
    [
        ("making a squeaky noise every time she breathes in", "squeaky"),
        ("whenever he breathes in there is a whistle", "whistle"),
        ("每次吸气喉咙都呼呼响", "呼呼响"),
    ],
)
def test_each_breath_is_the_breathing_now_not_a_habit(text: str, word: str) -> None:
    # A noise with every breath is today's breathing; "every time" of anything else stays a habit.
    assert not mention(text, word).habit


def test_every_time_of_anything_else_stays_a_habit() -> None:
    assert mention("every time I stand up I feel faint", "faint").habit
    assert mention("每次来月经都痛得打滚", "痛得打滚").habit


def test_a_state_going_on_after_a_past_time_is_now() -> None:
    # "gave birth a week ago and I'm soaking a pad an hour": the birth is past, the bleeding now.
    text = normalise("I gave birth a week ago and I'm soaking a pad in an hour")
    story = context.Story(text)
    start = text.index("soaking")
    assert story.mention(start, start + len("soaking")).now
    start = text.index("gave birth")
    assert story.mention(start, start + len("gave birth")).past


def test_a_dropped_g_is_the_rules_ing_word() -> None:
    # "eatin grapes", "talkin weird": one edit also reached "eaten", so the word was left alone.
    speller = Speller(["eating", "eaten", "talking", "being"])
    assert speller.correct("eatin") == "eating"
    assert speller.correct("talkin") == "talking"
    # A word that ends in "in" with no -ing word of the rules stays ("begin" is not "being").
    assert speller.correct("begin") == "begin"
    assert speller.correct("cabin") == "cabin"


def test_hours_ago_said_with_zhiqian_are_today_not_history() -> None:
    # "一个钟之前饮咗通渠水" (an hour ago) read as history: the caustic swallowed was no emergency.
    for said in ("一个钟之前饮咗", "两个小时之前喝了", "半个钟头以前喝了"):
        assert not mention(said + "通渠水", "通渠水").past, said
    assert mention("之前喝过通渠水", "通渠水").past


def test_never_had_said_with_shiguo_is_denied() -> None:
    # "未试过晕低" (never fainted, Cantonese) sent a months-long dizziness on standing to the
    # emergency department at I.
    for said in ("未试过晕低", "冇试过晕低", "没试过晕倒"):
        text = normalise("头晕几个月，" + said)
        start = text.index("晕", text.index("试过"))
        assert context.negated(text, start), said


def test_a_series_about_suicide_is_its_topic(engine: Engine) -> None:
    # 影集 and 剧集 (a series in Taiwan and Hong Kong) were no film or show.
    top = engine.suggest("最近追一部关于自杀的影集，有点闷，没有想伤害自己")[0]
    assert not top.emergency, top
    assert engine.suggest("看完那部剧集，我也想自杀")[0].emergency


def test_a_finger_machine_is_the_oximeter_and_show_its_reading() -> None:
    found = redflags.vital_signs(normalise("my mum finger machine show 84, she is puffing"))
    assert [sign.concept for sign in found] == ["saturation"]
    assert not redflags.vital_signs(normalise("the finger machine show 97"))


@pytest.mark.parametrize(
    "text",
    [
        "I had a miscarriage last pregnancy and now I'm bleeding heavily at 10 weeks",
        "上一胎大出血，这次怀孕8周，今天又出血很多",
    ],
)
def test_an_earlier_pregnancy_named_cancels_no_bleeding_now(engine: Engine, text: str) -> None:
    # The earlier pregnancy's words were exceptions of five bleeding and pregnancy red flags.
    assert is_emergency(engine, text), engine.suggest(text)[0]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("上一胎产后大出血|现在又怀孕了", "大出血"),
        ("i had a big bleed with my first baby and im pregnant again", "bleed"),
    ],
)
def test_a_bleed_of_an_earlier_birth_is_that_births_and_no_story_of_today(
    text: str, word: str
) -> None:
    said = mention(text, word)
    assert said.past and said.earlier_birth and not said.story


@pytest.mark.parametrize(
    "text",
    [
        "以前有癫痫，今天抽了停、停了又抽，一直没醒",
        "宝宝出生十天，以前好好的，今天黄得厉害，一直睡叫不醒",
        "生完孩子一周，以前血压正常，今天头痛得厉害，血压170",
        "去年中风过，今天又中风了",
        "他以前有癫痫，今天在车上突然倒地，口吐白沫，叫不醒",
    ],
)
def test_a_word_of_time_elsewhere_cancels_no_emergency_now(engine: Engine, text: str) -> None:
    # Rule-level exceptions of time (以前, 去年, last time) are found anywhere in the complaint:
    # they cancelled today's emergency beside an earlier time; the context reads each mention's.
    assert is_emergency(engine, text), engine.suggest(text)[0]


@pytest.mark.parametrize(
    ("text", "word", "long_ago"),
    [
        ("以前眼睛被打伤过|现在看东西有点模糊", "眼睛被打", True),
        ("去年中风过|今天又中风了", "中风过", True),
        ("had a stroke years ago|now he needs his pills", "stroke", True),
        ("胸口压着疼一个月了|今天出冷汗", "胸口压着疼", False),
    ],
)
def test_an_episode_of_years_ago_is_closed_and_no_story_of_today(
    text: str, word: str, long_ago: bool
) -> None:
    # An episode told as years ago at its own mention is not revived when a word of its red flag
    # is said now ("以前眼睛被打伤过，现在看东西有点模糊" is no eye injury now); a story of weeks is.
    said = mention(text, word)
    assert said.long_ago is long_ago
    assert said.story is not long_ago


def test_a_history_whose_care_goes_on_still_names_its_clinic(engine: Engine) -> None:
    # The stroke held back as history shrank neurology to a quarter beside "pills": the pharmacy
    # took a repeat prescription.
    top = engine.suggest("My dad had a stroke five years ago, he needs his regular pills refilled")
    assert top[0].department == "NEURO", top[0]


def test_unresponsive_said_as_what_stopped_is_an_emergency_and_a_device_is_not(
    engine: Engine,
) -> None:
    # Both fell back to general practice.
    for text in ("he hasn't been responding since he fell", "she stopped responding"):
        top = engine.suggest(text)[0]
        assert top.department == "ER" and top.urgency == "I", top
    for text in ("the app stopped responding when I tried to book", "my phone is not responding"):
        assert not engine.suggest(text)[0].emergency, text


def test_at_that_time_is_the_time_of_the_event_told_before_it(engine: Engine) -> None:
    # "当时" after today's fall is the moment of the fall: the faint then is today's. After an
    # earlier day or a past it is that day's; what was only thought then is over.
    assert not mention("从二楼架子上栽下来，当时晕了一下，现在脖子痛", "晕").past
    assert mention("前天撞到头，当时晕了一下，现在好了", "晕").past
    assert mention("去年摔过一次，当时晕了一下", "晕").past
    assert mention("孙子用竹签戳到眼皮，当时以为眼睛瞎了", "瞎").past
    assert is_emergency(engine, "工地上从二楼栽下来，当时晕了一哈，现在喊脖子痛")


def test_a_wound_that_spurts_each_time_it_is_uncovered_bleeds_now(engine: Engine) -> None:
    # "every time I lift the towel" is each look at today's wound, not a habit; "每次一松开".
    assert not mention(
        "the knife went into my wrist and it spurts every time i lift the towel", "spurts"
    ).habit
    assert not mention("手腕被刀割了，每次一松开毛巾就往外喷血", "喷血").habit
    assert mention("my gums bleed every time i brush my teeth", "bleed").habit
    assert is_emergency(
        engine, "the cleaver slipped into my wrist, it spurts every time I lift the towel off"
    )


def test_a_diagnosis_made_years_before_is_background_not_the_question(engine: Engine) -> None:
    # Told as made years before, a diagnosis is the story's background; today's heart attack
    # after it is no hypothetical. A diagnosis told without a past still makes the complaint one
    # about it ("被诊断为面瘫，口眼歪斜").
    text = "高血压二十年，前些年还查出来有点肾功能不全。今天早上他说胸口闷得慌，出了一身冷汗，左胳膊也发麻"
    assert not mention(text, "冷汗").hypothetical
    assert is_emergency(engine, text)
    assert mention("被诊断为面瘫，口眼歪斜", "口眼歪斜").hypothetical
    # Told with how long ago it was made, it is background too.
    told_how_long_ago = "他是HIV感染者，确诊两年了。今天吐了好几次，脖子发硬，体温38.5"
    assert not mention(told_how_long_ago, "脖子发硬").hypothetical
    assert is_emergency(engine, told_how_long_ago)


def test_a_gapped_phrase_ending_where_a_word_of_another_meaning_begins_is_not_said(
    engine: Engine,
) -> None:
    # "药一次吃多少" asks a dose: the overdose flag's "药*吃多" ends where "多少" begins.
    assert not is_emergency(engine, "奶奶问降压药一次吃多少")
    assert is_emergency(engine, "奶奶降压药一次吃多了，现在头晕站不稳")


def test_what_people_want_to_do_to_someone_is_no_general_question(engine: Engine) -> None:
    # "X的人要…" asks what people with X should do ("糖尿病的人要注意什么"); "楼上的人要害他" is
    # what the people upstairs want to do to him.
    assert mention("糖尿病的人要注意什么", "糖尿病").hypothetical
    assert not mention("拿着菜刀说楼上的人要害他", "菜刀").hypothetical
    assert is_emergency(engine, "他好几天没睡，拿着菜刀说楼上的人要害他")


def test_a_hedge_between_cannot_and_its_verb_is_the_same_cannot() -> None:
    assert normalise("I can't really feel my legs") == "i cant feel my legs"
    assert normalise("we can't even wake him") == "we cant wake him"
    assert normalise("I really can't say") == "i really cant say"


def test_a_space_between_two_runs_of_four_chinese_characters_ends_a_clause() -> None:
    # A message typed in a hurry puts a space where a comma would be; a word spaced out, or a
    # short run on either side, is joined as before.
    assert normalise("我阿爸旧年中风过 而家讲嘢清楚") == "我阿爸旧年中风过|而家讲嘢清楚"
    assert normalise("胸 口 痛") == "胸口痛"
    assert normalise("透析的 周一那次没去成") == "透析的周一那次没去成"
    assert not mention("我阿爸旧年中风过 而家讲嘢清楚 今日嚟做物理治疗", "中风").now


def test_an_event_that_did_not_happen_is_denied_and_one_that_did_not_stop_is_not() -> None:
    assert mention("he hit his head, hasn't thrown up, running around", "thrown up").negated
    assert mention("she didn't pass out when she fell", "pass out").negated
    assert not mention("he hasn't woken up since the fall", "woken up").negated
    assert not mention("she hasn't stopped vomiting", "vomiting").negated


def test_a_denial_of_something_said_reaches_across_its_words() -> None:
    # "hasn't said anything about" is 26 characters before its word.
    assert mention("he hasn't said anything about hurting himself", "hurting himself").negated
    assert not mention("he said he would hurt himself", "hurt himself").negated


def test_the_kind_denied_after_what_it_denies_is_denied() -> None:
    # "不是突然炸开那种": the kind named after its words; worse than usual is not denied.
    assert mention("头疼好几天了，不是突然炸开那种，就是闷闷的胀", "炸开").negated
    assert not mention("头疼，不是一般的炸开那种", "炸开").negated


def test_an_exception_denied_excepts_nothing(engine: Engine) -> None:
    # The gradual confusion of an older man: "nothing sudden" is no sudden onset, so the rule
    # that a sudden onset would except still reads it.
    slow = "my grandad is 85, eating less and seems more forgetful, nothing sudden"
    assert engine.suggest(slow)[0].department == "GERI"
    assert engine.suggest(slow.replace("nothing sudden", "it was sudden"))[0].department != "GERI"


def test_a_day_of_an_earlier_week_is_the_past() -> None:
    assert mention("last monday i fainted at work and have been fine since", "fainted").past
    assert mention("i fainted last tuesday at work", "fainted").past
    assert not mention("i fainted this morning at work", "fainted").past


def test_a_lasting_state_told_of_the_past_is_had_still(engine: Engine) -> None:
    # A kidney transplanted last year is one still: today's fever is the flag's. A fever told of
    # the past too is none now, and a past illness that is no lasting state stays history.
    assert is_emergency(engine, "去年做了肾移植，这两天发烧39度")
    assert is_emergency(engine, "my kidney transplant was last year, now I have a fever of 39")
    assert not is_emergency(engine, "去年做了肾移植，去年也发过一次烧")
    assert not is_emergency(engine, "去年中风过，现在说话清楚，来开药")


def test_a_hurt_that_did_not_happen_and_an_illness_of_ones_youth_hold_nothing_now() -> None:
    assert mention("she had two little falls but didn't hurt herself", "hurt herself").negated
    assert not mention("she said she would hurt herself", "hurt herself").negated
    assert mention("我妈年轻时候宫外孕大出血，我刚测出来怀孕", "大出血").past
    assert mention(
        "he gets heavy bleeding, pads every hour on the worst days", "pads every hour"
    ).habit


def test_getting_up_this_morning_in_cantonese_is_now() -> None:
    assert context.says_now("朝早起身右边下面突然好痛")
    assert not context.says_now("每日都系咁")


def test_not_having_something_denies_it() -> None:
    assert mention(
        "I'm not having a seizure or anything, I want to ask about driving", "seizure"
    ).negated
    assert not mention("she is having a seizure right now", "seizure").negated


def test_someone_elses_sudden_turn_of_an_earlier_day_told_on_a_visit_is_theirs(
    engine: Engine,
) -> None:
    # A friend who collapsed last night and is now on a ward: the visitor asks where to visit.
    # Collapsing now, on a visit, stays the emergency.
    visit = "我朋友前天突然倒下了，救护车送来这里抢救，现在住几楼，能去探望吗"
    assert not is_emergency(engine, visit)
    assert is_emergency(engine, "我来探望住院的朋友，刚才自己突然倒下了，叫不醒")


def test_what_took_a_relative_is_their_illness() -> None:
    # "都是X走的" (X is what they died of): a family's history, not the visitor's event.
    assert mention("我没啥症状，就是我爸和我叔都是心梗走的，想查查", "心梗").not_now
    assert mention("外公系中风走嘅，我而家冇事，想检查下", "中风").not_now
    assert not mention("我爸是自己走的，走到门口突然中风倒地", "中风").not_now


def test_a_side_effect_asked_about_is_a_question() -> None:
    assert mention(
        "is a seizure a known side effect of this antibiotic? i read it on the insert", "seizure"
    ).hypothetical
    assert not mention("she is having a seizure after the new antibiotic", "seizure").hypothetical


def test_an_old_complaint_named_before_its_illness_is_that_illness_not_the_story(
    engine: Engine,
) -> None:
    # "老毛病X" names X, of years; a massive bleed told today is today's.
    assert is_emergency(engine, "我老伴咯血，一口一口的，有小半碗，他讲是老毛病肺结核")
    assert not is_emergency(engine, "老毛病肺结核了，前几年咳过血，现在好了来复查")


def test_a_one_character_part_beginning_a_word_of_another_meaning_is_not_said(
    engine: Engine,
) -> None:
    # "头" of "头发" (hair) and "头一回" (the first time) is no head; "头发晕" (the head dizzy) and
    # "头一直流血" (the head bleeding on) are.
    for text in ("剪头发的时候绊了一跤，膝盖擦破了", "头一回摔成这样，脚踝肿了"):
        assert "NSURG" not in {s.department for s in engine.suggest(text)}, text
    assert "NSURG" in {s.department for s in engine.suggest("摔了一跤，头磕到台阶上，头发晕")}
    assert is_emergency(engine, "骑车摔了，头一直流血，吐了两回")


def test_an_illness_or_accident_named_as_the_landmark_of_a_time_is_behind(engine: Engine) -> None:
    # "心梗以后", "after my stroke", "车祸住院的": what is told came after; the landmark is behind.
    assert mention("心梗以后查出血糖高，想看看要不要吃药", "心梗").not_now
    assert mention(
        "After my stroke, the shoulder on that side aches and is stiff", "stroke"
    ).not_now
    assert mention("車禍住院的收據不見了，保險要用", "車禍").not_now
    assert not is_emergency(engine, "心梗以后查出血糖高，想看看要不要吃药")
    assert not is_emergency(engine, "After my stroke, the shoulder on that side aches and is stiff")
    # Only a diagnosis is a landmark, and an accident or a stroke told as happening is today's.
    assert is_emergency(engine, "after the car crash he can't feel his legs")
    assert is_emergency(engine, "他刚才突然中风了，说话不清楚")
    assert is_emergency(engine, "胸口疼以后出冷汗，左胳膊也麻")
