"""The routing engine: normalisation, languages, negation, the fever rule, conditions, caching."""

from decimal import Decimal

import pytest

from tests.triage.routing_helpers import configured
from triage import routing
from triage.models import RoutingRevision, RoutingRule, RoutingSettings
from triage.routing.engine import Config, Engine, InvalidTemperature, RuleSpec
from triage.routing.text import normalise
from triage.rule_services import routing_revision_bump, routing_settings_save

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("check_revision_every_call", "compile_each_rule_set_once"),
]


def top(text: str, **kwargs) -> routing.Suggestion:
    return routing.suggest(text, **kwargs)[0]


def test_normalise_folds_width_case_punctuation_spaces_and_traditional() -> None:
    assert normalise("ＣＴ　檢查，  胸 口 痛！！") == "ct检查|胸口痛"
    assert normalise("Can't  BREATHE...") == "cant breathe"


def test_empty_text_without_temperature_gives_nothing() -> None:
    assert routing.suggest("   ") == []
    assert routing.suggest("") == []


def test_temperature_alone_sends_an_adult_to_the_fever_clinic() -> None:
    suggestion = top("", age=30, temperature=38.0)
    assert suggestion.department == "FEVER"
    assert "37.3" in suggestion.reasons[0].note


@pytest.mark.parametrize("temperature", [29.9, 45.1, "hot"])
def test_temperature_outside_30_to_45_is_refused(temperature) -> None:
    with pytest.raises(InvalidTemperature):
        routing.suggest("头痛", temperature=temperature)


def test_nothing_matched_offers_general_practice_and_patient_services() -> None:
    suggestions = routing.suggest("xyzzy", age=40)
    assert [s.department for s in suggestions] == ["GP", "CS"]
    assert all(s.fallback for s in suggestions)


def test_traditional_english_and_typos_match_the_same_rules() -> None:
    assert top("胃痛反酸").department == "GI"
    assert top("胃痛反酸").reasons[0].matched
    assert top("喉嚨痛", temperature=36.5).department == "ENT"
    assert top("I have a toothache").department == "DENT"
    assert top("tootache since yesterday").department == "DENT"
    assert top("ＴＯＯＴＨＡＣＨＥ").department == "DENT"


def test_red_flag_goes_to_emergency_with_reasons() -> None:
    suggestion = top("胸口压着疼，出冷汗", age=60)
    assert suggestion.department == "ER"
    assert suggestion.emergency
    assert suggestion.urgency in ("I", "II")
    assert any("汗" in "".join(reason.matched) for reason in suggestion.reasons)


def test_red_flag_beats_the_fever_rule() -> None:
    suggestion = top("高烧抽搐", age=30, temperature=39.5)
    assert (suggestion.department, suggestion.emergency) == ("ER", True)


def test_negated_fever_does_not_send_to_the_fever_clinic() -> None:
    assert top("咳嗽两周，不发烧", age=40).department == "RESP"
    assert top("cough, no fever", age=40).department == "RESP"
    assert top("咳嗽两周，发烧", age=40).department == "FEVER"


def test_negated_red_flag_is_not_an_emergency() -> None:
    assert not top("没有胸痛，只是咳嗽", age=40).emergency


def test_fever_threshold_is_configurable() -> None:
    assert top("", age=30, temperature=37.5).department == "FEVER"
    routing_settings_save(routing_settings=RoutingSettings(fever_threshold=Decimal("38.0")))
    routing.invalidate()
    assert routing.suggest("", age=30, temperature=37.5)[0].department != "FEVER"


@pytest.mark.parametrize(("setting", "expected"), [("PED", "PED"), ("FEVER", "FEVER")])
def test_children_with_fever_follow_the_hospital_setting(setting: str, expected: str) -> None:
    routing_settings_save(routing_settings=RoutingSettings(child_fever_department=setting))
    routing.invalidate()
    assert top("孩子发烧", age=3, temperature=38.5).department == expected
    assert top("发烧", age=30, temperature=38.5).department == "FEVER"


def test_children_go_to_paediatrics_and_paediatric_surgery() -> None:
    assert top("咳嗽流鼻涕", age=4, temperature=36.8).department == "PED"
    assert top("手臂骨折了", age=8).department == "PEDSURG"
    assert top("手臂骨折了", age=40).department == "ORTHO"
    # Without an age, the complaint's words say it is a child.
    assert top("宝宝拉肚子").department == "PED"


