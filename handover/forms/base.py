"""What the tablet forms of handover share: large inputs, due-back choices, the form token."""

import uuid
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

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


class FormTokenField(forms.UUIDField):
    """The hidden token a form posts with: the same form sent twice (a double tap, a reload)
    makes one row (`IdempotentModel.create_once`)."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(required=False, initial=uuid.uuid4, **kwargs)
