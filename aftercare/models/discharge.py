"""Admission help and the discharge send-off (seed 000: 住院有人问，出院有人送)."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, department_field, desk_field
from hospital.phones import MaskedPhoneMixin
from hospital.records import IdempotentModel, VersionedModel
from reception.models import Visit

from .plans import FollowUpPlan

# The languages a card is printed in: the UI's three.
CARD_LANGUAGES = [("zh-hans", "简体中文"), ("zh-hant", "繁體中文"), ("en", "English")]


class AdmissionHelpQuerySet(models.QuerySet["AdmissionHelp"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "AdmissionHelpQuerySet":
        """Return the admission records of the visits this person may open."""
        return scoped(self, user, desk="visit__desk", departments=["visit__destination", "ward"])


class AdmissionHelp(VersionedModel, IdempotentModel):
    """What the desk did for a visitor who came to be admitted."""

    visit = models.OneToOneField(
        Visit, on_delete=models.PROTECT, related_name="admission_help", verbose_name=_("visit")
    )
    documents_checked = models.BooleanField(_("documents checked"), default=False)
    escorted_to_admissions = models.BooleanField(_("escorted to admissions"), default=False)
    escorted_to_ward = models.BooleanField(_("escorted to the ward"), default=False)
    ward = department_field(_("ward"), required=False)
    nurse_name = models.CharField(
        _("ward nurse"), max_length=60, blank=True, help_text=_("Who took them over, by name.")
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"))
    recorded_by = by_user_field(_("recorded by"), required=True)
    history = HistoricalRecords()

    objects = AdmissionHelpQuerySet.as_manager()

    class Meta:
        verbose_name = _("admission help")
        verbose_name_plural = _("admission help")
        ordering = ["-recorded_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(escorted_to_ward=False) | ~models.Q(nurse_name=""),
                name="admission_ward_has_nurse",
            ),
        ]
        indexes = [models.Index(fields=["recorded_at"], name="admission_help_day_idx")]

    def __str__(self) -> str:
        return _("Admission help for visit %(id)s") % {"id": self.visit_id}


class DischargeSendOffQuerySet(models.QuerySet["DischargeSendOff"]):
    def visible_to(self, user: AbstractBaseUser | AnonymousUser) -> "DischargeSendOffQuerySet":
        """Return the send-offs this person may open: a guide's of their desks, a manager's
        of their wards, all for supervisors."""
        return scoped(self, user, desk="desk", departments=["ward"])


class DischargeSendOff(MaskedPhoneMixin, VersionedModel, IdempotentModel):
    """A discharged patient seen off: guidance, the card, transport, feedback, a plan."""

    class Source(models.TextChoices):
        WARD_CALL = "ward_call", _("The ward called")
        AT_DESK = "at_desk", _("At the desk")

    class Transport(models.TextChoices):
        NONE = "none", _("None needed")
        WHEELCHAIR = "wheelchair", _("Wheelchair")
        STRETCHER = "stretcher", _("Stretcher")
        TAXI = "taxi", _("Taxi called")
        FAMILY = "family", _("Family car")
        AMBULANCE = "ambulance", _("Ambulance")

    desk = desk_field(related_name="send_offs")
    source = models.CharField(_("how it came"), max_length=10, choices=Source.choices)
    ward = department_field(_("ward"), related_name="send_offs")
    patient_name = models.CharField(_("patient"), max_length=60)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    language = models.CharField(
        _("card language"), max_length=10, choices=CARD_LANGUAGES, default="zh-hans"
    )
    guidance_given = models.BooleanField(_("health guidance given"), default=False)
    card_given = models.BooleanField(
        _("card handed over"),
        default=False,
        help_text=_("Clinic hours, hotline and emergency number."),
    )
    transport = models.CharField(
        _("transport"), max_length=10, choices=Transport.choices, default=Transport.NONE
    )
    feedback_asked = models.BooleanField(_("feedback asked"), default=False)
    feedback = models.TextField(_("their opinion"), blank=True)
    plan = models.OneToOneField(
        FollowUpPlan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="send_off",
        verbose_name=_("follow-up plan"),
    )
    recorded_at = models.DateTimeField(_("seen off at"))
    recorded_by = by_user_field(_("recorded by"), required=True)
    history = HistoricalRecords()

    objects = DischargeSendOffQuerySet.as_manager()

    class Meta:
        verbose_name = _("discharge send-off")
        verbose_name_plural = _("discharge send-offs")
        ordering = ["-recorded_at"]
        constraints = [
            choice_check("source", ["ward_call", "at_desk"], name="send_off_source_valid"),
            choice_check(
                "transport",
                ["none", "wheelchair", "stretcher", "taxi", "family", "ambulance"],
                name="send_off_transport_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["desk", "recorded_at"], name="send_off_desk_day_idx"),
            models.Index(fields=["recorded_at"], name="send_off_day_idx"),
        ]

    def __str__(self) -> str:
        return _("Send-off %(id)s") % {"id": self.pk}

    def get_absolute_url(self) -> str:
        return reverse("aftercare:send_off_detail", args=[self.pk])
