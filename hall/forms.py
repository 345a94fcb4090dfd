"""Hall forms: they parse only; hall.services hold the rules."""

from django import forms
from django.utils.translation import gettext_lazy as _

from hospital.models import Department


class CallNextForm(forms.Form):
    """Which department's next number to call, and to which room."""

    department = forms.ModelChoiceField(
        queryset=Department.objects.active(),
        widget=forms.HiddenInput,
        error_messages={
            "required": _("Choose the department whose next number to call."),
            "invalid_choice": _("That department is not in the directory; reload the page."),
        },
    )
    room = forms.CharField(
        label=_("Room"),
        max_length=40,
        required=False,
        help_text=_("Optional, e.g. Room 3; the department's location is announced otherwise."),
        error_messages={"max_length": _("Write the room in at most %(limit_value)d characters.")},
    )
