"""The directory's search: parsed through form fields, so bad input is a message, never a 500."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from hospital.filters import IdField

from .directory import Search
from .models import HalfDay, Speciality, Weekday

# "thu-pm": the half-day chips post one value each, so a guide taps once.
WHEN_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def when_value(weekday: int, half_day: str) -> str:
    return f"{WHEN_DAYS[weekday]}-{half_day}"


class DirectorySearchForm(forms.Form):
    q = forms.CharField(
        label=_("Speciality or symptom"),
        required=False,
        max_length=200,
        widget=forms.TextInput(
            attrs={
                "class": "form-control form-control-lg",
                "placeholder": _("e.g. knee pain, 膝盖疼, diabetes"),
                "autocomplete": "off",
            }
        ),
        error_messages={"max_length": _("Keep it under 200 characters.")},
    )
    speciality = IdField(Speciality.objects.all(), label=_("Speciality"))
    when = forms.CharField(required=False, max_length=8)

    error_messages = {
        "bad_when": _("Choose a weekday and half-day from the grid."),
    }

    def clean_when(self) -> tuple[int | None, str]:
        value = self.cleaned_data.get("when") or ""
        if not value:
            return None, ""
        day, _sep, half = value.partition("-")
        if day not in WHEN_DAYS or half not in ("", *HalfDay.values):
            raise ValidationError(self.error_messages["bad_when"], code="bad_when")
        return WHEN_DAYS.index(day), half

    def search(self) -> Search:
        weekday, half_day = self.cleaned_data["when"]
        return Search(
            text=self.cleaned_data["q"].strip(),
            speciality=self.cleaned_data["speciality"],
            weekday=weekday,
            half_day=half_day,
        )


def when_grid(selected: tuple[int | None, str] | None) -> list[dict[str, Any]]:
    """Return the week's rows of half-day chips, each with its value and whether it is chosen."""
    rows = []
    for weekday, label in Weekday.choices:
        rows.append(
            {
                "label": label,
                "cells": [
                    {
                        "value": when_value(weekday, half),
                        "label": half_label,
                        "selected": selected == (weekday, half),
                    }
                    for half, half_label in HalfDay.choices
                ],
            }
        )
    return rows
