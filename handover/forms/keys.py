"""The key register's forms."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.widgets import TapChoices

from ..models import KeyLoan
from .base import LG, DueBackMixin, FormTokenField, due_in_field


class KeyIssueForm(DueBackMixin, forms.Form):
    form_token = FormTokenField()
    issued_to = forms.CharField(
        label=_("Issued to (name)"),
        max_length=60,
        required=False,  # the service says what is missing, next to the field
        widget=forms.TextInput(attrs=LG),
    )
    purpose = forms.CharField(
        label=_("Purpose"),
        max_length=120,
        required=False,
        widget=forms.TextInput(attrs=LG),
    )
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
