"""A person's rights over their data (PIPL): everything held about them, and anonymisation.

A person is known by a phone number (E.164, as every app stores it) or, when they gave none, by
their visitor record. `person_records` gathers every record that names them across the stages;
`person_export` turns it into JSON for the person (art. 45); `person_anonymise` replaces names,
phones and free texts in those records, in their history rows and in the access log's labels of
them, keeping counts, statuses and times so the reports still add up (art. 47). `expired_persons` applies the retention rule
(settings.RETENTION_DAYS) for the `anonymise_expired` command.

Deleting is not the path: a visit is referenced by decisions, escorts and complaints, and the
hospital must keep the counts; anonymisation keeps the rows and removes the person.
"""

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core import serializers
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from aftercare.models import (
    AdmissionHelp,
    Confirmation,
    DischargeSendOff,
    FollowUpPlan,
    FollowUpStep,
)
from aftercare.services.plans import follow_up_stop
from complaints.models import Complaint, ComplaintEntry
from handover.models import AfterHoursEntry, EquipmentLoan, Escort, Handoff, HandoverTask
from hospital.access import access_log_scrub
from hospital.phones import normalise_phone, phone_tail
from hospital.records import save_as
from reception.models import Feedback, Inquiry, Visit, Visitor
from triage.models import Escalation, TriageDecision

# What replaces a free text that said something: the row still shows that something was written.
ANONYMISED = "[anonymised]"

NAME, PHONE, TEXT, NUMBER = "name", "phone", "text", "number"

# Every field that names, reaches or describes the person, by model. Staff names (the guide who
# escorted, the nurse who took over) are not the person's and stay.
PERSONAL_FIELDS: dict[type[models.Model], dict[str, str]] = {
    Visitor: {"name": NAME, "phone": PHONE, "birth_year": NUMBER},
    Visit: {"chief_complaint": TEXT},
    TriageDecision: {"override_reason": TEXT},
    Escalation: {"observation": TEXT},
    Escort: {},
    Handoff: {"situation": TEXT, "special_needs": TEXT, "promised": TEXT},
    EquipmentLoan: {"borrower_name": NAME},
    Feedback: {"comment": TEXT},
    Inquiry: {
        "phone": PHONE,
        "caller_name": NAME,
        "question": TEXT,
        "answer": TEXT,
        "callback_result": TEXT,
    },
    Complaint: {
        "complainant_name": NAME,
        "contact": PHONE,
        "description": TEXT,
        "request_text": TEXT,
        "escalation_reason": TEXT,
        "answer": TEXT,
        "remedy": TEXT,
        "prevention_action": TEXT,
        "follow_up_comment": TEXT,
        "no_follow_up_reason": TEXT,
        "withdrawal_reason": TEXT,
    },
    ComplaintEntry: {"text": TEXT},
    AfterHoursEntry: {"caller_name": NAME, "caller_phone": PHONE, "text": TEXT},
    HandoverTask: {"text": TEXT},
    FollowUpPlan: {"name": NAME, "phone": PHONE, "stop_reason": TEXT},
    FollowUpStep: {"note": TEXT, "cancel_reason": TEXT},
    AdmissionHelp: {"note": TEXT},
    Confirmation: {"note": TEXT},
    DischargeSendOff: {"patient_name": NAME, "phone": PHONE, "feedback": TEXT},
}


def _blank(kind: str, value: Any) -> Any:
    """Return what replaces `value` of a field of `kind`."""
    if kind == NUMBER:
        return None
    if kind == TEXT:
        return ANONYMISED if value else value
    return ""


