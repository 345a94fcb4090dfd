"""Which person a privacy request is about: a phone number or a visitor record."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hospital.filters import IdField
from hospital.phones import normalise_phone
from reception.models import Visitor


class PersonForm(forms.Form):
    """Name the person by phone number, or by visitor number when they gave no phone."""

    phone = forms.CharField(label=_("Phone number"), max_length=40, required=False)
    visitor = IdField(
        Visitor.objects.all(),
        label=_("Visitor number"),
        widget=forms.NumberInput,
        help_text=_("For a visitor who gave no phone number."),
    )

    error_messages = {
        "missing": _("Give the person's phone number or visitor number."),
    }

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not self.errors and not data.get("phone") and not data.get("visitor"):
            raise ValidationError(self.error_messages["missing"], code="missing")
        return data

    def label(self) -> str:
        """Return how the access log names the person, without the data it protects."""
        phone, visitor = self.cleaned_data.get("phone"), self.cleaned_data.get("visitor")
        if phone:
            return f"person …{phone[-4:]}"
        return f"visitor #{visitor.pk}" if visitor else "person"


class AnonymiseForm(PersonForm):
    """The confirmation: the person again, and a tick that this cannot be undone."""

    phone = forms.CharField(widget=forms.HiddenInput, required=False)
    visitor = IdField(Visitor.objects.all(), widget=forms.HiddenInput)
    confirm = forms.BooleanField(
        label=_("I understand that names, phones and texts of this person are replaced for good."),
        error_messages={"required": _("Tick the box to confirm the anonymisation.")},
    )
