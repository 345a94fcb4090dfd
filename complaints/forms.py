"""Complaint forms: they parse and normalise; complaints.services holds the rules and acts."""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.admin import helpers
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from hospital.filters import IdsField
from hospital.forms import LinesField, apply_service_errors
from hospital.models import Department
from hospital.phones import format_phone
from hospital.widgets import MomentInput, TapChoices

from . import services
from .models import Complaint, ComplaintEntry

# Touch-sized inputs on the tablet; crispy adds form-control beside it.
LARGE = "form-control-lg"


def _tap(name: str) -> TapChoices:
    # Ids like "category-waiting": one per button, stable for labels and the browser tests.
    return TapChoices(id_prefix=name)


def _department_choices() -> IdsField:
    return IdsField(
        label=_("Departments concerned"),
        queryset=Department.objects.active(),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
        help_text=_("The department(s) the complaint is about; leave empty if unsure."),
    )


class IntakeForm(forms.Form):
    """Take a complaint down at once: the short tablet form, also used by staff."""

    error_messages = {
        "description_required": _("Write down what happened, in the complainant's words."),
    }

    form_token = forms.UUIDField(widget=forms.HiddenInput)
    visit = forms.IntegerField(required=False, widget=forms.HiddenInput)
    feedback = forms.IntegerField(required=False, widget=forms.HiddenInput)
    channel = forms.ChoiceField(
        label=_("How did it come in?"),
        choices=Complaint.Channel.choices,
        initial=Complaint.Channel.IN_PERSON,
        widget=_tap("channel"),
        error_messages={"required": _("Tap how the complaint came in.")},
    )
    category = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Complaint.Category.choices,
        widget=_tap("category"),
        error_messages={"required": _("Tap what the complaint is about.")},
    )
    severity = forms.ChoiceField(
        label=_("Severity"),
        choices=Complaint.Severity.choices,
        initial=Complaint.Severity.MEDIUM,
        widget=_tap("severity"),
    )
    description = LinesField(
        rows=4,
        attrs={"class": LARGE},
        label=_("What happened?"),
        max_length=4000,
        error_messages={"required": error_messages["description_required"]},
    )
    request_text = LinesField(
        attrs={"class": LARGE},
        label=_("What does the complainant ask for?"),
        required=False,
        max_length=2000,
    )
    complainant_name = forms.CharField(
        label=_("Complainant's name"),
        required=False,
        max_length=60,
        widget=forms.TextInput(attrs={"class": LARGE}),
    )
    contact = forms.CharField(
        label=_("Phone or email"),
        required=False,
        max_length=120,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off", "class": LARGE}),
        help_text=_("So that we can give the answer; shown masked in lists."),
    )
    relation = forms.ChoiceField(
        label=_("Relation to the patient"),
        choices=Complaint.Relation.choices,
        initial=Complaint.Relation.PATIENT,
        widget=_tap("relation"),
    )
    departments = _department_choices()
    received_at = forms.DateTimeField(
        label=_("Received at"),
        required=False,
        widget=MomentInput(),
        help_text=_("Leave empty for now."),
    )
    language = forms.ChoiceField(
        label=_("The complainant's language"),
        choices=[
            (code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES
        ],
        required=False,
        widget=_tap("language"),
        help_text=_("The slip is printed in it."),
    )


class StepForm(forms.Form):
    """The version the person saw, so that a stale step is refused."""

    version = forms.IntegerField(widget=forms.HiddenInput)


class AcknowledgeForm(StepForm):
    message = LinesField(label=_("What the complainant was told"), required=False, max_length=2000)


class EntryForm(forms.Form):
    form_token = forms.UUIDField(widget=forms.HiddenInput)
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[c for c in ComplaintEntry.Kind.choices if c[0] != ComplaintEntry.Kind.STATUS],
        initial=ComplaintEntry.Kind.INVESTIGATION,
        widget=_tap("kind"),
    )
    text = LinesField(
        rows=3,
        label=_("Text"),
        max_length=4000,
        error_messages={"required": _("Write what was found, said or done.")},
    )