@dataclass
class PersonRecords:
    """Everything held about one person, grouped by kind."""

    phone: str = ""
    visitors: list[Visitor] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    inquiries: list[Inquiry] = field(default_factory=list)
    feedback: list[Feedback] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    after_hours: list[AfterHoursEntry] = field(default_factory=list)
    plans: list[FollowUpPlan] = field(default_factory=list)
    send_offs: list[DischargeSendOff] = field(default_factory=list)
    admissions: list[AdmissionHelp] = field(default_factory=list)
    confirmations: list[Confirmation] = field(default_factory=list)

    def __bool__(self) -> bool:
        return any(self.kinds().values())

    def kinds(self) -> dict[str, list[Any]]:
        return {
            "visitors": self.visitors,
            "visits": self.visits,
            "inquiries": self.inquiries,
            "feedback": self.feedback,
            "complaints": self.complaints,
            "after_hours": self.after_hours,
            "plans": self.plans,
            "send_offs": self.send_offs,
        }

    def all_rows(self) -> Iterator[models.Model]:
        """Yield every record, the visit's and the complaint's own records included."""
        yield from self.visitors
        for visit in self.visits:
            yield visit
            yield from visit.decisions.all()
            yield from visit.escalations.all()
            yield from visit.escorts.all()
            yield from visit.handoffs.all()
            yield from visit.loans.all()
        yield from self.inquiries
        yield from self.feedback
        for complaint in self.complaints:
            yield complaint
            yield from complaint.entries.all()
        for entry in self.after_hours:
            yield entry
            if entry.task is not None:
                yield entry.task
        for plan in self.plans:
            yield plan
            yield from plan.steps.all()
        yield from self.send_offs
        yield from self.admissions
        yield from self.confirmations

    def counts(self) -> dict[str, int]:
        """Return how many rows of each model the person has."""
        counts: dict[str, int] = {}
        for row in self.all_rows():
            label = row._meta.label
            counts[label] = counts.get(label, 0) + 1
        return counts


def _after_hours_by_phone(phone: str) -> list[AfterHoursEntry]:
    """Return the book's entries whose phone, as security wrote it down, is this number."""
    tail = phone_tail(phone)
    if not tail:
        return []
    candidates = AfterHoursEntry.objects.filter(caller_phone__contains=tail).select_related("task")
    return [entry for entry in candidates if _normalised(entry.caller_phone) == phone]


def _normalised(raw: str) -> str:
    try:
        return normalise_phone(raw)
    except ValidationError:
        return ""


def person_records(*, phone: str = "", visitor: Visitor | None = None) -> PersonRecords:
    """Gather every record of the person with this phone (E.164) or this visitor record.

    A visitor with a phone is the person of that phone: their calls and complaints count too.
    """
    if visitor is not None and visitor.phone:
        phone = visitor.phone
    if phone:
        visitors_q = Q(phone=phone)
    elif visitor is not None:
        visitors_q = Q(pk=visitor.pk)
    else:
        return PersonRecords()
    visitors = list(Visitor.objects.filter(visitors_q).order_by("created_at", "pk"))
    visits = list(
        Visit.objects.filter(visitor__in=visitors)
        .select_related("visitor", "desk", "destination", "logged_by")
        .prefetch_related("decisions", "escalations", "escorts", "handoffs", "loans")
        .order_by("arrived_at", "pk")
    )
    feedback = list(Feedback.objects.filter(visit__in=visits).order_by("submitted_at", "pk"))
    inquiries = (
        list(Inquiry.objects.filter(phone=phone).order_by("received_at", "pk")) if phone else []
    )
    complaints_q = Q(visit__in=visits) | Q(feedback__in=feedback)
    if phone:
        complaints_q |= Q(contact=phone)
    complaints = list(
        Complaint.objects.filter(complaints_q)
        .distinct()
        .prefetch_related("entries", "departments")
        .order_by("received_at", "pk")
    )
    plans_q = Q(visit__in=visits)
    if phone:
        plans_q |= Q(phone=phone)
    plans = list(
        FollowUpPlan.objects.filter(plans_q)
        .distinct()
        .prefetch_related("steps")
        .order_by("started_at", "pk")
    )
    send_offs_q = Q(plan__in=plans)
    if phone:
        send_offs_q |= Q(phone=phone)
    return PersonRecords(
        phone=phone,
        visitors=visitors,
        visits=visits,
        inquiries=inquiries,
        feedback=feedback,
        complaints=complaints,
        after_hours=_after_hours_by_phone(phone) if phone else [],
        plans=plans,
        send_offs=list(
            DischargeSendOff.objects.filter(send_offs_q).distinct().order_by("recorded_at", "pk")
        ),
        admissions=list(AdmissionHelp.objects.filter(visit__in=visits).order_by("pk")),
        confirmations=list(Confirmation.objects.filter(inquiry__in=inquiries).order_by("pk")),
    )


def _serialise(rows: Iterable[models.Model]) -> list[dict[str, Any]]:
    return list(serializers.serialize("python", list(rows)))


