"""A walk-in's mobile typed as its 11 digits is stored as the phone parser would store it."""

import random

import pytest
from django.core.exceptions import ValidationError

from hospital.phones import _parsed, normalise_phone


def _answer(function, typed: str) -> str:
    try:
        return function(typed)
    except ValidationError as error:
        return f"refused: {error.code}"


def test_every_eleven_digit_number_starting_with_1_is_stored_or_refused_as_the_parser_says() -> (
    None
):
    # Every four-digit start a number beginning with 1 can have, each with several endings:
    # the mobiles the shortcut takes, and the carrier prefixes and unused ranges it must not.
    rng = random.Random(14)
    for start in range(1000, 2000):
        for ending in ("0000000", "9999999", *(f"{rng.randrange(10**7):07d}" for _ in range(4))):
            typed = f"{start}{ending}"
            assert _answer(normalise_phone, typed) == _answer(_parsed, typed), typed


@pytest.mark.parametrize(
    "typed",
    [
        "1381234567",
        "138123456789",
        "13812345678 ",
        "１３８１２３４５６７８",
        "17912345678",
        "12345678901",
    ],
)
def test_a_number_the_shortcut_does_not_take_is_answered_as_the_parser_says(typed: str) -> None:
    assert _answer(normalise_phone, typed) == _answer(_parsed, typed.strip())