def test_gynaecology_and_obstetrics_only_for_women_andrology_only_for_men() -> None:
    assert top("月经不规律", sex="F").department == "GYN"
    assert top("月经不规律", sex="M").department != "GYN"
    assert top("怀孕了想建档", sex="F").department == "OB"
    assert top("怀孕了想建档", sex="M").department != "OB"
    assert top("早泄", sex="M").department == "URO"
    assert top("早泄", sex="F").department != "URO"


def test_text_over_500_characters_is_trimmed_for_matching() -> None:
    assert top("啊" * 600 + "牙疼").fallback
    assert top("牙疼" + "啊" * 600).department == "DENT"


def test_default_rules_cover_every_department_of_the_directory() -> None:
    from hospital.directory import default_departments

    covered = set(
        RoutingRule.objects.exclude(department=None).values_list("department__code", flat=True)
    )
    assert {row["code"] for row in default_departments()} <= covered


def test_engine_is_rebuilt_when_another_process_changes_the_rules(only_rules_active) -> None:
    only_rules_active(name_en="DENT: the department named")
    engine = routing.current_engine()
    assert routing.current_engine() is engine
    rule = RoutingRule.objects.get(name_en="DENT: the department named")
    rule.phrases += "\n看牙医生"
    rule.save()
    assert top("看牙医生").fallback  # this process has not been told yet
    # Another worker saved through the service: only the revision row tells this process.
    RoutingRevision.objects.filter(pk=1).update(value=999)
    assert routing.current_engine() is not engine
    assert top("看牙医生").department == "DENT"


def test_service_bumps_the_revision() -> None:
    before = RoutingRevision.objects.get(pk=1).value
    routing_revision_bump()
    assert RoutingRevision.objects.get(pk=1).value == before + 1


def test_engine_builds_from_plain_rules_without_the_database() -> None:
    engine = Engine.build(
        [RuleSpec(name="teeth", kind="department", department="DENT", phrases=("牙*疼",))],
        Config(),
    )
    assert engine.suggest("牙齿很疼")[0].department == "DENT"


def test_the_settings_are_read_when_suggesting_not_compiled() -> None:
    """An engine under other settings is the compiled one with those settings (the tests'
    engine cache, routing_helpers.EnginePerInputs, relies on this instead of compiling again)."""
    rules = [
        RuleSpec(name="fever", kind="fever", department=None, phrases=("发烧",)),
        RuleSpec(name="child", kind="child", department=None, phrases=("孩子",)),
        RuleSpec(name="cough", kind="department", department="RESP", phrases=("咳嗽",)),
    ]
    other = Config(
        fever_threshold=Decimal("38.0"), child_age_limit=10, child_fever_department="FEVER"
    )
    asked = [
        ("", {"age": 30, "temperature": 37.5}),
        ("孩子发烧", {"temperature": 38.5}),
        ("发烧", {"age": 12, "temperature": 38.5}),
        ("xyzzy", {"age": 12}),
        ("咳嗽", {"age": 40, "temperature": 37.8}),
    ]
    shipped, fresh = Engine.build(rules, Config()), Engine.build(rules, other)
    derived = configured(shipped, other)
    assert [derived.suggest(t, **kw) for t, kw in asked] == [
        fresh.suggest(t, **kw) for t, kw in asked
    ]
    assert [shipped.suggest(t, **kw) for t, kw in asked] != [
        fresh.suggest(t, **kw) for t, kw in asked
    ]
    assert shipped.config == Config()


def test_a_rule_with_an_invalid_phrase_is_skipped_not_fatal() -> None:
    engine = Engine.build(
        [
            RuleSpec(name="broken", kind="department", department="GI", phrases=("re:(",)),
            RuleSpec(name="teeth", kind="department", department="DENT", phrases=("牙疼",)),
        ]
    )
    assert [name for name, _error in engine.skipped] == ["broken"]
    assert engine.suggest("牙疼")[0].department == "DENT"


def test_red_flag_told_as_history_is_not_an_emergency_now() -> None:
    assert not top("以前晕倒过，来做检查", age=40).emergency
    assert not top("I had a seizure last month, follow-up", age=30).emergency
    assert top("以前晕倒过，刚才又晕倒了", age=40).emergency
    assert top("突然晕倒", age=40).emergency
    # "两周前" is history too; a complaint that began then and goes on now is not.
    assert not top("两周前晕倒过一次", age=40).emergency
    assert top("两个月前开始胸口痛，今天又痛，出冷汗", age=60).emergency
