"""The hand-written files taught in batches since the forty-second, oldest first, and the tests
each batch's module holds: for its files, each is of its make-up and new beside every file before
it and passes the issue's gate (top-1 ≥ 97 %, every emergency, false emergencies ≤ 2 %) on the
rules the migrations load; for its tables (the families taught, their look-alikes and the red
flags beside them), each row where it belongs."""

import pytest

from tests.triage.routing_helpers import (
    measured,
    not_emergencies,
    off_their_desk,
    read_cases,
    rows_of,
    sent_to_emergency,
)
from tests.triage.test_routing_new_files import assert_new_beside_its_batch
from triage.routing.engine import Engine


def _files(*nths: str) -> tuple[str, ...]:
    return tuple(f"routing-{nth}-handwritten.jsonl" for nth in nths)


BATCHES = {
    "forty_second_to_seventh": _files(
        "forty-second", "forty-third", "forty-fourth", "forty-fifth", "forty-sixth", "forty-seventh"
    ),
    "fifty_first_to_sixth": _files(
        "fifty-first", "fifty-second", "fifty-third", "fifty-fourth", "fifty-fifth", "fifty-sixth"
    ),
    "sixtieth_to_sixty_fifth": _files(
        "sixtieth", "sixty-first", "sixty-second", "sixty-third", "sixty-fourth", "sixty-fifth"
    ),
    "sixty_sixth_to_ninth": _files("sixty-sixth", "sixty-seventh", "sixty-eighth", "sixty-ninth"),
    "seventieth_to_seventy_third": _files(
        "seventieth", "seventy-first", "seventy-second", "seventy-third"
    ),
    "seventy_fourth_to_seventh": _files(
        "seventy-fourth", "seventy-fifth", "seventy-sixth", "seventy-seventh"
    ),
    "seventy_eighth_to_eighty_first": _files(
        "seventy-eighth", "seventy-ninth", "eightieth", "eighty-first"
    ),
    "eighty_second_to_fifth": _files(
        "eighty-second", "eighty-third", "eighty-fourth", "eighty-fifth"
    ),
    "eighty_sixth_to_ninth": _files(
        "eighty-sixth", "eighty-seventh", "eighty-eighth", "eighty-ninth"
    ),
    "ninetieth_to_ninety_third": _files(
        "ninetieth", "ninety-first", "ninety-second", "ninety-third"
    ),
    "ninety_fourth_to_seventh": _files(
        "ninety-fourth", "ninety-fifth", "ninety-sixth", "ninety-seventh"
    ),
    "ninety_eighth_to_one_hundred_first": _files(
        "ninety-eighth", "ninety-ninth", "one-hundredth", "one-hundred-first"
    ),
    "one_hundred_second_to_fifth": _files(
        "one-hundred-second", "one-hundred-third", "one-hundred-fourth", "one-hundred-fifth"
    ),
    "one_hundred_sixth_to_ninth": _files(
        "one-hundred-sixth", "one-hundred-seventh", "one-hundred-eighth", "one-hundred-ninth"
    ),
    "one_hundred_tenth_to_thirteenth": _files(
        "one-hundred-tenth", "one-hundred-eleventh", "one-hundred-twelfth", "one-hundred-thirteenth"
    ),
    "one_hundred_eighteenth_to_twenty_first": _files(
        "one-hundred-eighteenth",
        "one-hundred-nineteenth",
        "one-hundred-twentieth",
        "one-hundred-twenty-first",
    ),
    "one_hundred_twenty_second_to_fifth": _files(
        "one-hundred-twenty-second",
        "one-hundred-twenty-third",
        "one-hundred-twenty-fourth",
        "one-hundred-twenty-fifth",
    ),
    "one_hundred_thirtieth_to_thirty_third": _files(
        "one-hundred-thirtieth",
        "one-hundred-thirty-first",
        "one-hundred-thirty-second",
        "one-hundred-thirty-third",
    ),
    "one_hundred_thirty_eighth_to_forty_first": _files(
        "one-hundred-thirty-eighth",
        "one-hundred-thirty-ninth",
        "one-hundred-fortieth",
        "one-hundred-forty-first",
    ),
    "one_hundred_forty_sixth_to_ninth": _files(
        "one-hundred-forty-sixth",
        "one-hundred-forty-seventh",
        "one-hundred-forty-eighth",
        "one-hundred-forty-ninth",
    ),
    "one_hundred_fiftieth_to_fifty_third": _files(
        "one-hundred-fiftieth",
        "one-hundred-fifty-first",
        "one-hundred-fifty-second",
        "one-hundred-fifty-third",
    ),
    "one_hundred_fifty_fourth_to_seventh": _files(
        "one-hundred-fifty-fourth",
        "one-hundred-fifty-fifth",
        "one-hundred-fifty-sixth",
        "one-hundred-fifty-seventh",
    ),
    "one_hundred_sixty_second_to_fifth": _files(
        "one-hundred-sixty-second",
        "one-hundred-sixty-third",
        "one-hundred-sixty-fourth",
        "one-hundred-sixty-fifth",
    ),
    "one_hundred_sixty_sixth_to_ninth": _files(
        "one-hundred-sixty-sixth",
        "one-hundred-sixty-seventh",
        "one-hundred-sixty-eighth",
        "one-hundred-sixty-ninth",
    ),
    "one_hundred_seventieth_to_seventy_third": _files(
        "one-hundred-seventieth",
        "one-hundred-seventy-first",
        "one-hundred-seventy-second",
        "one-hundred-seventy-third",
    ),
    "one_hundred_seventy_fourth_to_seventh": _files(
        "one-hundred-seventy-fourth",
        "one-hundred-seventy-fifth",
        "one-hundred-seventy-sixth",
        "one-hundred-seventy-seventh",
    ),
    "one_hundred_seventy_eighth_to_eighty_first": _files(
        "one-hundred-seventy-eighth",
        "one-hundred-seventy-ninth",
        "one-hundred-eightieth",
        "one-hundred-eighty-first",
    ),
    "one_hundred_eighty_second_to_fifth": _files(
        "one-hundred-eighty-second",
        "one-hundred-eighty-third",
        "one-hundred-eighty-fourth",
        "one-hundred-eighty-fifth",
    ),
    "one_hundred_eighty_sixth_to_ninth": _files(
        "one-hundred-eighty-sixth",
        "one-hundred-eighty-seventh",
        "one-hundred-eighty-eighth",
        "one-hundred-eighty-ninth",
    ),
}


