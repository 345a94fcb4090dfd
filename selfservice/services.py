"""Issue self-service links, check the complainant's guess, take the survey from the phone.

Wrong guesses are counted in the database, so every worker process sees the same count: ten
wrong guesses from one address lock that link for that address for a day, and thirty from all
addresses within an hour lock it for everyone for that hour (someone is working through the
digits from many places).
"""

import datetime as dt
import uuid

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from complaints.models import Complaint
from hospital.models import Desk
from hospital.phones import phone_tail
from reception.models import Feedback, Visit
from reception.services.feedback import feedback_submit

from .models import SURVEY_HOURS, Link, WrongGuess

GUESSES_PER_ADDRESS = 10
ADDRESS_LOCK = dt.timedelta(hours=24)
GUESSES_PER_LINK = 30
LINK_LOCK = dt.timedelta(hours=1)
# The complainant proves they hold the phone by its last digits.
DIGITS = 4


def phone_digits(contact: str) -> str:
    """Return the last four digits of a complaint's contact (stored as E.164), "" for an email."""
    if not contact or "@" in contact:
        return ""
    tail = phone_tail(contact, DIGITS)
    return tail if len(tail) == DIGITS else ""


def complaint_link(*, complaint: Complaint, by: User) -> Link | None:
    """Return the complaint's link, issuing it the first time; None when there is no phone to
    check the complainant by, or the link has already expired."""
    if not phone_digits(complaint.contact) or complaint.desk_id is None:
        return None
    link, _created = Link.objects.get_or_create(
        complaint=complaint,
        defaults={
            "purpose": Link.Purpose.COMPLAINT,
            "desk_id": complaint.desk_id,
            "created_by": by,
        },
    )
    return None if link.expired() else link


def survey_link(*, visit: Visit, by: User, now: dt.datetime | None = None) -> Link | None:
    """Return the visit's exit-survey link, issuing it the first time; None once the survey was
    given or the 72 hours since the visit have passed."""
    now = now or timezone.now()
    if Feedback.objects.filter(visit=visit).exists():
        return None
    link, _created = Link.objects.get_or_create(
        visit=visit,
        purpose=Link.Purpose.SURVEY,
        defaults={
            "desk_id": visit.desk_id,
            "created_by": by,
            "expires_at": visit.arrived_at + dt.timedelta(hours=SURVEY_HOURS),
        },
    )
    return None if link.expired(now) else link


def status_link(*, visit: Visit, by: User, now: dt.datetime | None = None) -> Link | None:
    """Return the visit's status link, issuing it the first time (a reprinted slip carries the
    same one); None once it has expired (a few hours after the visit ended)."""
    link, _created = Link.objects.get_or_create(
        visit=visit,
        purpose=Link.Purpose.STATUS,
        defaults={"desk_id": visit.desk_id, "created_by": by},
    )
    link.visit = visit
    return None if link.expired(now) else link


def _locked(link: Link, ip: str | None, now: dt.datetime) -> bool:
    guesses = WrongGuess.objects.filter(link=link)
    from_here = guesses.filter(ip=ip, at__gte=now - ADDRESS_LOCK).count()
    if from_here >= GUESSES_PER_ADDRESS:
        return True
    return guesses.filter(at__gte=now - LINK_LOCK).count() >= GUESSES_PER_LINK


def locked_error() -> ValidationError:
    return ValidationError(
        _(
            "Too many wrong tries: this link is locked on this device for now. "
            "Call the hospital with your reference instead."
        ),
        code="locked",
    )


def expired_error() -> ValidationError:
    return ValidationError(
        _("This link has expired. Call the hospital with your reference if you need help."),
        code="expired",
    )


def complaint_check(
    *, link: Link, reference: str, digits: str, ip: str | None, now: dt.datetime | None = None
) -> Complaint:
    """Return the complaint when the reference and the phone's last four digits are right.

    A wrong pair is counted and refused without saying which half was wrong; a locked or expired
    link is refused before anything is compared.
    """
    now = now or timezone.now()
    complaint = link.complaint
    if complaint is None or link.expired(now):
        raise expired_error()
    if _locked(link, ip, now):
        raise locked_error()
    given = reference.strip().upper()
    right = given == complaint.reference.upper() and digits.strip() == phone_digits(
        complaint.contact
    )
    if not right:
        WrongGuess.objects.create(link=link, ip=ip, at=now)
        if _locked(link, ip, now):
            raise locked_error()
        raise ValidationError(
            _(
                "The reference or the last four digits of the phone do not match. "
                "Check the slip and try again."
            ),
            code="no_match",
        )
    return complaint


@transaction.atomic
def survey_answer(
    *,
    link: Link,
    scores: dict[str, int],
    comment: str,
    form_token: uuid.UUID | None,
    now: dt.datetime | None = None,
) -> Feedback:
    """Save the visitor's survey from their phone: once per visit, within its 72 hours."""
    now = now or timezone.now()
    # Only the link's row is locked: the second phone waits here, then finds the answer.
    link = (
        Link.objects.select_for_update(of=("self",))
        .select_related("visit", "desk", "created_by")
        .get(pk=link.pk)
    )
    existing = Feedback.created_with(form_token)
    if existing is not None and existing.pk == link.feedback_id:
        return existing  # the same phone sent the same form twice (a double tap)
    if link.feedback_id is not None:
        raise ValidationError(
            _("This survey has already been answered: one answer per visit. Thank you!"),
            code="duplicate",
        )
    if link.visit is None or link.expired(now):
        raise expired_error()
    desk: Desk = link.desk
    try:
        feedback = feedback_submit(
            desk=desk,
            recorded_by=link.created_by,
            scores=scores,
            comment=comment,
            visit=link.visit,
            channel=Feedback.Channel.MOBILE,
            form_token=form_token,
            now=now,
        )
    except ValidationError as error:
        if "visit" in getattr(error, "error_dict", {}):
            # Given on the tablet meanwhile: the visit has its answer.
            raise ValidationError(
                _("This survey has already been answered: one answer per visit. Thank you!"),
                code="duplicate",
            ) from None
        raise
    link.feedback = feedback
    link.save(update_fields=["feedback"])
    return feedback
