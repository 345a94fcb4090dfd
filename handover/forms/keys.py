"""The key register's forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.widgets import TapChoices

from ..models import KeyLoan
from .base import LG, DueBackMixin, FormTokenField, due_in_field, line_field


class KeyIssueForm(DueBackMixin, forms.Form):
    form_token = FormTokenField()
    issued_to = line_field(_("Issued to (name)"), max_length=60)
    purpose = line_field(_("Purpose"), max_length=120)
    due_in = due_in_field(initial=60)


class KeyReturnForm(forms.Form):
    loan = forms.IntegerField(widget=forms.HiddenInput, required=False)
    condition = forms.ChoiceField(
        label=_("Condition"),
        choices=[
            (KeyLoan.Condition.GOOD, _("Good")),
            (KeyLoan.Condition.DAMAGED, _("Damaged — withdraw it")),
        ],
        initial=KeyLoan.Condition.GOOD,
        widget=TapChoices(),
    )
    note = forms.CharField(label=_("Note"), max_length=200, required=False)


class KeyLostForm(forms.Form):
    loan = forms.IntegerField(widget=forms.HiddenInput, required=False)
    note = line_field(_("Where and when was it lost?"), max_length=200)


class LockChangedForm(forms.Form):
    copies = forms.IntegerField(
        label=_("New keys in the cabinet"),
        min_value=1,
        max_value=50,
        initial=2,
        widget=forms.NumberInput(attrs=LG),
    )
