"""The walk-in form: it parses and normalises; reception.services.visits holds the rules."""

from typing import Any, Self

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _

from hospital.phones import normalise_phone
from hospital.widgets import TapChoices, TapChoicesMultiple

from ..models import Visit, Visitor


class WalkInForm(forms.Form):
    """One screen: who came and why, with the common answers as one-tap buttons."""

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    visitor = forms.IntegerField(
        label=_("returning visitor"), required=False, widget=forms.HiddenInput
    )
    purpose = forms.ChoiceField(
        label=_("Came for"),
        choices=Visit.Purpose.choices,
        initial=Visit.Purpose.SEE_DOCTOR,
        widget=TapChoices(id_prefix="purpose"),
        error_messages={"required": _("Tap what the visitor came for.")},
    )
    chief_complaint = forms.CharField(
        label=_("What is wrong?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(
            attrs={
                "rows": 2,
                "class": "form-control-lg",
                "placeholder": _("e.g. stomach ache since last night"),
            }
        ),
    )
    temperature = forms.DecimalField(
        label=_("Temperature (°C)"),
        required=False,
        max_digits=4,
        decimal_places=1,
        widget=forms.NumberInput(
            attrs={"step": "0.1", "inputmode": "decimal", "class": "form-control-lg"}
        ),
        error_messages={"invalid": _("Enter the temperature as a number, e.g. 37.8.")},
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        # Typing a number offers the visitors already known by it (suggest; never merge).
        widget=forms.TextInput(
            attrs={
                "type": "tel",
                "inputmode": "tel",
                "autocomplete": "off",
                "class": "form-control-lg",
                "hx-get": reverse_lazy("reception:visitor_lookup"),
                "hx-trigger": "input changed delay:400ms",
                "hx-target": "#returning",
                "hx-swap": "outerHTML",
            }
        ),
    )
    name = forms.CharField(
        label=_("Name"),
        required=False,
        max_length=60,
        help_text=_("(optional)"),
        widget=forms.TextInput(attrs={"class": "form-control-lg"}),
    )
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=Visitor.Sex.choices,
        initial=Visitor.Sex.UNKNOWN,
        required=False,
        widget=TapChoices(id_prefix="sex", button_class="btn btn-outline-secondary"),
    )
    age = forms.IntegerField(
        label=_("Age"),
        required=False,
        min_value=0,
        max_value=120,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "form-control-lg"}),
        error_messages={
            "min_value": _("Enter an age between 0 and 120."),
            "max_value": _("Enter an age between 0 and 120."),
        },
    )
    needs = forms.MultipleChoiceField(
        label=_("Needs"),
        choices=Visitor.Need.choices,
        required=False,
        widget=TapChoicesMultiple(id_prefix="need", button_class="btn btn-outline-dark"),
    )
    source = forms.ChoiceField(
        label=_("How did they hear of us?"),
        choices=[("", _("Not asked")), *Visitor.Source.choices],
        required=False,
        widget=forms.Select(attrs={"class": "form-select-lg"}),
    )
    arrived_at = forms.DateTimeField(
        label=_("Arrived at"),
        required=False,
        help_text=_("Leave empty for now."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
    )

    def __init__(self, *args: Any, share_fields: bool = False, **kwargs: Any) -> None:
        """With `share_fields`, validate with the class's fields instead of copies of them.

        Django deep-copies every field and widget (with its choices) for each form, the largest
        part of the form's CPU on a walk-in. Validating only reads the fields; showing the form
        changes them (crispy sets its classes on the widgets), so a form made this way is never
        shown: `to_show()` gives the one that is.
        """
        if share_fields:
            self.base_fields = {}  # type: ignore[misc]  # nothing for Django to copy
        super().__init__(*args, **kwargs)
        if share_fields:
            del self.base_fields
            self.fields = dict(self.base_fields)
            self.order_fields(self.field_order)
        self.shares_fields = share_fields

    def to_show(self) -> Self:
        """Return this form to show: with fields of its own, the same data, errors and values."""
        if not self.shares_fields:
            return self
        shown = type(self)(self.data)
        shown._errors = self._errors  # type: ignore[attr-defined]
        if hasattr(self, "cleaned_data"):
            shown.cleaned_data = self.cleaned_data
        return shown

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean_sex(self) -> str:
        return self.cleaned_data.get("sex") or Visitor.Sex.UNKNOWN

    def clean_visitor(self) -> Visitor | None:
        pk = self.cleaned_data.get("visitor")
        if not pk:
            return None
        visitor = Visitor.objects.filter(pk=pk).first()
        if visitor is None:
            raise ValidationError(_("That visitor no longer exists; log them as new."))
        return visitor

    def clean_chief_complaint(self) -> str:
        return (self.cleaned_data.get("chief_complaint") or "").strip()
