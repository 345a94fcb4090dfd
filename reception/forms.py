"""Reception forms: they validate and normalise; reception.services acts."""

from datetime import timedelta
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.models import Department

from .models import Feedback, FeedbackDimension, Inquiry, Visit, Visitor
from .phones import normalise_phone

# --- issue 3: the walk-in form ------------------------------------------------------------------

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


# --- end issue 3 ---------------------------------------------------------------------------------


# --- Inquiries, callbacks and exit feedback (issue 7) ------------------------------------------


def _local_now_input() -> str:
    return timezone.localtime().strftime("%Y-%m-%dT%H:%M")


def _bootstrap(form: forms.Form) -> None:
    """Give text inputs and selects Bootstrap's large touch classes; radios are tap buttons."""
    for field in form.fields.values():
        widget = field.widget
        if isinstance(widget, forms.RadioSelect | forms.HiddenInput):
            continue
        css = "form-select form-select-lg" if isinstance(widget, forms.Select) else "form-control"
        widget.attrs.setdefault("class", css)


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
        widget=forms.RadioSelect,
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
        widget=forms.RadioSelect,
    )
    question = forms.CharField(
        label=_("Question"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    answer = forms.CharField(
        label=_("Answer given"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=Inquiry.Outcome.choices,
        initial=Inquiry.Outcome.ANSWERED,
        required=False,  # a missed call's outcome is always a callback
        widget=forms.RadioSelect,
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
        widget=forms.RadioSelect,
    )
    callback_due_on = forms.DateField(
        label=_("or on this date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    rang_at = forms.DateTimeField(
        label=_("Phone rang at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    answered_at = forms.DateTimeField(
        label=_("Answered at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    error_messages = {
        "question_required": _("Write down what they asked, even in a few words."),
        "phone_required": _("A call needs the caller's number, so that someone can call back."),
        "outcome_required": _("Tap what came of it: answered, transferred, callback or closed."),
        "department_required": _("Choose the department it was transferred to."),
        "callback_when": _("Tap when to call back, or choose a date."),
        "callback_past": _("The callback date is in the past: choose today or later."),
        "answered_before_ring": _("The call cannot be answered before it rang."),
        "expected_past": _("The expected visit date is in the past."),
        "expected_needs_phone": _(
            "Give the phone too: at the end of the day it tells whether they came."
        ),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bootstrap(self)

    def clean_phone(self) -> str:
        return normalise_phone(self.cleaned_data.get("phone", ""))

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        channel = data.get("channel")
        today = timezone.localdate()
        if channel == Inquiry.Channel.MISSED:
            data["outcome"] = Inquiry.Outcome.CALLBACK
            data["answered_at"] = None
        else:
            if not (data.get("question") or "").strip():
                self.add_error(
                    "question",
                    ValidationError(self.error_messages["question_required"], code="required"),
                )
            if not data.get("outcome") and "outcome" not in self.errors:
                self.add_error(
                    "outcome",
                    ValidationError(self.error_messages["outcome_required"], code="required"),
                )
        if (
            channel in (Inquiry.Channel.MISSED, Inquiry.Channel.PHONE_OUT)
            and not data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone", ValidationError(self.error_messages["phone_required"], code="required")
            )
        outcome = data.get("outcome")
        if outcome == Inquiry.Outcome.TRANSFERRED and not data.get("transferred_to"):
            self.add_error(
                "transferred_to",
                ValidationError(self.error_messages["department_required"], code="required"),
            )
        if outcome == Inquiry.Outcome.CALLBACK and channel != Inquiry.Channel.MISSED:
            due = data.get("callback_due_on")
            if due is None and not data.get("callback_in") and "callback_due_on" not in self.errors:
                self.add_error(
                    "callback_in",
                    ValidationError(self.error_messages["callback_when"], code="required"),
                )
            if due is not None and due < today:
                self.add_error(
                    "callback_due_on",
                    ValidationError(self.error_messages["callback_past"], code="past"),
                )
        rang, answered = data.get("rang_at"), data.get("answered_at")
        if rang and answered and answered < rang:
            self.add_error(
                "answered_at",
                ValidationError(self.error_messages["answered_before_ring"], code="order"),
            )
        expected = data.get("expected_visit_on")
        if expected is not None:
            if expected < today:
                self.add_error(
                    "expected_visit_on",
                    ValidationError(self.error_messages["expected_past"], code="past"),
                )
            elif not data.get("phone") and "phone" not in self.errors:
                self.add_error(
                    "phone",
                    ValidationError(self.error_messages["expected_needs_phone"], code="required"),
                )
        return data


class CallbackDoneForm(forms.Form):
    """What came of calling back."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    result = forms.CharField(
        label=_("Result"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={
            "required": _("Write down what came of the call, e.g. no answer or answered.")
        },
    )
    expected_visit_on = forms.DateField(
        label=_("Said they will come on"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bootstrap(self)

    def clean_expected_visit_on(self) -> Any:
        value = self.cleaned_data.get("expected_visit_on")
        if value is not None and value < timezone.localdate():
            raise ValidationError(_("The expected visit date is in the past."), code="past")
        return value


# Five faces, mapped onto 0–100 so that averages read like the seed's "under 85" rule.
FACE_CHOICES = [
    (0, _("Very poor")),
    (25, _("Poor")),
    (50, _("Fair")),
    (75, _("Good")),
    (100, _("Excellent")),
]


def _score_field(label: str) -> forms.IntegerField:
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
    visit = forms.IntegerField(label=_("Visit number"), required=False, min_value=1)
    channel = forms.ChoiceField(
        label=_("Given"),
        choices=Feedback.Channel.choices,
        initial=Feedback.Channel.TABLET,
        widget=forms.RadioSelect,
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
        "duplicate": _("This visit already has its feedback: one submission per visit."),
    }

    def __init__(self, *args: Any, desk: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _bootstrap(self)
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
        if visit.feedback.exists():
            raise ValidationError(self.error_messages["duplicate"], code="duplicate")
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
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"required": _("Choose the date the plan is due, within a week.")},
    )

    def clean_due_on(self) -> Any:
        due = self.cleaned_data["due_on"]
        today = timezone.localdate()
        if not today <= due <= today + timedelta(days=7):
            raise ValidationError(
                _("The plan is due within a week: choose a date from today to 7 days on."),
                code="due",
            )
        return due
