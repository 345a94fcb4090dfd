"""What the tablet forms of handover share: large inputs, due-back choices, the form token."""

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.records import new_form_token
from hospital.widgets import TapChoices

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Touch-sized inputs on the tablet: crispy adds form-control / form-select beside these.
LG = {"class": "form-control-lg"}
SELECT_LG = {"class": "form-select-lg"}

# One-tap choices for "due back": minutes from now.
DUE_CHOICES = [
    (30, _("in 30 minutes")),
    (60, _("in 1 hour")),
    (120, _("in 2 hours")),
    (240, _("in 4 hours")),
    (480, _("in 8 hours")),
]


def line_field(label: "StrOrPromise", *, max_length: int) -> forms.CharField:
    """One line of text in a large input, optional to the form: where the record needs it, the
    service says so next to the field."""
    return forms.CharField(
        label=label, max_length=max_length, required=False, widget=forms.TextInput(attrs=LG)
    )


def due_in_field(*, initial: int) -> forms.TypedChoiceField:
    """The "due back" tap choices, `initial` minutes from now picked at first."""
    return forms.TypedChoiceField(
        label=_("Due back"),
        choices=DUE_CHOICES,
        coerce=int,
        initial=initial,
        widget=TapChoices(id_prefix="due"),
    )


class DueBackMixin:
    """For a form with a `due_in` field: the moment it asks the thing back."""

    cleaned_data: dict[str, Any]

    def due_back_at(self) -> datetime:
        return timezone.now() + timedelta(minutes=self.cleaned_data["due_in"])


class FormTokenField(forms.UUIDField):
    """The hidden token a form posts with: the same form sent twice (a double tap, a reload)
    makes one row (`IdempotentModel.create_once`)."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, initial=new_form_token, **kwargs)
