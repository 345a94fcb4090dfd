"""A temperature said in the complaint, as visitors say it: "38度5" is 38.5 °C."""

from decimal import Decimal

import pytest

from triage.routing.inputs import temperature_in_text


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("体温38度5", "38.5"),
        ("体温：38度5，咳嗽", "38.5"),
        ("烧到39度2了", "39.2"),
        ("發燒 40度8", "40.8"),
        ("35度5", "35.5"),
        ("体温38度，头痛", "38.0"),
        ("体温38.5度", "38.5"),
    ],
)
def test_a_temperature_said_with_its_tenth_after_the_degree(said: str, read: str) -> None:
    assert temperature_in_text(said) == Decimal(read)


def test_a_tenth_after_the_degree_is_not_read_as_the_whole_degree_below() -> None:
    # 35.5 °C is a cool visitor; read as 35.0 it would be a red flag (≤ 35 °C).
    assert temperature_in_text("体温35度5，手脚冰凉") == Decimal("35.5")


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # An age, a time or a count after the word is no temperature.
        ("体温正常，35岁，想体检", None),
        ("发烧38度，35岁", Decimal("38")),
        ("temperature fine, 36 years old", None),
        ("体温一直36.5，已经3天了", Decimal("36.5")),
        ("体温37.2", Decimal("37.2")),
    ],
)
def test_an_age_after_the_word_is_no_temperature(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Sore ears, 38.4 temperature since last night", Decimal("38.4")),
        ("a 39.2 fever and a headache", Decimal("39.2")),
        ("she has had a 38 temp all day", Decimal("38.0")),
        # Not a reading: part of a longer number, an age with a normal temperature.
        ("138.1 temperature", None),
        ("she is 38, temperature normal", None),
        ("2.38 temp", None),
    ],
)
def test_a_temperature_said_before_its_word_in_english(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # Measured (量了, 测到, 探到) before a number of degrees in numerals.
        ("刚才量了三十八度五", Decimal("38.5")),
        ("测到三十九度", Decimal("39.0")),
        ("啱啱探到三十八度二", Decimal("38.2")),
        # A fever's word of degree before the reading ("有点烧", "低烧").
        ("昨晚有点烧，三十八度二", Decimal("38.2")),
        ("一直低烧三十七度八", Decimal("37.8")),
        # Not a reading: a blood pressure measured, a room's warmth without 量.
        ("量了血压一百四", None),
        ("今天三十八度，好热", None),
        ("有点烧心，外面三十八度", None),
    ],
)
def test_a_reading_measured_in_numerals(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # A reading reached, in English, with a tenth and no word of fever.
        ("little boy's at 39.6 and sleepy", Decimal("39.6")),
        ("Running 38.4 since this morning", Decimal("38.4")),
        ("it hit 40.2 overnight", Decimal("40.2")),
        ("spiked to 39.1 after lunch", Decimal("39.1")),
        ("woke up with 38.7 and the shivers", Decimal("38.7")),
        ("came down with 39.2 last night", Decimal("39.2")),
        # Not a reading: no tenth, another unit after it, a normal figure.
        ("she is at 39 weeks", None),
        ("she is at 38.5 weeks", None),
        ("my weight is up to 39.5 kg", None),
        ("running 5.2 km a day", None),
        ("woke up with 38.5 kg of bags to carry", None),
    ],
)
def test_a_reading_reached_in_english(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # The temperature's word, then a verb or two before the reading (the 104th file's desks).
        ("Temp's been 38.7 since Tuesday, aching all over", Decimal("38.7")),
        ("my temperature was 39.3 at bedtime", Decimal("39.3")),
        ("his fever has been around 38.5 for two days", Decimal("38.5")),
        ("temp is still 38.8 after paracetamol", Decimal("38.8")),
        ("her temperature stayed at 39 all night", Decimal("39.0")),
        # Not a reading: an age, a count, a weight or the weather's words between.
        ("temperature is normal, 38 years old", None),
        ("the temperature outside is 38 today", None),
        ("fever has been 40 hours now", None),
        ("temp was 36 days ago", None),
    ],
)
def test_a_reading_after_the_temperatures_word_and_a_verb(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read
