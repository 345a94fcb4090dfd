"""The handover sheet's forms and the supervisor's filters."""

from typing import Any, cast

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.models import Desk
from hospital.roles import Role
from hospital.widgets import TapChoices

from ..models import ChecklistEntry, HandoverSheet
from .base import LG, SELECT_LG, FormTokenField


class ColleagueChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.get_full_name() or obj.get_username())


class SheetForm(forms.Form):
    """The outgoing's draft: work log, who takes over, and one ✓/×/n/a with comment per line."""

    version = forms.IntegerField(widget=forms.HiddenInput)
    incoming = ColleagueChoiceField(
        label=_("Incoming colleague"),
        queryset=get_user_model().objects.none(),
        required=False,
        widget=forms.Select(attrs=SELECT_LG),
    )
    work_log = LinesField(rows=4, attrs=LG, label=_("Work log"), required=False, max_length=4000)

    def __init__(self, *args: Any, sheet: HandoverSheet, entries: list, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entries = entries
        incoming = cast(forms.ModelChoiceField, self.fields["incoming"])
        incoming.queryset = (
            get_user_model()
            .objects.filter(is_active=True, groups__name__in=[Role.GUIDE, Role.SUPERVISOR])
            .exclude(pk=sheet.outgoing_id)
            .distinct()
            .order_by("first_name", "username")
        )
        for entry in entries:
            self.fields[f"mark_{entry.pk}"] = forms.ChoiceField(
                label=entry.label,
                choices=ChecklistEntry.Mark.choices,
                required=False,
                widget=TapChoices(button_class="btn btn-outline-secondary btn-lg fd-mark"),
            )
            self.fields[f"comment_{entry.pk}"] = forms.CharField(
                label=_("Comment"),
                required=False,
                max_length=200,
                widget=forms.TextInput(attrs={**LG, "placeholder": _("What needs fixing?")}),
            )

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
    reason = LinesField(
        attrs=LG,
        label=_("Why do you refuse?"),
        max_length=1000,
        required=False,  # the service asks for the reason, next to the field
    )


class AddendumForm(forms.Form):
    form_token = FormTokenField()
    text = LinesField(attrs=LG, label=_("Addendum"), max_length=2000, required=False)


class DailySheetForm(forms.Form):
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={**LG, "type": "date"}))
    desk = forms.ModelChoiceField(
        label=_("Desk"),
        queryset=Desk.objects.filter(is_active=True),
        required=False,
        empty_label=_("All desks"),
        widget=forms.Select(attrs=SELECT_LG),
    )


class SheetFilterForm(DailySheetForm):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[("", _("Any status")), *HandoverSheet.Status.choices],
        required=False,
        widget=forms.Select(attrs=SELECT_LG),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["date"].required = False
