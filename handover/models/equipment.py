"""The desk's wheelchairs, trolleys and umbrellas, and who has each."""

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, desk_field, kept_key, stamped_after
from reception.fields import concerned_visit_field

from .loans import (
    STILL_OUT,
    LoanMixin,
    LoanQuerySet,
    returned_at_field,
    returned_to_field,
    still_out_index,
)


class Equipment(models.Model):
    """A thing the desk lends out: a wheelchair, a trolley, an umbrella."""

    class Kind(models.TextChoices):
        WHEELCHAIR = "wheelchair", _("Wheelchair")
        TROLLEY = "trolley", _("Trolley / stretcher")
        UMBRELLA = "umbrella", _("Umbrella")
        OTHER = "other", _("Other")

    desk = desk_field(related_name="equipment")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    label = models.CharField(
        _("label"), max_length=40, help_text=_("The number painted on it, e.g. WC-03.")
    )
    is_active = models.BooleanField(_("in service"), default=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("equipment")
        verbose_name_plural = _("equipment")
        ordering = ["desk", "kind", "label"]
        constraints = [
            models.UniqueConstraint(
                fields=["desk", "label"], name="equipment_label_unique_per_desk"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.label}"


class EquipmentLoanQuerySet(LoanQuerySet):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "EquipmentLoanQuerySet":
        """Return the loans this person may read: all for the supervisors, a guide's those of
        their desks' equipment."""
        return scoped(self, user, desk="equipment__desk")

    def overdue(self, now: datetime | None = None) -> "EquipmentLoanQuerySet":
        """Return the loans still out after their due-back time."""
        return self.open().filter(due_back_at__lt=now or timezone.now())


class EquipmentLoan(LoanMixin, models.Model):
    """A piece of equipment lent to a visitor (linked to the visit) or to staff, until returned."""

    class BorrowerKind(models.TextChoices):
        VISITOR = "visitor", _("Visitor")
        STAFF = "staff", _("Staff")

    equipment = kept_key("handover.Equipment", _("equipment"), related_name="loans")
    visit = concerned_visit_field(_("visit"), related_name="loans")
    borrower_kind = models.CharField(
        _("lent to"), max_length=8, choices=BorrowerKind.choices, default=BorrowerKind.VISITOR
    )
    borrower_name = models.CharField(_("borrower"), max_length=60, blank=True)
    lent_by = by_user_field(_("lent by"), required=True)
    lent_at = models.DateTimeField(_("lent at"))
    due_back_at = models.DateTimeField(_("due back at"), null=True, blank=True)
    returned_at = returned_at_field()
    returned_to = returned_to_field()
    history = HistoricalRecords()

    objects = EquipmentLoanQuerySet.as_manager()

    class Meta:
        verbose_name = _("equipment loan")
        verbose_name_plural = _("equipment loans")
        ordering = ["-lent_at"]
        constraints = [
            # One piece of equipment is with one person at a time.
            models.UniqueConstraint(
                fields=["equipment"],
                condition=STILL_OUT,
                name="equipment_one_open_loan",
            ),
            stamped_after("returned_at", "lent_at", name="equipment_loan_returned_after_lent"),
            choice_check(
                "borrower_kind", ["visitor", "staff"], name="equipment_loan_borrower_kind_valid"
            ),
            # A loan names who has it: the visit, or a person's name.
            models.CheckConstraint(
                condition=models.Q(visit__isnull=False) | ~models.Q(borrower_name=""),
                name="equipment_loan_has_borrower",
            ),
            stamped_after("due_back_at", "lent_at", name="equipment_loan_due_after_lent"),
        ]
        indexes = [
            still_out_index("lent_at", name="equipment_loan_open_idx"),
            # Overdue loans on the board and the handover sheet.
            still_out_index("due_back_at", name="equipment_loan_due_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.equipment} → {self.borrower}"

    @property
    def borrower(self) -> str:
        """Return who has it: the staff member's name, or the visitor of the visit."""
        if self.borrower_name:
            return self.borrower_name
        return str(self.visit.visitor) if self.visit is not None else ""
