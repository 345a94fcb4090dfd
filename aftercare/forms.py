"""Aftercare forms: they parse and normalise; aftercare.services hold the rules, and their errors
are put on these forms with hospital.forms.apply_service_errors."""

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.clock import local_today
from hospital.forms import LinesField
from hospital.localized import localized
from hospital.models import Department
from hospital.phones import normalise_phone
from hospital.widgets import DayInput, TapChoices

from .models import CARD_LANGUAGES, Confirmation, DischargeSendOff, FollowUpStep, PlanTemplate

# A plan counts from a day at most this far from today.
STARTS_WITHIN = dt.timedelta(days=366)


class TemplateChoiceField(forms.ModelChoiceField):
    """The active plan templates as buttons, each named in the reader's language."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(
            queryset=PlanTemplate.objects.filter(is_active=True),
            widget=TapChoices,
            label=_("Follow-up plan"),
            empty_label=None,
            **kwargs,
        )

    def label_from_instance(self, obj: Any) -> str:
        return localized(obj, "name")


class PhoneField(forms.CharField):
    """A phone typed any way, stored in E.164."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault(
            "widget", forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"})
        )
        super().__init__(**kwargs)

    def clean(self, value: Any) -> str:
        return normalise_phone(super().clean(value))


class PlanStartForm(forms.Form):
    """Start a follow-up plan: which plan, for whom, counted from which day."""

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    template = TemplateChoiceField(
        error_messages={
            "required": _("Tap the plan to start."),
            "invalid_choice": _("Tap the plan to start."),
        }
    )
    name = forms.CharField(label=_("Name"), max_length=60, required=False)
    phone = PhoneField(label=_("Phone"), required=False)
    starts_on = forms.DateField(
        label=_("Count from"),
        widget=DayInput(),
        help_text=_("The day of the visit, the operation or the discharge."),
        error_messages={"required": _("Choose the day the plan counts from.")},
    )
    language = forms.ChoiceField(
        label=_("Language for the call"),
        choices=CARD_LANGUAGES,
        widget=TapChoices,
        initial="zh-hans",
    )

    def clean_starts_on(self) -> dt.date:
        # A plan counts from a visit, an operation or a discharge of about now; a day years
        # away is a slip of the finger (and past the calendar the working days come from).
        day: dt.date = self.cleaned_data["starts_on"]
        today = local_today()
        if not today - STARTS_WITHIN <= day <= today + STARTS_WITHIN:
            raise forms.ValidationError(_("Choose a day within a year of today."), code="range")
        return day


class StepDoneForm(forms.Form):
    """What came of one follow-up call."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    result = forms.ChoiceField(
        label=_("Result"),
        choices=FollowUpStep.Result.choices,
        widget=TapChoices,
        error_messages={
            "required": _("Tap what came of the call: reached, not reached or asked to stop.")
        },
    )
    satisfaction = forms.TypedChoiceField(
        label=_("Satisfaction"),
        choices=FollowUpStep.Satisfaction.choices,
        coerce=int,
        empty_value=None,
        required=False,
        widget=TapChoices,
    )
    needs_return_visit = forms.BooleanField(label=_("Needs a return visit"), required=False)
    return_visit_on = forms.DateField(label=_("Return visit on"), required=False, widget=DayInput())
    note = LinesField(label=_("Note"), required=False, max_length=2000)


class PlanStopForm(forms.Form):
    """Stop a plan, saying why (the service refuses an empty reason)."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Why stop it"), max_length=200, required=False)


class ConfirmationForm(forms.Form):
    """What came of the call the working day before an expected visit."""

    result = forms.ChoiceField(
        label=_("Result"),
        choices=Confirmation.Result.choices,
        widget=TapChoices,
        error_messages={
            "required": _(
                "Tap what came of the call: confirmed, changed, cancelled or not reached."
            )
        },
    )
    new_date = forms.DateField(
        label=_("New day"),
        required=False,
        widget=DayInput(attrs={"class": "form-control"}),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"class": "form-control"}),
    )


class AdmissionForm(forms.Form):
    """What the desk did for a visitor being admitted."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    documents_checked = forms.BooleanField(label=_("Documents checked"), required=False)
    escorted_to_admissions = forms.BooleanField(
        label=_("Escorted to the admissions office"), required=False
    )
    escorted_to_ward = forms.BooleanField(label=_("Escorted to the ward"), required=False)
    ward = forms.ModelChoiceField(
        label=_("Ward"), queryset=Department.objects.active(), required=False
    )
    nurse_name = forms.CharField(
        label=_("Handed to ward nurse (name)"), max_length=60, required=False
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class SendOffForm(forms.Form):
    """A discharged patient seen off."""

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    source = forms.ChoiceField(
        label=_("How it came"),
        choices=DischargeSendOff.Source.choices,
        widget=TapChoices,
        initial=DischargeSendOff.Source.WARD_CALL,
    )
    ward = forms.ModelChoiceField(
        label=_("Ward"),
        queryset=Department.objects.active(),
        error_messages={"required": _("Choose the ward they leave from.")},
    )
    patient_name = forms.CharField(label=_("Patient"), max_length=60, required=False)
    phone = PhoneField(label=_("Phone"), required=False)
    language = forms.ChoiceField(
        label=_("Card language"), choices=CARD_LANGUAGES, widget=TapChoices, initial="zh-hans"
    )
    guidance_given = forms.BooleanField(label=_("Health guidance given"), required=False)
    card_given = forms.BooleanField(
        label=_("Card with clinic hours, hotline and emergency number handed over"), required=False
    )
    transport = forms.ChoiceField(
        label=_("Transport"),
        choices=DischargeSendOff.Transport.choices,
        widget=TapChoices,
        initial=DischargeSendOff.Transport.NONE,
    )
    feedback_asked = forms.BooleanField(label=_("Feedback asked"), required=False)
    feedback = LinesField(label=_("Their opinion"), required=False, max_length=2000)
    template = TemplateChoiceField(required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        template = self.fields["template"]
        assert isinstance(template, TemplateChoiceField)
        template.label = _("Start a follow-up plan")
        template.empty_label = _("No plan")