def person_export(records: PersonRecords) -> dict[str, Any]:
    """Return everything held about the person as plain data (dumped as JSON by the view)."""
    return {
        "phone": records.phone,
        "exported_at": timezone.now().isoformat(),
        "counts": records.counts(),
        "visitors": _serialise(records.visitors),
        "visits": [
            {
                "visit": _serialise([visit])[0],
                "decisions": _serialise(visit.decisions.all()),
                "escalations": _serialise(visit.escalations.all()),
                "escorts": _serialise(visit.escorts.all()),
                "handoffs": _serialise(visit.handoffs.all()),
                "equipment_loans": _serialise(visit.loans.all()),
            }
            for visit in records.visits
        ],
        "inquiries": _serialise(records.inquiries),
        "feedback": _serialise(records.feedback),
        "complaints": [
            {
                "complaint": _serialise([complaint])[0],
                "entries": _serialise(complaint.entries.all()),
            }
            for complaint in records.complaints
        ],
        "after_hours_entries": _serialise(records.after_hours),
        "after_hours_tasks": _serialise(e.task for e in records.after_hours if e.task is not None),
        "follow_up_plans": [
            {"plan": _serialise([plan])[0], "calls": _serialise(plan.steps.all())}
            for plan in records.plans
        ],
        "discharge_send_offs": _serialise(records.send_offs),
        "admission_help": _serialise(records.admissions),
        "confirmation_calls": _serialise(records.confirmations),
    }


def _scrub(row: models.Model, by: AbstractBaseUser | None) -> bool:
    """Replace the personal fields of `row` and of all its history rows; return if it changed."""
    fields = PERSONAL_FIELDS.get(type(row), {})
    changed = []
    for name, kind in fields.items():
        value = getattr(row, name)
        blank = _blank(kind, value)
        if value != blank:
            setattr(row, name, blank)
            changed.append(name)
    if changed:
        # The anonymisation itself is in the history, with who asked for it.
        save_as(row, by, update_fields=changed)
    history = getattr(row, "history", None)
    if history is not None and fields:
        rows = history.all()
        for name, kind in fields.items():
            if kind == TEXT:
                rows.exclude(**{name: ""}).exclude(**{name: ANONYMISED}).update(
                    **{name: ANONYMISED}
                )
            elif kind == NUMBER:
                rows.exclude(**{f"{name}__isnull": True}).update(**{name: None})
            else:
                rows.exclude(**{name: ""}).update(**{name: ""})
    return bool(changed)


@transaction.atomic
def person_anonymise(*, records: PersonRecords, by: AbstractBaseUser | None) -> dict[str, int]:
    """Anonymise every record of the person, its history and the access log's labels of it;
    return the rows changed by model.

    Counts, statuses and times stay: the reports of past months still add up.
    """
    changed: dict[str, int] = {}
    # A running follow-up plan stops: there is no one left to call.
    for plan in records.plans:
        if plan.is_active:
            follow_up_stop(plan=plan, by=by, reason=_("The person's data was anonymised."))  # type: ignore[arg-type]
            plan.refresh_from_db()
    rows = list(records.all_rows())
    for row in rows:
        if _scrub(row, by):
            label = row._meta.label
            changed[label] = changed.get(label, 0) + 1
    # Who read these records stays in the access log; what the label said of the person goes.
    access_log_scrub(rows)
    return changed


# --- the retention rule ---------------------------------------------------------------------


@dataclass
class ExpiredPersons:
    """The persons past the retention period: by phone, by visitor, and records of no one."""

    phones: list[str] = field(default_factory=list)
    visitors: list[Visitor] = field(default_factory=list)
    inquiries: list[Inquiry] = field(default_factory=list)
    complaints: list[Complaint] = field(default_factory=list)
    after_hours: list[AfterHoursEntry] = field(default_factory=list)

    def persons(self) -> Iterator[PersonRecords]:
        for phone in self.phones:
            yield person_records(phone=phone)
        for visitor in self.visitors:
            yield person_records(visitor=visitor)
        if self.inquiries or self.complaints or self.after_hours:
            # Records that name someone without a phone or a visit: each stands alone.
            yield PersonRecords(
                inquiries=self.inquiries,
                complaints=self.complaints,
                after_hours=self.after_hours,
            )


def _latest(into: dict[str, dt.datetime], rows: Iterable[Any], key: str) -> None:
    for row in rows:
        phone, last = row[key], row["last"]
        if last is not None and (phone not in into or last > into[phone]):
            into[phone] = last


