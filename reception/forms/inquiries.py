"""Inquiry and callback forms: they parse and normalise; reception.services.inquiries holds
the rules and its errors are put on these forms with hospital.forms.apply_service_errors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.models import Department
from hospital.phones import normalise_phone
from hospital.widgets import DayInput, MomentInput, TapChoices

from ..models import Inquiry


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
        widget=TapChoices,
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
        widget=TapChoices,
    )
    question = LinesField(label=_("Question"), required=False, max_length=2000)
    answer = LinesField(label=_("Answer given"), required=False, max_length=2000)
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Inquiry.Outcome.choices,
        initial=Inquiry.Outcome.ANSWERED,
        required=False,  # a missed call's outcome is always a callback
        widget=TapChoices,
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
        widget=TapChoices,
    )
    callback_due_on = forms.DateField(
        label=_("or on this date"),
        required=False,
        widget=DayInput(),
    )
    rang_at = forms.DateTimeField(
        label=_("Phone rang at"),
        required=False,
        widget=MomentInput(),
    )
    answered_at = forms.DateTimeField(
        label=_("Answered at"),
        required=False,
        widget=MomentInput(),
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=DayInput(),
    )

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))


class CallbackDoneForm(forms.Form):
    """What came of calling back."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    result = LinesField(
        label=_("Result"),
        max_length=2000,
        error_messages={
            "required": _("Write down what came of the call, e.g. no answer or answered.")
        },
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=DayInput(),
    )
