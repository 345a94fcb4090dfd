"""The key cabinet and its register."""

from typing import ClassVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from hospital.desks import scoped
from hospital.fields import by_user_field, choice_check, desk_field, kept_key, stamped_after
from hospital.localized import FILLED_HANT, SHOWN_EN, localized
from hospital.records import IdempotentModel
from hospital.roles import Role

from .loans import LoanMixin, LoanQuerySet, returned_at_field, returned_to_field, still_out_index


class Key(models.Model):
    """A key in the desk's cabinet: which door or room, how many copies (seed 000 篇2)."""

    TRANSLATED_FIELDS: ClassVar[tuple[str, ...]] = ("door",)

    desk = desk_field(related_name="keys")
    code = models.CharField(_("tag"), max_length=20, help_text=_("The number on the tag."))
    door = models.CharField(_("door or room"), max_length=80)
    door_zh_hant = models.CharField(
        _("door or room (Traditional Chinese)"), max_length=80, blank=True, help_text=FILLED_HANT
    )
    door_en = models.CharField(
        _("door or room (English)"), max_length=120, blank=True, help_text=SHOWN_EN
    )
    copies = models.PositiveSmallIntegerField(
        _("copies in service"), default=1, help_text=_("Damaged or lost copies are taken off.")
    )
    lock_change_required = models.BooleanField(_("lock to be changed"), default=False)
    lock_change_reported_at = models.DateTimeField(
        _("lock change requested at"), null=True, blank=True
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("key")
        verbose_name_plural = _("keys")
        ordering = ["desk", "code"]
        constraints = [
            models.UniqueConstraint(fields=["desk", "code"], name="key_code_unique_per_desk"),
        ]

    def __str__(self) -> str:
        return f"{self.code} {localized(self, 'door')}"


class KeyLoanQuerySet(LoanQuerySet):
    def visible_to(self, user: "AbstractBaseUser | AnonymousUser") -> "KeyLoanQuerySet":
        """Return the key loans this person may read: all for the supervisors and the security
        desk, a guide's those of their desks' keys."""
        return scoped(self, user, desk="key__desk", also=[Role.SECURITY_DESK])


class KeyLoan(LoanMixin, IdempotentModel):
    """One line of the key register: issued by the shift lead to a named person, then returned."""

    class Condition(models.TextChoices):
        GOOD = "good", _("Good")
        DAMAGED = "damaged", _("Damaged — withdrawn")
        LOST = "lost", _("Lost")

    key = kept_key("handover.Key", _("key"), related_name="loans")
    issued_to = models.CharField(_("issued to"), max_length=60)
    purpose = models.CharField(_("purpose"), max_length=120)
    issued_by = by_user_field(_("issued by"), required=True)
    issued_at = models.DateTimeField(_("issued at"))
    due_back_at = models.DateTimeField(_("due back at"))
    returned_at = returned_at_field()
    returned_to = returned_to_field()
    condition = models.CharField(
        _("condition"), max_length=8, choices=Condition.choices, blank=True
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    history = HistoricalRecords()

    objects = KeyLoanQuerySet.as_manager()

    class Meta:
        verbose_name = _("key loan")
        verbose_name_plural = _("key register")
        ordering = ["-issued_at"]
        constraints = [
            choice_check(
                "condition", ["", "good", "damaged", "lost"], name="key_loan_condition_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(returned_at__isnull=True, condition="")
                | models.Q(returned_at__isnull=False) & ~models.Q(condition=""),
                name="key_loan_closed_with_condition",
            ),
            stamped_after("returned_at", "issued_at", name="key_loan_returned_after_issued"),
        ]
        indexes = [still_out_index("key", "issued_at", name="key_loan_open_idx")]

    def __str__(self) -> str:
        return f"{self.key} → {self.issued_to}"
