"""Triage forms: they validate and normalise; triage.services acts."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.models import Department
from hospital.widgets import MomentInput, TapChoices
from reception.models import Urgency


class RouteForm(forms.Form):
    """One tap: a suggestion (`pick` = "CODE:LEVEL") or any department with the chosen level."""

    pick = forms.CharField(required=False, widget=forms.HiddenInput)
    department = forms.ModelChoiceField(
        label=_("Another department"),
        queryset=Department.objects.active(),
        to_field_name="code",
        required=False,
        error_messages={"invalid_choice": _("Choose a department from the list.")},
    )
    urgency = forms.ChoiceField(
        label=_("Urgency"),
        choices=Urgency.choices,
        required=False,
        widget=TapChoices(id_prefix="urgency", button_class="btn btn-outline-danger"),
    )
    override_reason = forms.CharField(
        label=_("Why not the suggestion? (optional)"), max_length=200, required=False
    )
    version = forms.IntegerField(widget=forms.HiddenInput)
    # Without it (an old page) the visit's version still refuses a second decision.
    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        pick = data.get("pick") or ""
        if pick:
            code, _sep, level = pick.partition(":")
            department = Department.objects.active().filter(code=code).first()
            if department is None or level not in Urgency.values:
                raise ValidationError(_("That suggestion is no longer available; choose again."))
            data["department"], data["urgency"] = department, level
        elif not data.get("department"):
            self.add_error("department", _("Tap a suggestion or choose a department."))
        elif not data.get("urgency"):
            self.add_error("urgency", _("Choose an urgency level."))
        return data


class SpottedAtField(forms.DateTimeField):
    """When the change was actually seen: a local date and time, minute precision."""

    widget = MomentInput(attrs={"class": "form-control-lg"})

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("label", _("Seen at"))
        kwargs.setdefault(
            "help_text",
            _("When the change was actually seen; the clock to the team call starts here."),
        )
        kwargs.setdefault(
            "error_messages", {"invalid": _("Enter a date and time, e.g. 2026-03-02 08:15.")}
        )
        super().__init__(**kwargs)


class SpottedAtForm(forms.Form):
    spotted_at = SpottedAtField()


class EscalationForm(forms.Form):
    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput)
    spotted_at = SpottedAtField(required=False)
    observation = LinesField(
        rows=3,
        attrs={"class": "form-control-lg"},
        label=_("What did you see?"),
        max_length=1000,
        error_messages={"required": _("Write in a few words what you saw.")},
    )
