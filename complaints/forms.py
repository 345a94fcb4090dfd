"""Complaint forms: they validate and normalise; complaints.services acts."""

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.models import Department

from .models import Complaint, ComplaintEntry
from .services import normalise_contact

# A tablet's clock may run a little ahead of the server's.
CLOCK_SKEW = dt.timedelta(minutes=5)


def _department_choices() -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=_("Departments concerned"),
        queryset=Department.objects.active(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("The department(s) the complaint is about; leave empty if unsure."),
    )


class IntakeForm(forms.Form):
    """Take a complaint down at once: the short tablet form, also used by staff."""

    error_messages = {
        "received_in_future": _("The received time is in the future: check the date and time."),
        "description_required": _("Write down what happened, in the complainant's words."),
    }

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    visit = forms.IntegerField(required=False, widget=forms.HiddenInput)
    feedback = forms.IntegerField(required=False, widget=forms.HiddenInput)
    channel = forms.ChoiceField(
        label=_("How did it come in?"),
        choices=Complaint.Channel.choices,
        initial=Complaint.Channel.IN_PERSON,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tap how the complaint came in.")},
    )
    category = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Complaint.Category.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tap what the complaint is about.")},
    )
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=Complaint.Severity.choices,
        initial=Complaint.Severity.MEDIUM,
        widget=forms.RadioSelect,
    )
    description = forms.CharField(
        label=_("What happened?"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write down what happened, in the complainant's words.")},
    )
    request_text = forms.CharField(
        label=_("What does the complainant ask for?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    complainant_name = forms.CharField(label=_("Complainant's name"), required=False, max_length=60)
    contact = forms.CharField(
        label=_("Phone or email"),
        required=False,
        max_length=120,
        help_text=_("So that we can give the answer; shown masked in lists."),
    )
    relation = forms.ChoiceField(
        label=_("Relation to the patient"),
        choices=Complaint.Relation.choices,
        initial=Complaint.Relation.PATIENT,
        widget=forms.RadioSelect,
    )
    departments = _department_choices()
    received_at = forms.DateTimeField(
        label=_("Received at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty for now."),
    )

    def clean_contact(self) -> str:
        return normalise_contact(self.cleaned_data.get("contact", ""))

    def clean_description(self) -> str:
        text = (self.cleaned_data.get("description") or "").strip()
        if not text:
            raise ValidationError(
                self.error_messages["description_required"], code="description_required"
            )
        return text

    def clean_received_at(self) -> dt.datetime:
        value = self.cleaned_data.get("received_at") or timezone.now()
        if value > timezone.now() + CLOCK_SKEW:
            raise ValidationError(
                self.error_messages["received_in_future"], code="received_in_future"
            )
        return value


class StepForm(forms.Form):
    """The version the person saw, so that a stale step is refused."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class AcknowledgeForm(StepForm):
    message = forms.CharField(
        label=_("What the complainant was told"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EntryForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[c for c in ComplaintEntry.Kind.choices if c[0] != ComplaintEntry.Kind.STATUS],
        initial=ComplaintEntry.Kind.INVESTIGATION,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("Text"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write what was found, said or done.")},
    )


class ResolveForm(StepForm):
    answer = forms.CharField(
        label=_("Answer given to the complainant"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the answer given to the complainant.")},
    )
    remedy = forms.CharField(
        label=_("Remedy"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )
    root_cause = forms.ChoiceField(
        label=_("Root cause"),
        choices=[("", "—"), *Complaint.RootCause.choices],
        required=False,
    )
    prevention_action = forms.CharField(
        label=_("Prevention action"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_answer(self) -> str:
        text = (self.cleaned_data.get("answer") or "").strip()
        if not text:
            raise ValidationError(
                _("Write the answer given to the complainant."), code="answer_required"
            )
        return text


class FollowUpForm(StepForm):
    satisfaction = forms.ChoiceField(
        label=_("Is the complainant satisfied?"),
        choices=Complaint.Satisfaction.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Their comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    no_follow_up_reason = forms.CharField(
        label=_("Or: why the follow-up could not happen"), required=False, max_length=2000
    )
    reopen = forms.BooleanField(
        label=_("Not resolved for them: reopen the investigation instead of closing"),
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("satisfaction") and not (data.get("no_follow_up_reason") or "").strip():
            raise ValidationError(
                {
                    "satisfaction": _(
                        "Record how satisfied the complainant is, or why the follow-up could "
                        "not happen."
                    )
                }
            )
        return data


class EscalateForm(StepForm):
    reason = forms.CharField(
        label=_("Why the department cannot resolve it"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write why it goes to the patient services centre.")},
    )


class WithdrawForm(StepForm):
    reason = forms.CharField(
        label=_("Why the complainant withdrew it"),
        max_length=2000,
        error_messages={"required": _("Write why the complaint was withdrawn.")},
    )


class ReportMonthForm(forms.Form):
    month = forms.DateField(
        label=_("Month"),
        required=False,
        input_formats=["%Y-%m"],
        widget=forms.DateInput(attrs={"type": "month"}, format="%Y-%m"),
        error_messages={"invalid": _("Choose a month, e.g. 2026-03.")},
    )
