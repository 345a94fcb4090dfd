"""`manage.py suggest_department`: one complaint, --json, and --batch JSON lines."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("compile_each_rule_set_once")]


def run(*args, stdin: str | None = None) -> str:
    out = io.StringIO()
    kwargs = {"stdout": out}
    if stdin is not None:
        kwargs["stdin"] = io.StringIO(stdin)
    call_command("suggest_department", *args, **kwargs)
    return out.getvalue()


def test_prints_ranked_suggestions_with_reasons() -> None:
    output = run("胃痛反酸", "--age", "40")
    assert output.startswith("1. GI")
    assert "反酸" in output


def test_red_flag_is_marked_emergency() -> None:
    assert "EMERGENCY" in run("胸口压榨样疼痛，出冷汗", "--age", "62")


def test_json_output() -> None:
    data = json.loads(run("發燒三天，咳嗽", "--age", "34", "--temperature", "38.6", "--json"))
    assert data["suggestions"][0]["department"] == "FEVER"
    assert data["suggestions"][0]["reasons"]


def test_temperature_out_of_range_is_refused() -> None:
    with pytest.raises(CommandError, match="30"):
        run("头痛", "--temperature", "50")


def test_batch_writes_one_line_per_input_line_and_errors_in_place() -> None:
    lines = [
        json.dumps({"text": "呕血", "age": 48}, ensure_ascii=False),
        "not json",
        json.dumps({"text": "头痛", "temperature": 60}),
        json.dumps({"text": "月经不规律", "age": 29, "sex": "F"}, ensure_ascii=False),
        json.dumps({"text": "", "age": 30}),
        json.dumps({"text": "牙疼", "sex": "X"}, ensure_ascii=False),
    ]
    output = [json.loads(line) for line in run("--batch", stdin="\n".join(lines)).splitlines()]
    assert len(output) == 6
    assert output[0]["department"] == "ER"
    assert output[0]["emergency"] is True
    assert output[0]["urgency"] in ("I", "II")
    assert set(output[0]) >= {"department", "urgency", "emergency", "alternatives", "reasons"}
    assert "error" in output[1]
    assert "error" in output[2]
    assert output[3]["department"] == "GYN"
    assert output[4] == {"error": "line 5: no complaint text and no temperature"}
    assert "error" in output[5]


def test_batch_answers_a_blank_line_with_an_error_in_its_place() -> None:
    lines = [
        json.dumps({"text": "牙疼"}, ensure_ascii=False),
        "   ",
        json.dumps({"text": "咳嗽"}, ensure_ascii=False),
    ]
    output = [json.loads(line) for line in run("--batch", stdin="\n".join(lines)).splitlines()]
    assert [sorted(line)[:1] for line in output][1] == ["error"]
    assert output[1]["error"].startswith("line 2: blank line")
    assert output[0]["department"] == "DENT" and output[2]["department"] == "RESP"


def test_batch_errors_are_in_english_whatever_the_language() -> None:
    from django.utils import translation

    lines = [json.dumps({"text": "头痛", "temperature": 60}, ensure_ascii=False)]
    with translation.override("zh-hans"):
        output = json.loads(run("--batch", stdin="\n".join(lines)))
    assert output["error"] == "line 1: The temperature must be between 30 and 45 °C."


def test_batch_temperature_without_text_is_suggested() -> None:
    output = json.loads(
        run("--batch", stdin=json.dumps({"text": "", "age": 30, "temperature": 38.5}))
    )
    assert output["department"] == "FEVER"


def test_batch_alternatives_list_the_other_departments() -> None:
    line = json.dumps({"text": "被开水大面积烫伤", "age": 6}, ensure_ascii=False)
    result = json.loads(run("--batch", stdin=line))
    assert result["department"] == "ER"
    assert "BURN" in result["alternatives"]


def test_no_text_and_no_temperature_is_an_error() -> None:
    with pytest.raises(CommandError):
        run()


def lexicon_file(tmp_path, *concepts: dict) -> str:
    """Write a lexicon file of `concepts` (the shipped one is loaded in test_routing_shipped)."""
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps({"concepts": list(concepts)}, ensure_ascii=False), "utf-8")
    return str(path)


def test_load_routing_rules_validates_everything_first(tmp_path) -> None:
    from triage.models import RoutingRule

    path = tmp_path / "rules.json"
    path.write_text(
        json.dumps(
            {
                "rules": [
                    {"name": "打嗝不止", "department": "GI", "phrases": ["打嗝不止"]},
                    {"name": "坏规则", "department": "NOPE", "phrases": ["re:("]},
                ]
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "load_routing_rules",
            str(path),
            "--lexicon",
            lexicon_file(tmp_path),
            stdout=io.StringIO(),
            stderr=err,
        )
    assert "坏规则" in err.getvalue()
    assert not RoutingRule.objects.filter(name="打嗝不止").exists()


def test_load_routing_rules_creates_then_replaces(tmp_path) -> None:
    from triage.models import RoutingConcept, RoutingRule

    path = tmp_path / "rules.json"
    entry = {"name": "打嗝不止", "department": "GI", "phrases": ["@hiccup*不止"], "weight": 30}
    concept = {"name": "hiccup", "label": "打嗝", "label_en": "hiccups", "forms": ["打嗝"]}

    def load(*options: str) -> None:
        path.write_text(json.dumps({"rules": [entry]}, ensure_ascii=False), encoding="utf-8")
        lexicon = lexicon_file(tmp_path, concept)
        call_command(
            "load_routing_rules", str(path), "--lexicon", lexicon, *options, stdout=io.StringIO()
        )

    load()
    rule = RoutingRule.objects.get(name="打嗝不止")
    assert rule.history.count() == 1
    assert RoutingConcept.objects.get(name="hiccup").history.count() == 1
    entry["weight"] = 40
    concept["forms"] = ["打嗝", "hiccups"]
    load()
    rule.refresh_from_db()
    assert rule.weight == 30  # kept as the hospital has it
    assert RoutingConcept.objects.get(name="hiccup").forms == "打嗝"
    load("--replace")
    rule.refresh_from_db()
    assert rule.weight == 40
    assert RoutingConcept.objects.get(name="hiccup").forms == "打嗝\nhiccups"
