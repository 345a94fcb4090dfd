"""The walk-in form: it validates and normalises; reception.services.visits acts."""

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import Visit, Visitor
from ..phones import normalise_phone

# A tablet's clock may run a little ahead of the server's.
ARRIVAL_CLOCK_SKEW = timedelta(minutes=2)
TEMPERATURE_MIN, TEMPERATURE_MAX = Decimal("30.0"), Decimal("45.0")


class WalkInForm(forms.Form):
    """One screen: who came and why, with the common answers as one-tap buttons."""

    error_messages = {
        "arrival_in_future": _("The arrival time is in the future; leave it empty for now."),
        "arrival_too_old": _("The arrival time is more than a day ago; check the date."),
        "temperature_range": _(
            "A body temperature must be between 30 and 45 °C; measure again or leave it empty."
        ),
        "complaint_required": _(
            "Write what is wrong (e.g. “stomach ache since yesterday”): it decides where the "
            "visitor should go."
        ),
    }

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    visitor = forms.IntegerField(
        label=_("returning visitor"), required=False, widget=forms.HiddenInput
    )
    purpose = forms.ChoiceField(
        label=_("Came for"),
        choices=Visit.Purpose.choices,
        initial=Visit.Purpose.SEE_DOCTOR,
        widget=forms.RadioSelect,
        error_messages={"required": _("Tap what the visitor came for.")},
    )
    chief_complaint = forms.CharField(
        label=_("What is wrong?"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    temperature = forms.DecimalField(
        label=_("Temperature (°C)"),
        required=False,
        max_digits=4,
        decimal_places=1,
        widget=forms.NumberInput(attrs={"step": "0.1", "inputmode": "decimal"}),
        error_messages={"invalid": _("Enter the temperature as a number, e.g. 37.8.")},
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "off"}),
    )
    name = forms.CharField(label=_("Name"), required=False, max_length=60)
    sex = forms.ChoiceField(
        label=_("Sex"),
        choices=Visitor.Sex.choices,
        initial=Visitor.Sex.UNKNOWN,
        required=False,
        widget=forms.RadioSelect,
    )
    age = forms.IntegerField(
        label=_("Age"),
        required=False,
        min_value=0,
        max_value=120,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        error_messages={
            "min_value": _("Enter an age between 0 and 120."),
            "max_value": _("Enter an age between 0 and 120."),
        },
    )
    needs = forms.MultipleChoiceField(
        label=_("Needs"),
        choices=Visitor.Need.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    source = forms.ChoiceField(
        label=_("How did they hear of us?"),
        choices=[("", _("Not asked")), *Visitor.Source.choices],
        required=False,
        widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
    )
    arrived_at = forms.DateTimeField(
        label=_("Arrived at"),
        required=False,
        help_text=_("Leave empty for now."),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
    )

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean_sex(self) -> str:
        return self.cleaned_data.get("sex") or Visitor.Sex.UNKNOWN

    def clean_temperature(self) -> Decimal | None:
        value = self.cleaned_data.get("temperature")
        if value is not None and not TEMPERATURE_MIN <= value <= TEMPERATURE_MAX:
            raise ValidationError(
                self.error_messages["temperature_range"], code="temperature_range"
            )
        return value

    def clean_arrived_at(self):
        value = self.cleaned_data.get("arrived_at")
        if value is None:
            return None
        now = timezone.now()
        if value > now + ARRIVAL_CLOCK_SKEW:
            raise ValidationError(
                self.error_messages["arrival_in_future"], code="arrival_in_future"
            )
        if value < now - timedelta(days=1):
            raise ValidationError(self.error_messages["arrival_too_old"], code="arrival_too_old")
        return value

    def clean_visitor(self) -> Visitor | None:
        pk = self.cleaned_data.get("visitor")
        if not pk:
            return None
        visitor = Visitor.objects.filter(pk=pk).first()
        if visitor is None:
            raise ValidationError(_("That visitor no longer exists; log them as new."))
        return visitor

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        complaint = (data.get("chief_complaint") or "").strip()
        data["chief_complaint"] = complaint
        if data.get("purpose") == Visit.Purpose.SEE_DOCTOR and not complaint:
            self.add_error(
                "chief_complaint",
                ValidationError(
                    self.error_messages["complaint_required"], code="complaint_required"
                ),
            )
        return data
