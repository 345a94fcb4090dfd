"""Admission help and the discharge send-off."""

import datetime as dt
import uuid

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from hospital.models import Department, Desk
from hospital.records import save_as
from reception.models import Visit

from ..models import AdmissionHelp, DischargeSendOff, FollowUpPlan, PlanTemplate
from .plans import follow_up_start


def _check_admission(
    *, visit: Visit, escorted_to_ward: bool, ward: Department | None, nurse_name: str
) -> None:
    errors: dict[str, list[ValidationError]] = {}
    if visit.purpose != Visit.Purpose.ADMISSION:
        errors["__all__"] = [
            ValidationError(
                _("This visitor did not come for admission: change the purpose first."),
                code="not_admission",
            )
        ]
    if escorted_to_ward and ward is None:
        errors["ward"] = [
            ValidationError(_("Choose the ward they were taken to."), code="required")
        ]
    if escorted_to_ward and not nurse_name:
        errors["nurse_name"] = [
            ValidationError(
                _("Write the name of the ward nurse who took them over."), code="required"
            )
        ]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def admission_record(
    *,
    visit: Visit,
    by: User,
    documents_checked: bool,
    escorted_to_admissions: bool,
    escorted_to_ward: bool,
    ward: Department | None = None,
    nurse_name: str = "",
    note: str = "",
    expected_version: int | None = None,
    now: dt.datetime | None = None,
) -> AdmissionHelp:
    """Record (or bring up to date) what the desk did for a visitor being admitted."""
    nurse_name = nurse_name.strip()
    _check_admission(
        visit=visit, escorted_to_ward=escorted_to_ward, ward=ward, nurse_name=nurse_name
    )
    existing = AdmissionHelp.objects.filter(visit=visit).values_list("pk", flat=True).first()
    if existing is not None:
        record = AdmissionHelp.locked(existing, expected_version=expected_version)
    else:
        record = AdmissionHelp(visit=visit, recorded_by=by, recorded_at=now or timezone.now())
    record.documents_checked = documents_checked
    record.escorted_to_admissions = escorted_to_admissions
    record.escorted_to_ward = escorted_to_ward
    record.ward = ward
    record.nurse_name = nurse_name
    record.note = note.strip()[:200]
    save_as(record, by)
    return record


@transaction.atomic
def send_off_record(
    *,
    desk: Desk,
    by: User,
    source: str,
    ward: Department,
    patient_name: str,
    phone: str = "",
    language: str = "zh-hans",
    guidance_given: bool = False,
    card_given: bool = False,
    transport: str = DischargeSendOff.Transport.NONE,
    feedback_asked: bool = False,
    feedback: str = "",
    plan_template: PlanTemplate | None = None,
    form_token: uuid.UUID | None = None,
    now: dt.datetime | None = None,
) -> DischargeSendOff:
    """Record a discharged patient seen off, and start their follow-up plan when one is chosen.

    The same form token twice returns the send-off already saved, with its plan.
    """
    existing = DischargeSendOff.created_with(form_token)
    if existing is not None:
        return existing
    now = now or timezone.now()
    patient_name = patient_name.strip()
    errors: dict[str, list[ValidationError]] = {}
    if not patient_name:
        errors["patient_name"] = [
            ValidationError(_("Write the patient's name, as on the ward's call."), code="required")
        ]
    if plan_template is not None and not phone:
        errors["phone"] = [
            ValidationError(_("A follow-up plan needs a phone number to call."), code="required")
        ]
    if feedback.strip() and not feedback_asked:
        feedback_asked = True  # what they said was asked for
    if errors:
        raise ValidationError(errors)
    send_off, created = DischargeSendOff.create_once(
        form_token=form_token,
        by=by,
        desk=desk,
        source=source,
        ward=ward,
        patient_name=patient_name,
        phone=phone,
        language=language,
        guidance_given=guidance_given,
        card_given=card_given,
        transport=transport,
        feedback_asked=feedback_asked,
        feedback=feedback.strip(),
        recorded_at=now,
        recorded_by=by,
    )
    if created and plan_template is not None:
        plan: FollowUpPlan = follow_up_start(
            template=plan_template,
            desk=desk,
            by=by,
            phone=phone,
            name=patient_name,
            department=ward,
            language=language,
            form_token=uuid.uuid5(form_token, "plan") if form_token else None,
            now=now,
        )
        send_off.plan = plan
        save_as(send_off, by, update_fields=["plan"])
    return send_off
