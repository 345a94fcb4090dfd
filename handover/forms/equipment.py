"""Lending equipment."""

from typing import Any, cast

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reception.models import Visit

from .base import SELECT_LG, DueBackMixin, due_in_field, line_field


class VisitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.visitor} · {timezone.localtime(obj.arrived_at):%H:%M}"


class LendForm(DueBackMixin, forms.Form):
    visit = VisitChoiceField(
        label=_("Visitor"),
        queryset=Visit.objects.none(),
        required=False,
        widget=forms.Select(attrs=SELECT_LG),
    )
    borrower_name = line_field(_("Or staff member's name"), max_length=60)
    due_in = due_in_field(initial=settings.ESCORT_LOAN_HOURS * 60)

    def __init__(self, *args: Any, visits: QuerySet[Visit] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        visit = cast(forms.ModelChoiceField, self.fields["visit"])
        if visits is not None:
            visit.queryset = visits
