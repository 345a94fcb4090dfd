"""What the visitor types on their phone: the reference and the phone's last four digits."""

from django import forms
from django.utils.translation import gettext_lazy as _


class ComplaintCheckForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference on your slip"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
        error_messages={"required": _("Type the reference printed on your slip.")},
    )
    digits = forms.RegexField(
        label=_("Last four digits of your phone"),
        regex=r"^\d{4}$",
        max_length=4,
        widget=forms.TextInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "pattern": "[0-9]{4}"}
        ),
        error_messages={
            "required": _("Type the last four digits of the phone number you gave us."),
            "invalid": _("Type four digits, e.g. 5678."),
        },
    )
