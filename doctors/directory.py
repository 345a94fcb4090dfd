"""Find a doctor: by speciality or the visitor's own words, and by weekday and half-day.

The visitor's words go through the routing engine (`triage.routing.suggest`): the concepts it
finds ("膝盖疼" and "knee pain" are both the concept `knee`) select the specialities that list
them, and the departments it suggests select their doctors. So one new form of a concept in the
lexicon serves the routing screen and the directory alike, and nothing here matches substrings.
A fixed number of queries, whatever the size of the directory.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.utils import timezone

from hospital.models import Department
from triage.routing import suggest

from .models import TITLE_RANK, Absence, ClinicSession, Doctor, DoctorQuerySet, Speciality

# How far ahead the directory looks for a doctor's absences: this week and the next.
ABSENCE_DAYS = 14
# A guide reads a handful of names to a visitor: past this many the page asks for a narrower
# search rather than drawing every card (a thousand cards take seconds on a tablet).
MAX_LISTED = 30


@dataclass
class Search:
    """What the guide asked: words or a speciality, and a half-day of the week."""

    text: str = ""
    speciality: Speciality | None = None
    weekday: int | None = None
    half_day: str = ""

    @property
    def empty(self) -> bool:
        return not self.text and self.speciality is None and self.weekday is None


@dataclass
class Match:
    doctor: Doctor
    # Why the doctor is listed: the specialities that see what was said, or the department.
    specialities: list[Speciality]
    all_specialities: list[Speciality]
    by_department: bool
    sessions: list[ClinicSession]
    away: list[Absence]
    # The date the asked half-day falls on next (today included), and whether they are away then.
    on: dt.date | None = None
    away_then: bool = False


@dataclass
class Result:
    search: Search
    matches: list[Match] = field(default_factory=list)
    departments: list[Department] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)
    # How many doctors matched; `matches` holds the best MAX_LISTED of them.
    total: int = 0

    @property
    def more(self) -> int:
        return self.total - len(self.matches)


def next_date(weekday: int, today: dt.date) -> dt.date:
    """Return the first date from `today` on that falls on `weekday` (0 is Monday)."""
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


def _read_words(text: str) -> tuple[list[str], set[str]]:
    """Return the departments the engine suggests for `text`, best first, and its concepts."""
    codes: list[str] = []
    concepts: set[str] = set()
    for suggestion in suggest(text):
        if suggestion.fallback:
            continue
        if suggestion.department not in codes:
            codes.append(suggestion.department)
        for reason in suggestion.reasons:
            concepts.update(reason.concepts)
    return codes, concepts


def find_doctors(
    search: Search, doctors: DoctorQuerySet, *, today: dt.date | None = None
) -> Result:
    """Return the doctors of `doctors` who see what was asked, when it was asked, best first.

    Doctors whose specialities list a concept of the words come before the doctors of the
    departments the engine suggests; within each, by title. A half-day asked for keeps only the
    doctors holding clinic then; one who is away on its next date is listed last, marked away.
    """
    today = today or timezone.localdate()
    result = Result(search=search)
    if search.empty:
        return result
    chosen: Q | None = None
    wanted_specialities: set[int] = set()
    department_order: dict[int, int] = {}
    if search.speciality is not None:
        wanted_specialities.add(search.speciality.pk)
        chosen = Q(specialities=search.speciality)
    if search.text:
        codes, concepts = _read_words(search.text)
        result.concepts = sorted(concepts)
        folded = search.text.strip().casefold()
        by_words = [
            speciality
            for speciality in Speciality.objects.all()
            if speciality.concept_names() & concepts
            or folded in {speciality.name.casefold(), speciality.name_en.casefold()}
            or folded == speciality.name_zh_hant.casefold()
        ]
        wanted_specialities.update(s.pk for s in by_words)
        departments = {d.code: d for d in Department.objects.active().filter(code__in=codes)}
        result.departments = [departments[code] for code in codes if code in departments]
        department_order = {d.pk: rank for rank, d in enumerate(result.departments)}
        words = Q(specialities__in=wanted_specialities) | Q(department__in=result.departments)
        chosen = words if chosen is None else chosen & words
    rows = doctors.active()
    if chosen is not None:
        rows = rows.filter(pk__in=doctors.filter(chosen).values("pk"))
    if search.weekday is not None:
        when = Q(weekday=search.weekday)
        if search.half_day:
            when &= Q(half_day=search.half_day)
        rows = rows.filter(pk__in=ClinicSession.objects.filter(when).values("doctor"))
    # Each doctor's specialities, sessions and absences in one query apiece, through the same
    # subquery: prefetch_related would send the ids as parameters, in several batches on SQLite.
    listed = rows.values("pk")
    doctors_of: dict[int, list[Any]] = {}
    links = Doctor.specialities.through.objects.filter(doctor__in=listed).select_related(
        "speciality"
    )
    for link in links:
        doctors_of.setdefault(link.doctor_id, []).append(link.speciality)
    sessions_of: dict[int, list[ClinicSession]] = {}
    for session in ClinicSession.objects.filter(doctor__in=listed):
        sessions_of.setdefault(session.doctor_id, []).append(session)
    away_of: dict[int, list[Absence]] = {}
    upcoming = Absence.objects.filter(
        doctor__in=listed, date__gte=today, date__lt=today + dt.timedelta(days=ABSENCE_DAYS)
    )
    for absence in upcoming:
        away_of.setdefault(absence.doctor_id, []).append(absence)
    on = next_date(search.weekday, today) if search.weekday is not None else None
    for doctor in rows.select_related("department"):
        specialities = sorted(doctors_of.get(doctor.pk, []), key=lambda s: s.name)
        away = away_of.get(doctor.pk, [])
        away_then = on is not None and any(
            absence.date == on and absence.half_day in ("", search.half_day or absence.half_day)
            for absence in away
        )
        result.matches.append(
            Match(
                doctor=doctor,
                specialities=[s for s in specialities if s.pk in wanted_specialities],
                all_specialities=specialities,
                by_department=doctor.department_id in department_order,
                sessions=sorted(
                    sessions_of.get(doctor.pk, []), key=lambda s: (s.weekday, s.half_day)
                ),
                away=away,
                on=on,
                away_then=away_then,
            )
        )
    result.matches.sort(key=_rank(department_order))
    result.total = len(result.matches)
    del result.matches[MAX_LISTED:]
    return result


def _rank(department_order: dict[int, int]) -> Any:
    def key(match: Match) -> tuple[bool, bool, int, int, str]:
        return (
            match.away_then,
            not match.specialities,
            department_order.get(match.doctor.department_id, len(department_order)),
            TITLE_RANK.get(match.doctor.title, len(TITLE_RANK)),
            match.doctor.name,
        )

    return key