class ResolveForm(StepForm):
    answer = LinesField(
        rows=3,
        label=_("Answer given to the complainant"),
        max_length=4000,
        error_messages={"required": _("Write the answer given to the complainant.")},
    )
    remedy = LinesField(label=_("Remedy"), required=False, max_length=2000)
    root_cause = forms.ChoiceField(
        label=_("Root cause"),
        choices=[("", "—"), *Complaint.RootCause.choices],
        required=False,
    )
    prevention_action = LinesField(label=_("Prevention action"), required=False, max_length=2000)


class FollowUpForm(StepForm):
    satisfaction = forms.ChoiceField(
        label=_("Is the complainant satisfied?"),
        choices=Complaint.Satisfaction.choices,
        required=False,
        widget=_tap("satisfaction"),
    )
    comment = LinesField(label=_("Their comment"), required=False, max_length=2000)
    no_follow_up_reason = forms.CharField(
        label=_("Or: why the follow-up could not happen"), required=False, max_length=2000
    )
    reopen = forms.BooleanField(
        label=_("Not resolved for them: reopen the investigation instead of closing"),
        required=False,
    )


class EscalateForm(StepForm):
    reason = LinesField(
        label=_("Why the department cannot resolve it"),
        max_length=2000,
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
        widget=forms.DateInput(attrs={"type": "month", "class": LARGE}, format="%Y-%m"),
        error_messages={"invalid": _("Choose a month, e.g. 2026-03.")},
    )


# --- the admin's forms -------------------------------------------------------------------------


class ComplaintActionForm(helpers.ActionForm):
    assignee = forms.ModelChoiceField(
        label=_("Assign to"),
        queryset=get_user_model()
        .objects.filter(is_staff=True, is_active=True)
        .order_by("username"),
        required=False,
    )
    text = forms.CharField(
        label=_("Answer or reason"),
        required=False,
        max_length=2000,
        help_text=_("Resolve: the answer given. Escalate: why the department cannot resolve it."),
    )


# What the complainant tells, in the order the intake forms and the admin show it.
COMPLAINT_DETAILS = [
    "complainant_name",
    "contact",
    "relation",
    "visit",
    "departments",
    "category",
    "severity",
    "description",
    "request_text",
]
_RECEIVED_AS_TYPED = ["received_at", "channel", *(f for f in COMPLAINT_DETAILS if f != "visit")]


def receive_arguments(data: dict[str, Any]) -> dict[str, Any]:
    """Return an intake form's cleaned fields that complaint_receive takes as they are (the
    visit, the feedback and the desk are looked up by each caller within its reach)."""
    return {name: data[name] for name in _RECEIVED_AS_TYPED}


class ComplaintAddForm(forms.ModelForm):
    """The staff intake: every field of the tablet form, for phone, email and letters too."""

    class Meta:
        model = Complaint
        fields = ["received_at", "channel", *COMPLAINT_DETAILS]

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        # The service's rules, asked before the admin saves anything.
        try:
            data.update(
                services.complaint_check_intake(
                    received_at=data.get("received_at"),
                    channel=data.get("channel", ""),
                    description=data.get("description", ""),
                    contact=data.get("contact", ""),
                    relation=data.get("relation", ""),
                    category=data.get("category", ""),
                    severity=data.get("severity", ""),
                )
            )
        except ValidationError as error:
            apply_service_errors(self, error)
        return data


class ComplaintChangeForm(forms.ModelForm):
    """Edit the details; the version the manager loaded refuses a save over someone else's."""

    seen_version = forms.IntegerField(widget=forms.HiddenInput)

    class Meta:
        model = Complaint
        fields = [*services.EDITABLE_FIELDS, "departments"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk and not self.is_bound:
            self.initial["seen_version"] = self.instance.version
            if "@" not in self.instance.contact:
                # Shown as the desk writes it; the service stores it as E.164 again.
                self.initial["contact"] = format_phone(self.instance.contact)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if self.errors:
            return data
        try:
            data.update(
                services.complaint_check_update(
                    complaint=self.instance,
                    expected_version=data.get("seen_version"),
                    changes={name: data.get(name) for name in services.EDITABLE_FIELDS},
                )
            )
        except ValidationError as error:
            apply_service_errors(self, error)
        return data
