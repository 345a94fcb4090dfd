"""A complaint's timeline: what was found, done and told, and every status change."""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.fields import by_user_field, choice_check
from hospital.records import IdempotentModel

from .complaint import Complaint


class ComplaintEntryQuerySet(models.QuerySet["ComplaintEntry"]):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "ComplaintEntryQuerySet":
        """Return the timeline lines of the complaints this person may see."""
        return self.filter(complaint__in=Complaint.objects.visible_to(user))


class ComplaintEntry(IdempotentModel, models.Model):
    """One line of a complaint's timeline; internal lines are kept apart from what was told."""

    class Kind(models.TextChoices):
        INVESTIGATION = "investigation", _("Investigation note")
        EVIDENCE = "evidence", _("Evidence")
        CALL = "call", _("Call with the complainant")
        TOLD = "told", _("Told to the complainant")
        INTERNAL = "internal", _("Internal note")
        STATUS = "status", _("Status change")

    # What the complainant heard; every other kind stays inside the hospital.
    TOLD_KINDS = frozenset({Kind.CALL, Kind.TOLD})

    complaint = models.ForeignKey(
        Complaint, on_delete=models.CASCADE, related_name="entries", verbose_name=_("complaint")
    )
    kind = models.CharField(_("kind"), max_length=14, choices=Kind.choices)
    text = models.TextField(_("text"))
    occurred_at = models.DateTimeField(_("when"))
    author = by_user_field(
        _("by"), help_text=_("Empty for what the system did on its own (automatic escalation).")
    )
    history = HistoricalRecords()

    objects = ComplaintEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")
        ordering = ["occurred_at", "id"]
        constraints = [
            choice_check(
                "kind",
                ["investigation", "evidence", "call", "told", "internal", "status"],
                name="complaint_entry_kind_valid",
            ),
        ]
        indexes = [
            models.Index(fields=["complaint", "occurred_at"], name="complaint_entry_timeline_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.text[:40]}"

    @property
    def told_complainant(self) -> bool:
        return self.kind in self.TOLD_KINDS
