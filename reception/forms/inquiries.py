"""Inquiry and callback forms: they parse and normalise; reception.services.inquiries acts."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.models import Department

from ..models import Inquiry
from ..phones import normalise_phone


def _bootstrap(form: forms.Form) -> None:
    """Give text inputs and selects Bootstrap's large touch classes; radios are tap buttons."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.RadioSelect | forms.HiddenInput):
            continue
        css = "form-select form-select-lg" if isinstance(widget, forms.Select) else "form-control"
        widget.attrs.setdefault("class", css)


class InquiryForm(forms.Form):
    """A question in person or by phone, with the common answers as one-tap buttons."""

    CALLBACK_IN_CHOICES = [
        ("0", _("Today")),
        ("1", _("Next working day")),
        ("2", _("In 2 working days")),
        ("3", _("In 3 working days")),
    ]

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    channel = forms.ChoiceField(
        label=_("How"),
        choices=Inquiry.Channel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tap how the question came in.")},
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )
    caller_name = forms.CharField(label=_("Name (if given)"), required=False, max_length=60)
    topic = forms.ChoiceField(
        label=_("Topic"),
        choices=Inquiry.Topic.choices,
        initial=Inquiry.Topic.DEPARTMENT,
        widget=forms.RadioSelect,
    )
    question = forms.CharField(
        label=_("Question"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    answer = forms.CharField(
        label=_("Answer given"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Inquiry.Outcome.choices,
        initial=Inquiry.Outcome.ANSWERED,
        required=False,  # a missed call's outcome is always a callback
        widget=forms.RadioSelect,
    )
    transferred_to = forms.ModelChoiceField(
        label=_("Transferred to department"),
        queryset=Department.objects.active(),
        required=False,
    )
    transferred_to_person = forms.CharField(
        label=_("Transferred to whom"), required=False, max_length=60
    )
    callback_in = forms.ChoiceField(
        label=_("Call back by"),
        choices=CALLBACK_IN_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    callback_due_on = forms.DateField(
        label=_("or on this date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    rang_at = forms.DateTimeField(
        label=_("Phone rang at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    answered_at = forms.DateTimeField(
        label=_("Answered at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    error_messages = {
        "question_required": _("Write down what they asked, even in a few words."),
        "phone_required": _("A call needs the caller's number, so that someone can call back."),
        "outcome_required": _("Tap what came of it: answered, transferred, callback or closed."),
        "department_required": _("Choose the department it was transferred to."),
        "callback_when": _("Tap when to call back, or choose a date."),
        "callback_past": _("The callback date is in the past: choose today or later."),
        "answered_before_ring": _("The call cannot be answered before it rang."),
        "expected_past": _("The expected visit date is in the past."),
        "expected_needs_phone": _(
            "Give the phone too: at the end of the day it tells whether they came."
        ),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bootstrap(self)

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        channel = data.get("channel")
        today = timezone.localdate()
        if channel == Inquiry.Channel.MISSED:
            data["outcome"] = Inquiry.Outcome.CALLBACK
            data["answered_at"] = None
        else:
            if not (data.get("question") or "").strip():
                self.add_error(
                    "question",
                    ValidationError(self.error_messages["question_required"], code="required"),
                )
            if not data.get("outcome") and "outcome" not in self.errors:
                self.add_error(
                    "outcome",
                    ValidationError(self.error_messages["outcome_required"], code="required"),
                )
        if (
            channel in (Inquiry.Channel.MISSED, Inquiry.Channel.PHONE_OUT)
            and not data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone", ValidationError(self.error_messages["phone_required"], code="required")
            )
        outcome = data.get("outcome")
        if outcome == Inquiry.Outcome.TRANSFERRED and not data.get("transferred_to"):
            self.add_error(
                "transferred_to",
                ValidationError(self.error_messages["department_required"], code="required"),
            )
        if outcome == Inquiry.Outcome.CALLBACK and channel != Inquiry.Channel.MISSED:
            due = data.get("callback_due_on")
            if due is None and not data.get("callback_in") and "callback_due_on" not in self.errors:
                self.add_error(
                    "callback_in",
                    ValidationError(self.error_messages["callback_when"], code="required"),
                )
            if due is not None and due < today:
                self.add_error(
                    "callback_due_on",
                    ValidationError(self.error_messages["callback_past"], code="past"),
                )
        rang, answered = data.get("rang_at"), data.get("answered_at")
        if rang and answered and answered < rang:
            self.add_error(
                "answered_at",
                ValidationError(self.error_messages["answered_before_ring"], code="order"),
            )
        expected = data.get("expected_visit_on")
        if expected is not None:
            if expected < today:
                self.add_error(
                    "expected_visit_on",
                    ValidationError(self.error_messages["expected_past"], code="past"),
                )
            elif not data.get("phone") and "phone" not in self.errors:
                self.add_error(
                    "phone",
                    ValidationError(self.error_messages["expected_needs_phone"], code="required"),
                )
        return data


class CallbackDoneForm(forms.Form):
    """What came of calling back."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    result = forms.CharField(
        label=_("Result"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": _("Write down what came of the call, e.g. no answer or answered.")
        },
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bootstrap(self)

    def clean_expected_visit_on(self) -> Any:
        value = self.cleaned_data.get("expected_visit_on")
        if value is not None and value < timezone.localdate():
            raise ValidationError(_("The expected visit date is in the past."), code="past")
        return value
