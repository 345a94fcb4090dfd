"""Forms of handover: they validate and normalise; the services act."""

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.roles import Role
from reception.models import Visit

from .models import AfterHoursEntry, ChecklistEntry, HandoverSheet, KeyLoan

LG = {"class": "form-control form-control-lg"}

# One-tap choices for "due back": minutes from now.
DUE_CHOICES = [
    (30, _("in 30 minutes")),
    (60, _("in 1 hour")),
    (120, _("in 2 hours")),
    (240, _("in 4 hours")),
    (480, _("in 8 hours")),
]


def apply_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal next to the field it names, else at the top of the form."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class SheetForm(forms.Form):
    """The outgoing's draft: work log, who takes over, and one ✓/×/n/a with comment per line."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    incoming = forms.ModelChoiceField(
        label=_("Incoming colleague"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
    )
    work_log = forms.CharField(
        label=_("Work log"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={**LG, "rows": 4}),
    )

    def __init__(self, *args: Any, sheet: HandoverSheet, entries: list, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entries = entries
        self.fields["incoming"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=[Role.GUIDE, Role.SUPERVISOR])
            .exclude(pk=sheet.outgoing_id)
            .distinct()
            .order_by("first_name", "username")
        )
        self.fields["incoming"].label_from_instance = lambda u: u.get_full_name() or u.username
        for entry in entries:
            self.fields[f"mark_{entry.pk}"] = forms.ChoiceField(
                label=entry.label,
                choices=ChecklistEntry.Mark.choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields[f"comment_{entry.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={**LG, "placeholder": _("What needs fixing?")}),
            )

    def clean(self) -> dict:
        data = super().clean()
        for entry in self.entries:
            mark = data.get(f"mark_{entry.pk}")
            comment = (data.get(f"comment_{entry.pk}") or "").strip()
            if mark == ChecklistEntry.Mark.FAULT and not comment:
                self.add_error(f"comment_{entry.pk}", _("Say what is wrong: a × needs a comment."))
        return data

    def rows(self) -> list[dict]:
        return [
            {"entry": e, "mark": self[f"mark_{e.pk}"], "comment": self[f"comment_{e.pk}"]}
            for e in self.entries
        ]

    def marks(self) -> dict[int, tuple[str, str]]:
        return {
            e.pk: (
                self.cleaned_data.get(f"mark_{e.pk}") or "",
                self.cleaned_data.get(f"comment_{e.pk}") or "",
            )
            for e in self.entries
        }


class RefuseForm(forms.Form):
    reason = forms.CharField(
        label=_("Why do you refuse?"),
        max_length=1000,
        widget=forms.Textarea(attrs={**LG, "rows": 2}),
        error_messages={
            "required": _("Say why you refuse, so the outgoing colleague can put it right.")
        },
    )


class AddendumForm(forms.Form):
    text = forms.CharField(
        label=_("Addendum"),
        max_length=2000,
        widget=forms.Textarea(attrs={**LG, "rows": 2}),
        error_messages={"required": _("Write the correction.")},
    )


class KeyIssueForm(forms.Form):
    issued_to = forms.CharField(
        label=_("Issued to (name)"),
        max_length=60,
        widget=forms.TextInput(attrs=LG),
        error_messages={"required": _("Write the name of the person who takes the key.")},
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=120,
        widget=forms.TextInput(attrs=LG),
        error_messages={"required": _("Say what the key is for.")},
    )
    due_in = forms.TypedChoiceField(
        label=_("Due back"),
        choices=DUE_CHOICES,
        coerce=int,
        initial=60,
        widget=forms.RadioSelect,
    )

    def due_back_at(self):
        return timezone.now() + timedelta(minutes=self.cleaned_data["due_in"])


class KeyReturnForm(forms.Form):
    loan = forms.IntegerField(widget=forms.HiddenInput, required=False)
    condition = forms.ChoiceField(
        label=_("Condition"),
        choices=[
            (KeyLoan.Condition.GOOD, _("Good")),
            (KeyLoan.Condition.DAMAGED, _("Damaged — withdraw it")),
        ],
        initial=KeyLoan.Condition.GOOD,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class KeyLostForm(forms.Form):
    loan = forms.IntegerField(widget=forms.HiddenInput, required=False)
    note = forms.CharField(
        label=_("Where and when was it lost?"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs=LG),
    )


class LockChangedForm(forms.Form):
    copies = forms.IntegerField(
        label=_("New keys in the cabinet"),
        min_value=1,
        max_value=50,
        initial=2,
        widget=forms.NumberInput(attrs=LG),
    )


class LendForm(forms.Form):
    visit = forms.ModelChoiceField(
        label=_("Visitor"),
        queryset=Visit.objects.none(),
        required=False,
        widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
    )
    borrower_name = forms.CharField(
        label=_("Or staff member's name"),
        max_length=60,
        required=False,
        widget=forms.TextInput(attrs=LG),
    )
    due_in = forms.TypedChoiceField(
        label=_("Due back"),
        choices=DUE_CHOICES,
        coerce=int,
        initial=120,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, visits=None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if visits is not None:
            self.fields["visit"].queryset = visits
        self.fields["visit"].label_from_instance = lambda v: (
            f"{v.visitor} · {timezone.localtime(v.arrived_at):%H:%M}"
        )

    def clean(self) -> dict:
        data = super().clean()
        if not data.get("visit") and not (data.get("borrower_name") or "").strip():
            self.add_error(
                "borrower_name",
                _("Say who borrows it: choose the visit or write the person's name."),
            )
        return data

    def due_back_at(self):
        return timezone.now() + timedelta(minutes=self.cleaned_data["due_in"])


class BookEntryForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=AfterHoursEntry.Kind.choices,
        initial=AfterHoursEntry.Kind.REQUEST,
        widget=forms.RadioSelect,
    )
    text = forms.CharField(
        label=_("What they said"),
        max_length=2000,
        widget=forms.Textarea(attrs={**LG, "rows": 3}),
        error_messages={"required": _("Write what the caller said.")},
    )
    caller_name = forms.CharField(
        label=_("Name"), max_length=60, required=False, widget=forms.TextInput(attrs=LG)
    )
    caller_phone = forms.CharField(
        label=_("Phone"), max_length=20, required=False, widget=forms.TextInput(attrs=LG)
    )
    is_urgent = forms.BooleanField(
        label=_("Urgent: I have told the managers (seed 000 §3.3)"),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input", "role": "switch"}),
    )


class HandOverForm(forms.Form):
    note = forms.CharField(
        label=_("Note to security"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={**LG, "rows": 2}),
    )


class DailySheetForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={**LG, "type": "date"}))
    desk = forms.ModelChoiceField(
        label=_("Desk"),
        queryset=None,
        required=False,
        empty_label=_("All desks"),
        widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        from hospital.models import Desk

        super().__init__(*args, **kwargs)
        self.fields["desk"].queryset = Desk.objects.filter(is_active=True)


class SheetFilterForm(DailySheetForm):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *HandoverSheet.Status.choices],
        required=False,
        widget=forms.Select(attrs={"class": "form-select form-select-lg"}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["date"].required = False
