"""The doctors a guide introduces: who they are, what they see, and when they hold clinic.

Seed 000 §二 and §四① ask the guide to know the doctors' specialities and schedules, and §四⑦ to
name the receiving doctor with their title and speciality at a handoff. The directory is the
hospital's posted clinic timetable: each doctor holds clinic by weekday and half-day, with dates
they are away ("not this week").
"""

import datetime as dt
import os
from typing import TYPE_CHECKING, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import choice_check, department_field
from hospital.localized import FILLED_HANT, SHOWN_EN, localized
from hospital.roles import Role
from triage.routing import current_engine

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

# A photo larger than this is refused: a portrait for a tablet list needs far less.
PHOTO_MAX_BYTES = 2 * 1024 * 1024


# The uploaded name is kept, cut to this many UTF-8 bytes: a file system takes 255 bytes a name,
# and 85 Chinese characters (a photo saved from a chat) already failed the save with a 500.
PHOTO_NAME_BYTES = 100


class PhotoStorage(FileSystemStorage):
    """Keep photos under names the file system accepts, however long the uploaded name."""

    def get_valid_name(self, name: str) -> str:
        stem, extension = os.path.splitext(super().get_valid_name(name))
        stem = stem.encode()[:PHOTO_NAME_BYTES].decode(errors="ignore")
        return (stem or "photo") + extension


def photo_storage() -> FileSystemStorage:
    """Return where photos are kept; they are served by the directory's own view, after login."""
    root = settings.DOCTOR_PHOTO_ROOT
    return PhotoStorage(location=root, base_url=None)