def expired_persons(*, cutoff: dt.datetime) -> ExpiredPersons:
    """Return the persons whose last record is older than `cutoff` and who still have data."""
    last: dict[str, dt.datetime] = {}
    with_phone = Visitor.objects.exclude(phone="")
    _latest(last, with_phone.values("phone").annotate(last=Max("created_at")), "phone")
    _latest(
        last,
        Visit.objects.filter(visitor__in=with_phone)
        .values("visitor__phone")
        .annotate(last=Max("updated_at")),
        "visitor__phone",
    )
    _latest(
        last,
        Inquiry.objects.exclude(phone="").values("phone").annotate(last=Max("received_at")),
        "phone",
    )
    _latest(
        last,
        Complaint.objects.exclude(contact="").values("contact").annotate(last=Max("updated_at")),
        "contact",
    )
    _latest(
        last,
        FollowUpPlan.objects.exclude(phone="").values("phone").annotate(last=Max("started_at")),
        "phone",
    )
    _latest(
        last,
        DischargeSendOff.objects.exclude(phone="")
        .values("phone")
        .annotate(last=Max("recorded_at")),
        "phone",
    )
    phones = sorted(phone for phone, at in last.items() if at < cutoff)

    visits = Visit.objects.filter(visitor=models.OuterRef("pk"))
    said = visits.exclude(chief_complaint__in=["", ANONYMISED])
    visitors = list(
        Visitor.objects.filter(phone="", created_at__lt=cutoff)
        .exclude(models.Exists(visits.filter(updated_at__gte=cutoff)))
        .filter(~Q(name="") | Q(birth_year__isnull=False) | models.Exists(said))
    )
    inquiries = list(
        Inquiry.objects.filter(phone="", received_at__lt=cutoff).filter(
            ~Q(caller_name="") | ~Q(question__in=["", ANONYMISED])
        )
    )
    complaints = list(
        Complaint.objects.filter(
            contact="", visit__isnull=True, feedback__isnull=True, updated_at__lt=cutoff
        ).filter(~Q(complainant_name="") | ~Q(description=ANONYMISED))
    )
    # The book's old entries, unless their caller is a person still active.
    active = {phone for phone, at in last.items() if at >= cutoff}
    after_hours = [
        entry
        for entry in AfterHoursEntry.objects.filter(received_at__lt=cutoff)
        .filter(~Q(caller_name="") | ~Q(caller_phone="") | ~Q(text=ANONYMISED))
        .select_related("task")
        if _normalised(entry.caller_phone) not in active
    ]
    return ExpiredPersons(
        phones=phones,
        visitors=visitors,
        inquiries=inquiries,
        complaints=complaints,
        after_hours=after_hours,
    )


# --- the readable page ----------------------------------------------------------------------

HIDDEN_FIELDS = {"id", "version", "form_token"}


@dataclass
class Described:
    """One record as the page shows it: a title and its fields as (label, text) pairs."""

    title: str
    fields: list[tuple[str, str]]
    children: list["Described"] = field(default_factory=list)


def _text(row: models.Model, model_field: models.Field) -> str:
    value = getattr(row, model_field.name)
    if value is None or value == "":
        return ""
    if model_field.choices:
        return str(getattr(row, f"get_{model_field.name}_display")())
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    return str(value)


def describe(row: models.Model, *children: Iterable[models.Model]) -> Described:
    """Return `row` with every field it holds, and its own records (`children`) under it."""
    fields = [
        (str(f.verbose_name), _text(row, f))
        for f in row._meta.concrete_fields
        if f.name not in HIDDEN_FIELDS
    ]
    title = f"{str(row._meta.verbose_name).capitalize()} #{row.pk}"
    return Described(
        title=title,
        fields=[(label, text) for label, text in fields if text],
        children=[describe(child) for group in children for child in group],
    )


def person_sections(records: PersonRecords) -> list[tuple[str, list[Described]]]:
    """Return the page's sections: each kind of record, described field by field."""
    return [
        (_("Visitor records"), [describe(v) for v in records.visitors]),
        (
            _("Visits and what followed"),
            [
                describe(
                    visit,
                    visit.decisions.all(),
                    visit.escalations.all(),
                    visit.escorts.all(),
                    visit.handoffs.all(),
                    visit.loans.all(),
                )
                for visit in records.visits
            ],
        ),
        (_("Inquiries and callbacks"), [describe(i) for i in records.inquiries]),
        (_("Exit feedback"), [describe(f) for f in records.feedback]),
        (_("Complaints"), [describe(c, c.entries.all()) for c in records.complaints]),
        (
            _("After-hours book"),
            [describe(e, [e.task] if e.task is not None else []) for e in records.after_hours],
        ),
        (
            _("Follow-up plans, admission help and send-offs"),
            [describe(plan, plan.steps.all()) for plan in records.plans]
            + [describe(row) for row in records.admissions]
            + [describe(row) for row in records.send_offs]
            + [describe(row) for row in records.confirmations],
        ),
    ]
