"""Escorts of a visitor and the handoffs that end them."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.fields import by_user_field, choice_check, department_field, stamped_after
from reception.models import Visit, VisitRecordQuerySet


class Escort(models.Model):
    """A guide walking a visitor to where they should go; a handoff ends it (seed 000 §四②)."""

    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="escorts", verbose_name=_("visit")
    )
    guide = by_user_field(_("guide"), related_name="escorts")
    guide_name = models.CharField(
        _("guide's name"),
        max_length=60,
        blank=True,
        help_text=_("A floor guide who continues the escort without a login of their own."),
    )
    destination = department_field(_("destination"))
    continues = models.OneToOneField(
        "Handoff",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="continued_by",
        verbose_name=_("continues after handoff"),
    )
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    arrived_at = models.DateTimeField(_("arrived at"), null=True, blank=True)
    history = HistoricalRecords()

    objects = VisitRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("escort")
        verbose_name_plural = _("escorts")
        ordering = ["started_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["visit"],
                condition=models.Q(arrived_at__isnull=True),
                name="escort_one_open_per_visit",
            ),
            stamped_after("arrived_at", "started_at", name="escort_arrived_after_started"),
            models.CheckConstraint(
                condition=models.Q(guide__isnull=False) | ~models.Q(guide_name=""),
                name="escort_has_a_guide",
            ),
        ]
        indexes = [models.Index(fields=["visit", "started_at"], name="escort_visit_idx")]

    def __str__(self) -> str:
        return _("Escort of %(visit)s to %(destination)s") % {
            "visit": self.visit,
            "destination": self.destination,
        }

    @property
    def guide_display(self) -> str:
        if self.guide is not None:
            return self.guide.get_full_name() or self.guide.get_username()
        return self.guide_name

    @property
    def is_open(self) -> bool:
        return self.arrived_at is None


class Handoff(models.Model):
    """Who received the visitor at the end of an escort and what they were told (seed 000 §四⑧)."""

    class ReceiverRole(models.TextChoices):
        FLOOR_GUIDE = "floor_guide", _("Floor guide")
        NURSE = "nurse", _("Nurse")
        DOCTOR = "doctor", _("Doctor")
        OTHER = "other", _("Other")

    escort = models.OneToOneField(
        Escort, on_delete=models.CASCADE, related_name="handoff", verbose_name=_("escort")
    )
    visit = models.ForeignKey(
        Visit, on_delete=models.CASCADE, related_name="handoffs", verbose_name=_("visit")
    )
    receiver_name = models.CharField(_("received by"), max_length=60)
    receiver_role = models.CharField(_("their role"), max_length=12, choices=ReceiverRole.choices)
    receiver_title = models.CharField(
        _("their title"), max_length=40, blank=True, help_text=_("E.g. charge nurse, attending.")
    )
    receiver_user = by_user_field(_("receiver's login"))
    situation = models.TextField(_("situation"), blank=True)
    special_needs = models.TextField(_("special needs"), blank=True)
    promised = models.TextField(_("what was promised"), blank=True)
    handed_at = models.DateTimeField(_("handed over at"), default=timezone.now)
    recorded_by = by_user_field(_("recorded by"), required=True)
    history = HistoricalRecords()

    objects = VisitRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("handoff")
        verbose_name_plural = _("handoffs")
        ordering = ["handed_at", "pk"]
        constraints = [
            choice_check(
                "receiver_role",
                ["floor_guide", "nurse", "doctor", "other"],
                name="handoff_receiver_role_valid",
            ),
        ]
        indexes = [models.Index(fields=["visit", "handed_at"], name="handoff_visit_idx")]

    def __str__(self) -> str:
        return _("%(visit)s handed to %(name)s") % {"visit": self.visit, "name": self.receiver_name}

    @property
    def continues_escort(self) -> bool:
        return self.receiver_role == self.ReceiverRole.FLOOR_GUIDE
