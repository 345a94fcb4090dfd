"""What one person's bell shows: the open count, the urgent banner, and the live poll's stamp."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, cast

from django.db.models import Count, Q

from .models import Delivery, Level

if TYPE_CHECKING:
    from hospital.roles import Person

# How many urgent alerts the banner lists; the count says if there are more.
BANNER_MAX = 3


def _id(user: "Person") -> int:
    return cast(int, getattr(user, "pk", 0))


@dataclass(frozen=True)
class Inbox:
    waiting: int = 0
    urgent: int = 0
    banner: list[Delivery] = field(default_factory=list)


def inbox_of(user: "Person") -> Inbox:
    """Return the person's open count and urgent count in one query, and the urgent alerts to
    show in the banner in a second one only when there are any."""
    if not getattr(user, "is_authenticated", False):
        return Inbox()
    counts = (
        Delivery.objects.waiting()
        .filter(user_id=_id(user))
        .aggregate(waiting=Count("pk"), urgent=Count("pk", filter=Q(level=Level.URGENT)))
    )
    banner: list[Delivery] = []
    if counts["urgent"]:
        banner = list(
            Delivery.objects.waiting()
            .filter(user_id=_id(user), level=Level.URGENT)
            .select_related("alert", "alert__desk")
            .order_by("-delivered_at")[:BANNER_MAX]
        )
    return Inbox(waiting=counts["waiting"], urgent=counts["urgent"], banner=banner)


def last_change(user: "Person") -> datetime | None:
    """Return when anything last changed in this person's inbox: one read of an index."""
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Delivery.objects.filter(user_id=_id(user))
        .order_by("-changed_at")
        .values_list("changed_at", flat=True)
        .first()
    )
