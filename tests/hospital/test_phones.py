"""Phone numbers typed any way a caller says them are stored once, as E.164."""

import pytest
from django.core.exceptions import ValidationError

from hospital.phones import format_phone, mask_phone, normalise_phone, phone_tail


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("010-12345678", "+861012345678"),  # Beijing landline
        ("(010) 1234 5678", "+861012345678"),
        ("+86 10 1234 5678", "+861012345678"),  # the same landline from abroad
        ("021-12345678", "+862112345678"),  # Shanghai landline
        ("02112345678", "+862112345678"),
        ("0755-12345678", "+8675512345678"),  # four-digit area code
        ("13812345678", "+8613812345678"),
        ("138 1234 5678", "+8613812345678"),
        ("138-1234-5678", "+8613812345678"),
        ("１３８１２３４５６７８", "+8613812345678"),  # full-width digits
        ("８６　１３８１２３４５６７８", "+8613812345678"),  # and a full-width space
        ("8613812345678", "+8613812345678"),  # 86 without the plus
        ("+86 138 1234 5678", "+8613812345678"),
        ("0086 138 1234 5678", "+8613812345678"),
        ("400-820-8820", "+864008208820"),  # service numbers
        ("800-810-8888", "+868008108888"),
        ("+44 7911 123456", "+447911123456"),
    ],
)
def test_numbers_are_stored_in_e164(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == stored


def test_nothing_typed_is_no_number() -> None:
    assert normalise_phone("") == "" and normalise_phone("   ") == ""


@pytest.mark.parametrize(
    "typed", ["abc", "123", "12345", "1381234567", "010-1234567", "phone me", "+999 123"]
)
def test_garbage_is_refused_with_a_code(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        normalise_phone(typed)
    assert refused.value.code == "invalid_phone"
    assert "010-12345678" in refused.value.messages[0]


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("+8613812345678", "13812345678"),
        ("+861012345678", "010-12345678"),
        ("+862112345678", "021-12345678"),
        ("+8675512345678", "0755-12345678"),
        ("+864008208820", "400-820-8820"),
        ("+447911123456", "+44 7911 123456"),
        ("", ""),
    ],
)
def test_numbers_are_shown_as_written_at_the_desk(stored: str, shown: str) -> None:
    assert format_phone(stored) == shown


@pytest.mark.parametrize(
    ("stored", "masked"),
    [
        ("+8613812345678", "138****5678"),
        ("+861012345678", "010-****5678"),
        ("+447911123456", "+44 ******3456"),
        ("", ""),
    ],
)
def test_lists_show_only_the_ends_of_a_number(stored: str, masked: str) -> None:
    assert mask_phone(stored) == masked


def test_the_tail_is_what_a_caller_confirms() -> None:
    assert phone_tail("+8613812345678") == "5678"
    assert phone_tail("+8613812345678", digits=6) == "345678"
    assert phone_tail("") == ""