def validate_photo_size(photo: FieldFile) -> None:
    if photo.size and photo.size > PHOTO_MAX_BYTES:
        raise ValidationError(
            _("The photo is larger than %(limit)s MB; choose a smaller one."),
            code="too_large",
            params={"limit": PHOTO_MAX_BYTES // (1024 * 1024)},
        )


class Speciality(models.Model):
    """What a doctor is known for, in three languages, and the routing concepts it answers."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    name = models.CharField(_("name (Simplified Chinese)"), max_length=60, unique=True)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=60, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True, help_text=SHOWN_EN)
    concepts = models.CharField(
        _("routing concepts"),
        max_length=300,
        blank=True,
        help_text=_(
            "Names of the routing engine's concepts this speciality sees, separated by spaces "
            "(e.g. knee joint_pain): a visitor saying “knee pain” finds it."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("speciality")
        verbose_name_plural = _("specialities")
        ordering = ["name"]

    def __str__(self) -> str:
        return localized(self, "name")

    def clean(self) -> None:
        names = self.concept_names()
        if not names:
            return  # nothing to look up: no need to compile the routing engine for its lexicon
        unknown = sorted(names - set(current_engine().lexicon))
        if unknown:
            raise ValidationError(
                {
                    "concepts": ValidationError(
                        _("The routing engine has no concept named %(names)s; check the spelling."),
                        code="unknown_concept",
                        params={"names": ", ".join(unknown)},
                    )
                }
            )

    def concept_names(self) -> frozenset[str]:
        return frozenset(self.concepts.split())


class Title(models.TextChoices):
    """The clinical titles of the Chinese grading, highest first."""

    CHIEF = "chief", _("Chief physician")
    ASSOCIATE_CHIEF = "associate_chief", _("Associate chief physician")
    ATTENDING = "attending", _("Attending physician")
    RESIDENT = "resident", _("Resident physician")


TITLE_RANK = {value: rank for rank, value in enumerate(Title.values)}


class DoctorQuerySet(models.QuerySet["Doctor"]):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "DoctorQuerySet":
        """Return the doctors this person reads: guides and supervisors the whole directory,
        a department manager the doctors of their departments (whom they keep)."""
        return scoped(self, user, departments=["department"], also=[Role.GUIDE])

    def active(self) -> "DoctorQuerySet":
        return self.filter(is_active=True, department__is_active=True)


class Doctor(models.Model):
    """A doctor or expert the desk introduces to visitors."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    name = models.CharField(_("name (Simplified Chinese)"), max_length=40)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=40, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=60, blank=True, help_text=SHOWN_EN)
    title = models.CharField(_("title"), max_length=16, choices=Title.choices)
    department = department_field(_("department"), related_name="doctors")
    specialities = models.ManyToManyField(
        Speciality, related_name="doctors", verbose_name=_("specialities"), blank=True
    )
    photo = models.ImageField(
        _("photo"),
        storage=photo_storage,
        upload_to="photos/",
        blank=True,
        validators=[
            FileExtensionValidator(["jpg", "jpeg", "png", "webp"]),
            validate_photo_size,
        ],
        help_text=_("Optional; JPEG, PNG or WebP, at most 2 MB."),
    )
    is_active = models.BooleanField(_("in the directory"), default=True)
    history = HistoricalRecords(m2m_fields=[specialities])

    objects = DoctorQuerySet.as_manager()

    class Meta:
        verbose_name = _("doctor")
        verbose_name_plural = _("doctors")
        ordering = ["department", "name"]
        constraints = [
            choice_check("title", Title.values, name="doctor_title_valid"),
        ]
        indexes = [models.Index(fields=["department", "is_active"], name="doctor_department_idx")]

    def __str__(self) -> str:
        return f"{localized(self, 'name')} ({self.get_title_display()})"


class HalfDay(models.TextChoices):
    MORNING = "am", _("Morning")
    AFTERNOON = "pm", _("Afternoon")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class ClinicSession(models.Model):
    """A half-day the doctor holds clinic every week."""

    doctor = models.ForeignKey(
        Doctor, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("doctor")
    )
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    half_day = models.CharField(_("half-day"), max_length=2, choices=HalfDay.choices)
    room = models.CharField(_("room"), max_length=40, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("clinic session")
        verbose_name_plural = _("clinic sessions")
        ordering = ["weekday", "half_day"]
        constraints = [
            models.UniqueConstraint(
                fields=["doctor", "weekday", "half_day"],
                name="clinic_session_once_per_half_day",
                violation_error_message=_(
                    "This doctor already holds a clinic on this weekday and half-day; "
                    "a session cannot overlap itself."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(weekday__gte=0, weekday__lte=6),
                name="clinic_session_weekday_valid",
            ),
            choice_check("half_day", HalfDay.values, name="clinic_session_half_day_valid"),
        ]
        indexes = [models.Index(fields=["weekday", "half_day"], name="clinic_session_when_idx")]

    def __str__(self) -> str:
        return f"{self.get_weekday_display()} {self.get_half_day_display()}"


class Absence(models.Model):
    """A date the doctor does not hold clinic ("not this week"): leave, a conference, a duty."""

    doctor = models.ForeignKey(
        Doctor, on_delete=models.CASCADE, related_name="absences", verbose_name=_("doctor")
    )
    date = models.DateField(_("date"))
    half_day = models.CharField(
        _("half-day"),
        max_length=2,
        choices=HalfDay.choices,
        blank=True,
        help_text=_("Empty: the whole day."),
    )
    reason = models.CharField(_("reason"), max_length=100, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("not holding clinic")
        verbose_name_plural = _("not holding clinic")
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(
                fields=["doctor", "date", "half_day"],
                name="absence_once_per_half_day",
                violation_error_message=_("This absence is already recorded."),
            ),
            # Empty: the whole day.
            choice_check("half_day", ["", *HalfDay.values], name="absence_half_day_valid"),
        ]
        indexes = [models.Index(fields=["date"], name="absence_date_idx")]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_half_day_display()}".strip()

    def covers(self, day: dt.date, half_day: str) -> bool:
        return self.date == day and self.half_day in ("", half_day)
