from typing import TYPE_CHECKING, ClassVar

import simple_history
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .fields import choice_check, loose_key, record_type_field
from .localized import FILLED_HANT, SHOWN_EN, localized

if TYPE_CHECKING:
    from django.contrib.auth.base_user import AbstractBaseUser
    from django.contrib.auth.models import AnonymousUser


class DepartmentQuerySet(models.QuerySet):
    def active(self) -> "DepartmentQuerySet":
        return self.filter(is_active=True)

    def managed_by(self, user: "AbstractBaseUser | AnonymousUser") -> "DepartmentQuerySet":
        """Return the departments this user manages (all of them for a superuser)."""
        if getattr(user, "is_superuser", False):
            return self
        return self.filter(managers=user)


class Department(models.Model):
    """A department or service point of the hospital, coded by the national catalogue."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("building",)

    class Kind(models.TextChoices):
        CLINICAL = "clinical", _("Clinical")
        EMERGENCY = "emergency", _("Emergency")
        DIAGNOSTIC = "diagnostic", _("Diagnostic")
        SERVICE = "service", _("Service point")

    code = models.SlugField(
        _("code"),
        max_length=20,
        unique=True,
        allow_unicode=False,
        help_text=_("Short code used by routing rules and reports, e.g. ER or GI."),
    )
    catalogue_code = models.CharField(
        _("national catalogue code"),
        max_length=10,
        blank=True,
        help_text=_(
            "Code in the national catalogue of clinical subjects; empty for service points."
        ),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices, default=Kind.CLINICAL)
    name_zh_hans = models.CharField(_("name (Simplified Chinese)"), max_length=60)
    name_zh_hant = models.CharField(_("name (Traditional Chinese)"), max_length=60)
    name_en = models.CharField(_("name (English)"), max_length=80)
    building = models.CharField(_("building"), max_length=40, blank=True)
    building_zh_hant = models.CharField(
        _("building (Traditional Chinese)"), max_length=40, blank=True, help_text=FILLED_HANT
    )
    building_en = models.CharField(
        _("building (English)"), max_length=60, blank=True, help_text=SHOWN_EN
    )
    floor = models.CharField(_("floor"), max_length=10, blank=True)
    room = models.CharField(_("room"), max_length=20, blank=True)
    phone_extension = models.CharField(_("phone extension"), max_length=20, blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=120,
        blank=True,
        help_text=_("As the visitor should hear it, e.g. Mon–Fri 08:00–12:00, 13:30–17:00."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("managers"),
        related_name="managed_departments",
        blank=True,
    )
    history = HistoricalRecords(m2m_fields=[managers])

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        ordering = ["sort_order", "code"]
        constraints = [
            choice_check(
                "kind",
                ["clinical", "emergency", "diagnostic", "service"],
                name="department_kind_valid",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """Return the name in the active language."""
        language = (get_language() or "zh-hans").lower()
        if language.startswith("en"):
            return self.name_en
        if language in ("zh-hant", "zh-tw", "zh-hk", "zh-mo"):
            return self.name_zh_hant
        return self.name_zh_hans

    @property
    def location(self) -> str:
        building = localized(self, "building")
        return " ".join(part for part in (building, self.floor, self.room) if part)


class Desk(models.Model):
    """A front-desk station: a hospital with several halls or buildings has several."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("name",)

    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=60)
    name_zh_hant = models.CharField(
        _("name (Traditional Chinese)"), max_length=60, blank=True, help_text=FILLED_HANT
    )
    name_en = models.CharField(_("name (English)"), max_length=80, blank=True, help_text=SHOWN_EN)
    building = models.CharField(_("building"), max_length=40, blank=True)
    floor = models.CharField(_("floor"), max_length=10, blank=True)
    phone_extension = models.CharField(_("phone extension"), max_length=20, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("desk")
        verbose_name_plural = _("desks")
        ordering = ["code"]

    def __str__(self) -> str:
        return localized(self, "name")

    @property
    def location(self) -> str:
        return " ".join(part for part in (self.building, self.floor) if part)


class StaffProfile(models.Model):
    """What the front desk needs to know about a staff member beyond their login."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_profile",
        verbose_name=_("user"),
    )
    home_desk = loose_key(
        Desk,
        _("home desk"),
        help_text=_("The desk a guide's tablet opens on; they can switch on the board."),
    )
    desks = models.ManyToManyField(
        Desk,
        blank=True,
        related_name="+",
        verbose_name=_("desks"),
        help_text=_(
            "The desks this person may work at besides the home desk: a guide sees the visits, "
            "inquiries, sheets and loans of these desks only."
        ),
    )
    job_title = models.CharField(_("job title"), max_length=40, blank=True)
    # Which desks a person works at decides whose records they read: keep who granted them.
    history = HistoricalRecords(m2m_fields=[desks])

    class Meta:
        verbose_name = _("staff profile")
        verbose_name_plural = _("staff profiles")

    def __str__(self) -> str:
        return str(self.user)


class CalendarDay(models.Model):
    """A day the administrator declares closed or working, over the public-holiday calendar.

    `hospital.workdays` reads these on top of the `chinese_calendar` package: a closure (a local
    holiday, a day the hospital shuts) is never a working day, an extra working day always is.
    For a year the package does not cover yet, enter that year's holidays and make-up days here.
    """

    class Kind(models.TextChoices):
        CLOSURE = "closure", _("Closure (not a working day)")
        WORKING_DAY = "working_day", _("Extra working day")

    date = models.DateField(_("date"), unique=True)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    note = models.CharField(
        _("note"),
        max_length=120,
        blank=True,
        help_text=_("Why, e.g. National Day 2027 or make-up working day for Spring Festival."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("calendar day")
        verbose_name_plural = _("calendar days")
        ordering = ["-date"]
        constraints = [
            choice_check("kind", ["closure", "working_day"], name="calendar_day_kind_valid")
        ]

    def __str__(self) -> str:
        return f"{self.date:%Y-%m-%d} {self.get_kind_display()}"


class AccessLog(models.Model):
    """One read of a person's record: who opened what, when and from where.

    Written by `hospital.access.log_access` and never changed afterwards: the admin shows these
    rows to administrators and offers no add, change or delete.
    """

    class Kind(models.TextChoices):
        VIEW = "view", _("Viewed")
        EXPORT = "export", _("Exported")
        LOOKUP = "lookup", _("Looked up")
        PDF = "pdf", _("Printed as PDF")

    at = models.DateTimeField(_("when"), default=timezone.now, editable=False)
    user = loose_key(settings.AUTH_USER_MODEL, _("user"), editable=False)
    # Kept as written at the time: the entry still says who it was after the account is removed.
    username = models.CharField(_("username"), max_length=150, blank=True, editable=False)
    ip = models.GenericIPAddressField(_("IP address"), null=True, blank=True, editable=False)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, editable=False)
    content_type = record_type_field(editable=False)
    object_id = models.CharField(_("record id"), max_length=64, blank=True, editable=False)
    label = models.CharField(_("record"), max_length=200, blank=True, editable=False)
    path = models.CharField(_("address"), max_length=300, blank=True, editable=False)

    class Meta:
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")
        ordering = ["-at", "-pk"]
        # Append-only: no change or delete permission exists to be granted to anyone.
        default_permissions = ("view",)
        indexes = [
            models.Index(fields=["-at"], name="accesslog_at_idx"),
            models.Index(fields=["content_type", "object_id", "-at"], name="accesslog_record_idx"),
            models.Index(fields=["user", "-at"], name="accesslog_user_idx"),
        ]
        constraints = [
            choice_check("kind", ["view", "export", "lookup", "pdf"], name="accesslog_kind_valid")
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.get_kind_display()} {self.label}"


class StaffPin(models.Model):
    """A short PIN that unlocks a tablet session its owner's password opened.

    Hashed like a password (never shown, never in a history: a history of old hashes is a
    history of guessable secrets). `failures` counts wrong tries on the lock and kiosk screens
    across sessions; at `hospital.pins.PIN_FAILURE_LIMIT` the PIN stops working until its owner
    logs in with the password again. See `hospital.pins`.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="staff_pin",
        verbose_name=_("user"),
    )
    pin = models.CharField(_("PIN (hashed)"), max_length=128, editable=False)
    failures = models.PositiveSmallIntegerField(_("wrong tries"), default=0, editable=False)
    set_at = models.DateTimeField(_("set at"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("unlock PIN")
        verbose_name_plural = _("unlock PINs")

    def __str__(self) -> str:
        return str(self.user)


# Accounts and role grants have a history too: who was given which group, made staff, disabled.
# Password hashes stay out of it (a history of old hashes is a history of guessable secrets) and
# so does the last login, written on every login (see `hospital.security.record_login`).
simple_history.register(
    User,
    app="hospital",
    m2m_fields=["groups", "user_permissions"],
    excluded_fields=["password", "last_login"],
)
simple_history.register(Group, app="hospital", m2m_fields=["permissions"])