def up_to(batch: str) -> tuple[str, ...]:
    """Return the files of every batch up to `batch`, its own included."""
    names = list(BATCHES)
    return tuple(name for key in names[: names.index(batch) + 1] for name in BATCHES[key])


def file_tests(batch: str, kept_false_alarms: dict[str, int] | None = None) -> type:
    """Return a batch's file tests as a class for its module to hold (`TestFiles = file_tests(…)`):
    each file is of its make-up and new, each passes the issue's gate, and the files pooled raise
    no false alarm beyond the ones kept on purpose (`kept_false_alarms`, each named in the
    module's docstring; each is also a top-1 miss, so its file's top-1 bar is lowered and its
    false-emergency share raised by as much)."""
    files = BATCHES[batch]
    kept = kept_false_alarms or {}

    class TestFiles:
        @pytest.mark.parametrize("name", files)
        def test_each_file_is_mixed_new_and_no_rule_names_its_sentences(self, name: str) -> None:
            assert_new_beside_its_batch(name, up_to(batch))

        @pytest.mark.django_db
        @pytest.mark.parametrize("name", files)
        def test_each_hand_written_gate(self, database_suggest, name: str) -> None:
            allowed = kept.get(name, 0)
            measured(name, database_suggest).assert_gate(
                0.97 - allowed / 60, false_emergencies=max(0.02, allowed / 40)
            )

        @pytest.mark.django_db
        def test_the_files_false_alarms_are_only_the_kept_ones(self, database_suggest) -> None:
            scores = [measured(name, database_suggest) for name in files]
            false_alarms = sum(score.false_emergencies for score in scores)
            assert false_alarms <= sum(kept.values())
            assert false_alarms / sum(score.others for score in scores) <= 0.02

    return TestFiles


