"""The six-digit code of a staff member's authenticator app."""

from typing import ClassVar

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise


class OTPTokenForm(forms.Form):
    """Read the code as typed (spaces allowed); the device decides whether it is right."""

    WRONG: ClassVar[StrOrPromise] = _(
        "That code is not right or has expired: type the six digits your app shows now."
    )

    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "autofocus": True,
                "class": "form-control form-control-lg",
            }
        ),
        error_messages={"required": _("Type the six digits your app shows.")},
    )

    def clean_token(self) -> str:
        token = "".join(self.cleaned_data["token"].split())
        if not (token.isascii() and token.isdigit() and 6 <= len(token) <= 8):
            raise ValidationError(self.WRONG, code="wrong_token")
        return token
