"""The exit survey and the improvement plan: they parse; reception.services.feedback holds
the rules."""

from typing import TYPE_CHECKING, Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hospital.models import Department
from hospital.widgets import TapChoices

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


def _score_field(label: "StrOrPromise") -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        min_value=0,
        max_value=100,
        widget=forms.RadioSelect(choices=FACE_CHOICES),
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
        choices=Feedback.Channel.choices,
        initial=Feedback.Channel.TABLET,
        widget=TapChoices(button_class="btn btn-outline-secondary"),
    )
    care = _score_field(FeedbackDimension.CARE.label)
    attitude = _score_field(FeedbackDimension.ATTITUDE.label)
    fees = _score_field(FeedbackDimension.FEES.label)
    environment = _score_field(FeedbackDimension.ENVIRONMENT.label)
    ethos = _score_field(FeedbackDimension.ETHOS.label)
    recommend = _score_field(FeedbackDimension.RECOMMEND.label)
    comment = forms.CharField(
        label=_("Anything else?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
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
    note = forms.CharField(
        label=_("Cause and plan"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Write the cause and what will change.")},
    )
    due_on = forms.DateField(
        label=_("Due by"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"required": _("Choose the date the plan is due, within a week.")},
    )
