"""A service's refusal shows on the form, next to the field to fix; tap grids render as buttons."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.template import Context, Template

from hospital.forms import apply_service_errors, submit
from hospital.records import StaleVersion
from hospital.widgets import TapChoices, TapChoicesMultiple

PURPOSES = [("consult", "Consultation"), ("register", "Registration"), ("other", "Other")]
NEEDS = [("wheelchair", "Wheelchair"), ("elderly", "Elderly"), ("pregnant", "Pregnant")]


class WalkInForm(forms.Form):
    purpose = forms.ChoiceField(choices=PURPOSES, widget=TapChoices)
    needs = forms.MultipleChoiceField(
        choices=NEEDS,
        required=False,
        widget=TapChoicesMultiple(id_prefix="need", button_class="btn btn-outline-dark"),
    )
    question = forms.CharField(required=False)


def test_service_errors_go_on_their_fields_with_their_codes() -> None:
    form = WalkInForm({"purpose": "consult", "question": "where?"})
    assert form.is_valid()
    apply_service_errors(
        form,
        ValidationError(
            {"question": ValidationError("Write down what they asked.", code="required")}
        ),
    )
    assert not form.is_valid()
    assert form.errors["question"] == ["Write down what they asked."]
    assert form.has_error("question", code="required")
    assert "question" not in form.cleaned_data


def test_unknown_keys_and_plain_messages_become_non_field_errors() -> None:
    form = WalkInForm({"purpose": "consult"})
    apply_service_errors(form, StaleVersion("Someone else changed this visit."))
    apply_service_errors(form, ValidationError("The desk is closed.", code="closed"))
    assert form.non_field_errors() == ["Someone else changed this visit.", "The desk is closed."]
    assert form.has_error(forms.forms.NON_FIELD_ERRORS, code="stale")


def test_service_errors_can_land_on_an_unbound_form() -> None:
    form = WalkInForm()
    apply_service_errors(form, ValidationError({"purpose": "Choose one."}))
    assert form.errors["purpose"] == ["Choose one."]


class VersionedForm(WalkInForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


def _refuse_question(data: dict) -> None:
    raise ValidationError(
        {"question": ValidationError("Write down what they asked.", code="required")}
    )


def _stale(data: dict) -> None:
    raise StaleVersion("Someone else changed this visit.")


def test_submit_returns_what_the_service_made_from_the_cleaned_data() -> None:
    form = WalkInForm({"purpose": "consult", "question": "where?"})
    assert submit(form, lambda data: data["question"].upper()) == "WHERE?"
    assert not form.errors


def test_submit_calls_no_service_for_an_invalid_form() -> None:
    calls: list[dict] = []
    form = WalkInForm({"purpose": "nonsense"})
    assert submit(form, calls.append) is None
    assert calls == [] and "purpose" in form.errors


def test_submit_puts_the_services_refusal_on_the_field_to_fix() -> None:
    form = WalkInForm({"purpose": "consult"})
    assert submit(form, _refuse_question) is None
    assert form.has_error("question", code="required")


def test_submit_says_a_stale_version_above_the_form_only_when_asked() -> None:
    on_field = VersionedForm({"purpose": "consult", "version": 1})
    above = VersionedForm({"purpose": "consult", "version": 1})
    assert submit(on_field, _stale) is None and submit(above, _stale, stale_above=True) is None
    assert on_field.errors["version"] == ["Someone else changed this visit."]
    assert not on_field.non_field_errors()
    assert above.non_field_errors() == ["Someone else changed this visit."]
    assert "version" not in above.errors


def test_tap_choices_render_as_a_radio_group_of_buttons() -> None:
    html = str(WalkInForm({"purpose": "register"})["purpose"])
    assert 'class="fd-tap-grid"' in html and 'role="radiogroup"' in html
    assert html.count('type="radio"') == 3 and html.count('class="btn-check"') == 3
    assert 'id="id_purpose_1"' in html and 'for="id_purpose_1"' in html
    assert 'class="btn btn-outline-primary btn-lg"' in html
    checked = html.split('value="register"')[1].split(">")[0]
    assert "checked" in checked and "required" in checked


def test_tap_choices_multiple_keep_every_ticked_box_and_their_ids() -> None:
    form = WalkInForm({"purpose": "consult", "needs": ["wheelchair", "pregnant"]})
    assert form.is_valid()
    assert form.cleaned_data["needs"] == ["wheelchair", "pregnant"]
    html = str(form["needs"])
    assert 'role="group"' in html and html.count('type="checkbox"') == 3
    assert 'id="need-wheelchair"' in html and 'for="need-elderly"' in html
    assert html.count("checked") == 2 and "required" not in html
    assert 'class="btn btn-outline-dark"' in html


def test_an_untouched_grid_of_toggles_means_none() -> None:
    form = WalkInForm({"purpose": "consult"})
    assert form.is_valid() and form.cleaned_data["needs"] == []


def test_crispy_draws_the_tap_grid_not_its_own_radio_list() -> None:
    form = WalkInForm({"purpose": "nonsense"})
    form.is_valid()
    html = Template("{% load crispy_forms_tags %}{{ form.purpose|as_crispy_field }}").render(
        Context({"form": form})
    )
    assert html.count('class="fd-tap-grid is-invalid"') == 1
    assert "form-check" not in html and "form-control btn-check" not in html
    assert "<legend" in html and "invalid-feedback" in html


@pytest.mark.parametrize("empty", [("", "---------")])
def test_the_blank_choice_is_no_button(empty: tuple[str, str]) -> None:
    field = forms.ChoiceField(choices=[empty, *PURPOSES], widget=TapChoices, required=False)
    html = field.widget.render("purpose", "", attrs={"id": "id_purpose"})
    assert "---------" not in html and html.count("btn-check") == 3


def test_the_field_errors_partial_names_each_error_for_screen_readers() -> None:
    form = WalkInForm({"purpose": "nonsense"})
    form.is_valid()
    html = Template('{% include "_field_errors.html" with field=form.purpose %}').render(
        Context({"form": form})
    )
    assert 'id="id_purpose-error"' in html and "invalid-feedback d-block" in html
