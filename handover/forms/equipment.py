"""Lending equipment."""

from datetime import datetime, timedelta
from typing import Any, cast

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from hospital.widgets import TapChoices
from reception.models import Visit

from .base import DUE_CHOICES, LG, SELECT_LG


class VisitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.visitor} · {timezone.localtime(obj.arrived_at):%H:%M}"


class LendForm(forms.Form):
    visit = VisitChoiceField(
        label=_("Visitor"),
        queryset=Visit.objects.none(),
        required=False,
        widget=forms.Select(attrs=SELECT_LG),
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
        initial=settings.ESCORT_LOAN_HOURS * 60,
        widget=TapChoices(id_prefix="due"),
    )

    def __init__(self, *args: Any, visits: QuerySet[Visit] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        visit = cast(forms.ModelChoiceField, self.fields["visit"])
        if visits is not None:
            visit.queryset = visits

    def due_back_at(self) -> datetime:
        return timezone.now() + timedelta(minutes=self.cleaned_data["due_in"])
