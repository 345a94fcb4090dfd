"""The after-hours book's forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.widgets import TapChoices

from ..models import AfterHoursEntry
from .base import LG, FormTokenField, line_field


class BookEntryForm(forms.Form):
    form_token = FormTokenField()
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=AfterHoursEntry.Kind.choices,
        initial=AfterHoursEntry.Kind.REQUEST,
        widget=TapChoices(),
    )
    text = LinesField(
        rows=3,
        attrs=LG,
        label=_("What they said"),
        max_length=2000,
        required=False,  # the service asks for it, next to the field
    )
    caller_name = line_field(_("Name"), max_length=60)
    caller_phone = line_field(_("Phone"), max_length=20)
    is_urgent = forms.BooleanField(
        label=_("Urgent: I have told the managers"),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input", "role": "switch"}),
    )


class HandOverForm(forms.Form):
    note = LinesField(attrs=LG, label=_("Note to security"), max_length=500, required=False)