def emergency_tests(
    emergencies: dict[str, list], still_emergencies: list, look_alikes: dict[str, list]
) -> type:
    """Return a batch's emergency tests as a class: every family's wordings and the red flags
    that must still fire are emergencies at I or II; no look-alike is sent to the emergency
    department."""

    class TestEmergencies:
        def test_each_family_is_an_emergency(self, shipped_engine: Engine) -> None:
            misses = not_emergencies(shipped_engine, [*rows_of(emergencies), *still_emergencies])
            assert not misses, misses

        def test_the_look_alikes_are_no_emergency(self, shipped_engine: Engine) -> None:
            misses = sent_to_emergency(shipped_engine, rows_of(look_alikes))
            assert not misses, misses

    return TestEmergencies


def alarm_family_tests(
    emergencies: dict[str, list], look_alikes: dict[str, list], still_emergencies: list, calm: list
) -> type:
    """Return a teaching's alarm tests as a class, a test per family where there are families:
    each family is an emergency at I or II, no look-alike is, the red flags beside them still
    fire, and the calm stories reach their clinic."""

    class TestAlarmFamilies:
        @pytest.mark.parametrize("family", emergencies)
        def test_each_family_reaches_the_emergency_department(
            self, shipped_engine: Engine, family: str
        ) -> None:
            misses = not_emergencies(shipped_engine, emergencies[family])
            assert not misses, misses

        @pytest.mark.parametrize("family", look_alikes)
        def test_each_look_alike_is_no_emergency(self, shipped_engine: Engine, family: str) -> None:
            sent = sent_to_emergency(shipped_engine, look_alikes[family])
            assert not sent, sent

        def test_the_emergencies_beside_the_look_alikes_stay(self, shipped_engine: Engine) -> None:
            misses = not_emergencies(shipped_engine, still_emergencies)
            assert not misses, misses

        def test_the_calm_stories_reach_their_clinic(self, shipped_engine: Engine) -> None:
            misses = off_their_desk(shipped_engine, calm)
            assert not misses, misses

    return TestAlarmFamilies


def desk_tests(desks: dict[str, list], look_alikes: list, still_emergencies: list) -> type:
    """Return a batch's desk tests as a class: each family reaches its desk, each look-alike
    keeps its own, and the red flags beside them still fire."""

    class TestDesks:
        @pytest.mark.parametrize("family", desks)
        def test_each_family_reaches_its_desk(self, shipped_engine: Engine, family: str) -> None:
            misses = off_their_desk(shipped_engine, desks[family])
            assert not misses, misses

        def test_the_look_alikes_keep_their_desk(self, shipped_engine: Engine) -> None:
            misses = off_their_desk(shipped_engine, look_alikes)
            assert not misses, misses

        def test_the_red_flags_beside_them_still_fire(self, shipped_engine: Engine) -> None:
            misses = not_emergencies(shipped_engine, still_emergencies)
            assert not misses, misses

    return TestDesks


def real_family_tests(top_three: list[tuple[str, str]], *tables: list) -> type:
    """Return the tests a module of real questions' families holds beside its desk tests, as a
    class: each of `top_three`'s texts has its department among the first three, and no row of
    `tables` (the text, the departments accepted, then the age where it matters) is an
    emergency."""

    class TestRealFamilies:
        def test_each_has_its_department_among_the_first_three(
            self, shipped_engine: Engine
        ) -> None:
            misses = []
            for text, department in top_three:
                first_three = [s.department for s in shipped_engine.suggest(text)[:3]]
                if department not in first_three:
                    misses.append((text, first_three))
            assert not misses, misses

        def test_the_families_are_no_emergency(self, shipped_engine: Engine) -> None:
            rows = [(text, *age) for table in tables for text, _accepted, *age in table]
            misses = sent_to_emergency(shipped_engine, rows)
            assert not misses, misses

    return TestRealFamilies


