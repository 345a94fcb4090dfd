"""Where a desk's ticket prefix comes from: the administrator's table, one row per purpose."""

from hospital.models import Desk

from .models import QueuePrefix


def prefix_of(desk: Desk, purpose: str) -> str:
    """Return the prefix for this purpose at this desk, else the desk's own, else ""."""
    # No ordering: the model's (desk, purpose) would join the desk table for nothing.
    prefixes = dict(
        QueuePrefix.objects.filter(desk=desk, purpose__in=[purpose, ""])
        .order_by()
        .values_list("purpose", "prefix")
    )
    return prefixes.get(purpose) or prefixes.get("", "")
