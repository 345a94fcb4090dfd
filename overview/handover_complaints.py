"""Where the handover book and sheet meet the complaints desk.

Handover may not name complaints (it sits beside them, not above), so the top floor plugs the two
together at start-up (`connect`, called from OverviewConfig.ready):

- an overnight complaint written in the after-hours book becomes a complaint when the desk takes
  the book back, in the same transaction;
- the complaints received during a shift are frozen onto the handover sheet when it is signed,
  as one more pending section.
"""

from datetime import date, datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from complaints.models import Complaint
from complaints.services import complaint_receive
from handover.models import AfterHoursEntry
from handover.pending import MAX_LINES, PendingSection, register_section
from handover.services import set_complaint_filer
from hospital.clock import day_bounds
from hospital.models import Desk


def complaint_from_entry(entry: AfterHoursEntry) -> int:
    """File an overnight complaint from the after-hours book; return the complaint's id.

    Called inside the book's take-back transaction: the entry keeps the id, so taking the book
    back again (a retry after an error) skips the entries already filed.
    """
    arguments: dict[str, Any] = {
        # Seed 000 首诉负责制: whoever took the complaint overnight received it.
        "received_by": entry.recorded_by,
        "received_at": entry.received_at,
        "channel": Complaint.Channel.SECURITY_DESK,
        "description": entry.text,
        "complainant_name": entry.caller_name,
        "contact": entry.caller_phone,
        "severity": Complaint.Severity.HIGH if entry.is_urgent else Complaint.Severity.MEDIUM,
        "desk": entry.book.desk,
    }
    try:
        with transaction.atomic():
            return complaint_receive(**arguments).pk
    except ValidationError as error:
        if "contact" not in getattr(error, "error_dict", {}):
            raise
    # A number security wrote down that is not a valid phone: keep it in the text, lose nothing.
    arguments["description"] = f"{entry.text}\n({entry.caller_phone})"
    arguments["contact"] = ""
    return complaint_receive(**arguments).pk


def pending_complaints(*, desk: Desk, start: datetime, end: datetime) -> dict[str, Any]:
    """Return the complaints the desk received during the shift [start, end) and their state."""
    rows = Complaint.objects.filter(desk=desk, received_at__gte=start, received_at__lt=end)
    items = [
        {
            "id": c.pk,
            "text": f"{c} {c.description[:60]}".strip(),
            "status": c.status,
            "status_label": str(c.get_status_display()),
            "since": c.received_at.isoformat(),
        }
        for c in rows.order_by("received_at")[:MAX_LINES]
    ]
    return {"total": rows.count(), "items": items}


def complaints_of_day(*, day: date, desk: Desk | None = None) -> list[Complaint]:
    """Return the complaints received on `day` for the daily sheet (one desk's and those of no
    desk, or all)."""
    start, end = day_bounds(day)
    rows = Complaint.objects.filter(received_at__gte=start, received_at__lt=end)
    if desk is not None:
        rows = rows.filter(Q(desk=desk) | Q(desk__isnull=True))
    return list(rows.select_related("received_by").order_by("received_at"))


def connect() -> None:
    """Plug the complaints desk into the after-hours book and the handover sheet."""
    set_complaint_filer(complaint_from_entry)
    register_section(
        PendingSection(
            key="complaints",
            title=_("Complaints received this shift"),
            gather=pending_complaints,
        )
    )
