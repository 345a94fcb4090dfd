"""Lending equipment."""

from datetime import datetime, timedelta
from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reception.models import Visit

from .base import DUE_CHOICES, LG


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
        initial=settings.ESCORT_LOAN_HOURS * 60,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args: Any, visits: QuerySet[Visit] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if visits is not None:
            self.fields["visit"].queryset = visits
        self.fields["visit"].label_from_instance = lambda v: (
            f"{v.visitor} · {timezone.localtime(v.arrived_at):%H:%M}"
        )

    def due_back_at(self) -> datetime:
        return timezone.now() + timedelta(minutes=self.cleaned_data["due_in"])
