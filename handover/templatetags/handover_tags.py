"""Tags other apps' pages use to show handover data without importing handover."""

from typing import Any

from django import template
from django.utils import timezone

from hospital.models import Desk

from ..models import EquipmentLoan

register = template.Library()


@register.inclusion_tag("handover/_overdue_loans.html")
def overdue_loans(desk: Desk | None = None) -> dict[str, Any]:
    """Show the equipment overdue at a desk (all desks without one), in one query."""
    loans = EquipmentLoan.objects.overdue(timezone.now()).select_related(
        "equipment", "visit__visitor"
    )
    if desk is not None:
        loans = loans.filter(equipment__desk=desk)
    return {"overdue_loans": list(loans.order_by("due_back_at")[:20])}
