"""Escort and handoff forms: they validate and normalise; the services act."""

from typing import Any, cast

from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from hospital.forms import LinesField
from hospital.models import Department, Desk
from hospital.widgets import TapChoices

from ..models import Equipment, EquipmentLoan, Handoff
from .base import SELECT_LG, line_field


class EscortForm(forms.Form):
    destination = forms.ModelChoiceField(
        label=_("Destination"),
        queryset=Department.objects.active(),
        required=False,
        widget=forms.Select(attrs=SELECT_LG),
        help_text=_("Leave as it is to go where the visit was routed."),
    )
    wheelchair = forms.ModelChoiceField(
        label=_("Lend a wheelchair"),
        queryset=Equipment.objects.none(),
        required=False,
        empty_label=_("No wheelchair"),
        widget=forms.Select(attrs=SELECT_LG),
    )
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, desk: Desk | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Wheelchairs of this desk that are in service and not out on a loan.
        cast(forms.ModelChoiceField, self.fields["wheelchair"]).queryset = (
            Equipment.objects.filter(desk=desk, kind=Equipment.Kind.WHEELCHAIR, is_active=True)
            .exclude(
                Exists(EquipmentLoan.objects.filter(equipment=OuterRef("pk"), returned_at=None))
            )
            .order_by("label")
            if desk is not None
            else Equipment.objects.none()
        )


class HandoffForm(forms.Form):
    receiver_role = forms.ChoiceField(
        label=_("Handed to"),
        choices=Handoff.ReceiverRole.choices,
        widget=TapChoices(id_prefix="role"),
        error_messages={"required": _("Tap who took over: floor guide, nurse, doctor or other.")},
    )
    receiver_name = line_field(_("Their name"), max_length=60)
    receiver_title = line_field(_("Their title"), max_length=40)
    situation = LinesField(
        label=_("Situation"),
        required=False,
        max_length=1000,
        help_text=_("What is wrong, in a sentence."),
    )
    special_needs = LinesField(label=_("Special needs"), required=False, max_length=1000)
    promised = LinesField(label=_("What was promised"), required=False, max_length=1000)
    version = forms.IntegerField(widget=forms.HiddenInput)