def theme_sweep_tests(floors: dict[str, tuple[int, int, int]], *, emergencies: int = 30) -> type:
    """Return the tests of sweeps written blind on one theme (60 complaints, `emergencies` of them
    accepting only ER) as a class: each is whole and, on the shipped rules, holds its floors
    (top-1 and emergencies caught at least, false alarms at most). The assertions name no miss: a
    held-out sweep's misses are read by nobody."""

    class TestThemeSweeps:
        @pytest.mark.parametrize("name", floors)
        def test_each_sweep_holds_its_figures(self, shipped_engine: Engine, name: str) -> None:
            cases = read_cases(name)
            assert len(cases) == 60 and sum(case["emergency"] for case in cases) == emergencies
            assert all(case["accept"] == ["ER"] for case in cases if case["emergency"])
            top1, caught, false_alarms = floors[name]
            result = measured(name, shipped_engine.suggest)
            assert result.top1 >= top1
            assert result.emergencies_caught >= caught
            assert result.false_emergencies <= false_alarms

    return TestThemeSweeps


def wording_tests(emergencies: list, look_alikes: list[tuple]) -> type:
    """Return the tests of a round's own wordings as a class: each emergency (a text, or the text
    and the age) is one at I or II, and each look-alike (the text, the departments accepted, then
    the age where it matters) is no emergency and reaches its desk."""

    class TestWordings:
        def test_each_emergency_is_one(self, shipped_engine: Engine) -> None:
            assert not_emergencies(shipped_engine, emergencies) == []

        def test_each_look_alike_is_not(self, shipped_engine: Engine) -> None:
            rows = [(text, *age) for text, _desks, *age in look_alikes]
            assert sent_to_emergency(shipped_engine, rows) == []
            assert off_their_desk(shipped_engine, look_alikes) == []

    return TestWordings


def taught_theme_tests(
    floors: dict[str, tuple[int, int, int]],
    emergencies: list,
    look_alikes: list[tuple],
    *,
    per_sweep: int = 30,
) -> type:
    """Return the tests of a theme taught from its sweeps (`theme_sweep_tests`, `per_sweep`
    emergencies in each) with the round's own wordings (`wording_tests`)."""

    class TestTaughtTheme(  # type: ignore[misc]
        theme_sweep_tests(floors, emergencies=per_sweep), wording_tests(emergencies, look_alikes)
    ):
        pass

    return TestTaughtTheme


def sweep_tests(name: str, *, kept_misses: int = 0, families: bool = True) -> type:
    """Return a blind emergency sweep's tests as a class: the file is whole (150 complaints, 100
    emergencies accepting only ER, each complaint labelled with its language and, where the sweep
    came with them, its family) and, on the shipped rules, every emergency is caught but the
    `kept_misses` its module's docstring names, and no look-alike is sent to the emergency
    department."""

    class TestSweep:
        def test_the_sweep_is_copied_whole(self) -> None:
            cases = read_cases(name)
            assert len(cases) == 150
            assert sum(bool(case["emergency"]) for case in cases) == 100
            assert all(case["accept"] and case["variant"] for case in cases)
            assert all(case["accept"] == ["ER"] for case in cases if case["emergency"])
            assert not families or all(case.get("family") for case in cases)

        def test_the_sweep_catches_every_emergency_and_raises_no_false_one(
            self, shipped_engine: Engine
        ) -> None:
            result = measured(name, shipped_engine.suggest)
            assert result.emergencies_caught >= result.emergencies - kept_misses, result.misses
            assert result.false_emergencies == 0, result.misses

    return TestSweep
