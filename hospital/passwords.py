"""Passwords a hospital's staff pick first, refused along with Django's list of common ones."""

import string
from pathlib import Path
from typing import Any

from django.contrib.auth.password_validation import CommonPasswordValidator
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

HOSPITAL_PASSWORD_LIST = Path(__file__).resolve().parent / "data" / "common-passwords.txt"
_EDGES = string.digits + string.punctuation + " "


class HospitalPasswordValidator(CommonPasswordValidator):
    """Refuse the hospital's own common passwords, also with digits or symbols around them.

    "hospital1", "Hospital@2026" and "yiyuan123" are the first guesses of anyone who knows where
    the tablet stands: the list names the words (lower case), and a password that is one of them
    with only digits and punctuation added before or after is refused too.
    """

    def __init__(self, password_list_path: Path | str = HOSPITAL_PASSWORD_LIST) -> None:
        super().__init__(password_list_path=password_list_path)
        self.passwords = {line for line in self.passwords if line and not line.startswith("#")}

    def validate(self, password: str, user: Any = None) -> None:
        lowered = password.lower().strip()
        if lowered in self.passwords or lowered.strip(_EDGES) in self.passwords:
            raise ValidationError(self.get_error_message(), code="password_too_common")

    def get_error_message(self) -> str:
        return _("This password is one of the first that anyone would guess in a hospital.")

    def get_help_text(self) -> str:
        return _("Your password can’t be a word everyone in a hospital would guess first.")
