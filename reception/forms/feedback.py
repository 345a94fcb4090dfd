"""The exit survey and the improvement plan: they parse; reception.services.feedback holds
the rules."""

from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.models import Department
from hospital.widgets import DayInput, TapChoices

from ..models import Feedback, FeedbackDimension, Visit

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# Five faces, mapped onto 0–100 so that averages read like the seed's "under 85" rule.
FACE_CHOICES = [
    (0, _("Very poor")),
    (25, _("Poor")),
    (50, _("Fair")),
    (75, _("Good")),
    (100, _("Excellent")),
]
# The mouth of each face, from a frown to a broad smile.
_MOUTHS = {
    0: "M12 29 Q20 21 28 29",
    25: "M12 28 Q20 24 28 28",
    50: "M12 27 L28 27",
    75: "M12 26 Q20 30 28 26",
    100: "M11 25 Q20 34 29 25",
}
_FACE = (
    '<svg class="d-block mx-auto" width="40" height="40" viewBox="0 0 40 40" aria-hidden="true">'
    '<circle cx="20" cy="20" r="17" fill="none" stroke="currentColor" stroke-width="2.5"/>'
    '<circle cx="14" cy="16" r="2.2" fill="currentColor"/>'
    '<circle cx="26" cy="16" r="2.2" fill="currentColor"/>'
    '<path d="{}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"/>'
    "</svg>{}"
)


def _face_choices() -> list[tuple[int, str]]:
    """Return the five faces with their words, in the language of this request."""
    return [(score, format_html(_FACE, _MOUTHS[score], label)) for score, label in FACE_CHOICES]


def _score_field(label: "StrOrPromise") -> forms.IntegerField:
    return forms.IntegerField(
        label=capfirst(label),
        min_value=0,
        max_value=100,
        widget=TapChoices(
            choices=FACE_CHOICES, button_class="btn btn-outline-primary btn-lg fd-face"
        ),
        error_messages={
            "required": _("Tap one of the five faces."),
            "min_value": _("Give a score from 0 to 100."),
            "max_value": _("Give a score from 0 to 100."),
            "invalid": _("Give a score from 0 to 100."),
        },
    )


class FeedbackForm(forms.Form):
    """The exit survey: six dimensions (seed 000 §六③), a comment and the visit it is about."""

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    visit = forms.IntegerField(
        label=_("Visit number"),
        required=False,
        min_value=1,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    channel = forms.ChoiceField(
        label=_("Given"),
        # "On their own phone" is the visitor's own answer by QR code, never the guide's to pick.
        choices=[c for c in Feedback.Channel.choices if c[0] != Feedback.Channel.MOBILE],
        initial=Feedback.Channel.TABLET,
        widget=TapChoices(button_class="btn btn-outline-secondary"),
    )
    care = _score_field(FeedbackDimension.CARE.label)
    attitude = _score_field(FeedbackDimension.ATTITUDE.label)
    fees = _score_field(FeedbackDimension.FEES.label)
    environment = _score_field(FeedbackDimension.ENVIRONMENT.label)
    ethos = _score_field(FeedbackDimension.ETHOS.label)
    recommend = _score_field(FeedbackDimension.RECOMMEND.label)
    comment = LinesField(rows=3, label=_("Anything else?"), required=False, max_length=2000)
    department = forms.ModelChoiceField(
        label=_("Department seen"),
        queryset=Department.objects.active(),
        required=False,
    )

    error_messages = {
        "no_visit": _("There is no visit with this number at this desk; check the number."),
    }

    def __init__(self, *args: Any, desk: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.desk = desk
        self.visit_obj: Visit | None = None
        faces = _face_choices()
        for name in FeedbackDimension.values:
            self.fields[name].widget.choices = faces

    def clean_visit(self) -> int | None:
        number = self.cleaned_data.get("visit")
        if number is None:
            return None
        visit = (
            Visit.objects.select_related("destination").filter(pk=number, desk=self.desk).first()
        )
        if visit is None:
            raise ValidationError(self.error_messages["no_visit"], code="no_visit")
        self.visit_obj = visit
        return number

    def scores(self) -> dict[str, int]:
        return {name: self.cleaned_data[name] for name in FeedbackDimension.values}


class ImprovementPlanForm(forms.Form):
    """The cause and plan for one flagged dimension (seed 003: within one week)."""

    idempotency_key = forms.UUIDField(widget=forms.HiddenInput)
    dimension = forms.ChoiceField(choices=FeedbackDimension.choices, widget=forms.HiddenInput)
    start = forms.DateField(widget=forms.HiddenInput)
    end = forms.DateField(widget=forms.HiddenInput)
    desk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    department = forms.IntegerField(required=False, widget=forms.HiddenInput)
    note = LinesField(
        rows=3,
        label=_("Cause and plan"),
        max_length=4000,
        error_messages={"required": _("Write the cause and what will change.")},
    )
    due_on = forms.DateField(
        label=_("Due by"),
        widget=DayInput(),
        error_messages={"required": _("Choose the date the plan is due, within a week.")},
    )
