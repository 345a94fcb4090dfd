"""A person's data under PIPL: exported whole, anonymised with its history, and by retention."""

import datetime as dt
import json

import pytest
from django.core.management import call_command
from django.db.models import ProtectedError
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from complaints.models import Complaint
from hospital.access import Kind, log_access
from hospital.models import AccessLog
from overview.privacy import ANONYMISED, expired_persons, person_anonymise, person_records
from reception.models import Inquiry, Visit, Visitor
from tests.complaints.factories import ComplaintEntryFactory, ComplaintFactory
from tests.handover.factories import (
    AfterHoursEntryFactory,
    EquipmentLoanFactory,
    HandoffFactory,
)
from tests.reception.factories import FeedbackFactory, InquiryFactory, VisitFactory, VisitorFactory
from tests.triage.factories import EscalationFactory, TriageDecisionFactory

PHONE = "+8613912340000"


@pytest.fixture
def person(db, guide):
    """One person with a record of every kind: a visit and all it led to, a call, feedback,
    a complaint with its timeline, and a call to the security desk at night."""
    visitor = VisitorFactory(name="王小明", phone=PHONE, birth_year=1950)
    visit = VisitFactory(visitor=visitor, logged_by=guide, chief_complaint="胸口疼三天")
    TriageDecisionFactory(visit=visit, decided_by=guide, override_reason="家属说有心脏病史")
    EscalationFactory(visit=visit, spotted_by=guide, observation="王小明面色苍白")
    handoff = HandoffFactory(
        escort__visit=visit, escort__guide=guide, recorded_by=guide, situation="王小明胸痛"
    )
    EquipmentLoanFactory(
        visit=visit, borrower_kind="visitor", borrower_name="王小明", lent_by=guide
    )
    InquiryFactory(phone=PHONE, caller_name="王小明", question="心内科几点开诊？")
    feedback = FeedbackFactory(visit=visit, desk=visit.desk, comment="王小明：等太久")
    complaint = ComplaintFactory(
        received_by=guide,
        visit=visit,
        feedback=feedback,
        complainant_name="王小明",
        contact=PHONE,
        description='=HYPERLINK("http://evil.example","点我")',
    )
    ComplaintEntryFactory(complaint=complaint, text="已电话联系王小明", author=guide)
    AfterHoursEntryFactory(caller_name="王小明", caller_phone="139 1234 0000", text="要轮椅")
    return {"visitor": visitor, "visit": visit, "handoff": handoff, "complaint": complaint}


@pytest.fixture
def stranger(db, guide):
    return VisitFactory(
        visitor=VisitorFactory(name="李四", phone="+8613700000001"), logged_by=guide
    )


def test_export_contains_every_record_kind(admin_client, person, stranger) -> None:
    response = admin_client.get(reverse("overview:privacy_export"), {"phone": "139 1234 0000"})

    assert response.status_code == 200
    data = json.loads(response.content)
    counts = data["counts"]
    for label in (
        "reception.Visitor",
        "reception.Visit",
        "triage.TriageDecision",
        "triage.Escalation",
        "handover.Escort",
        "handover.Handoff",
        "handover.EquipmentLoan",
        "reception.Inquiry",
        "reception.Feedback",
        "complaints.Complaint",
        "complaints.ComplaintEntry",
        "handover.AfterHoursEntry",
    ):
        assert counts.get(label, 0) >= 1, label
    assert data["visits"][0]["handoffs"][0]["fields"]["situation"] == "王小明胸痛"
    assert "李四" not in response.content.decode()


def test_export_and_page_are_in_the_access_log(admin_client, person) -> None:
    admin_client.get(reverse("overview:privacy_export"), {"phone": PHONE})
    admin_client.get(reverse("overview:privacy_person"), {"phone": PHONE})

    kinds = list(AccessLog.objects.values_list("kind", "label"))
    assert (AccessLog.Kind.EXPORT, "person …0000") in kinds
    assert (AccessLog.Kind.LOOKUP, "person …0000") in kinds
    assert PHONE not in str(kinds)


def test_person_page_shows_the_records_readably(admin_client, person) -> None:
    response = admin_client.get(reverse("overview:privacy_person"), {"phone": PHONE})

    body = response.content.decode()
    assert response.status_code == 200
    assert "胸口疼三天" in body and "已电话联系王小明" in body and "要轮椅" in body


def test_person_by_visitor_number_without_phone(admin_client, guide) -> None:
    visit = VisitFactory(visitor=VisitorFactory(name="无名氏", phone=""), logged_by=guide)

    response = admin_client.get(reverse("overview:privacy_person"), {"visitor": visit.visitor.pk})

    assert "无名氏" in response.content.decode()


@pytest.mark.parametrize("name", ["privacy_person", "privacy_export", "privacy_anonymise"])
def test_only_administrators_open_the_privacy_pages(supervisor_client, person, name) -> None:
    response = supervisor_client.get(reverse(f"overview:{name}"), {"phone": PHONE})

    assert response.status_code == 403


def test_anonymise_replaces_names_phones_and_texts_and_keeps_counts(admin_client, person) -> None:
    visit = person["visit"]
    url = reverse("overview:privacy_anonymise")
    assert admin_client.get(url, {"phone": PHONE}).status_code == 200

    refused = admin_client.post(url, {"phone": PHONE})
    assert refused.status_code == 422
    assert Visitor.objects.get(pk=person["visitor"].pk).name == "王小明"

    response = admin_client.post(url, {"phone": PHONE, "confirm": "on"})

    assert response.status_code == 302
    visitor = Visitor.objects.get(pk=person["visitor"].pk)
    assert (visitor.name, visitor.phone, visitor.birth_year) == ("", "", None)
    visit.refresh_from_db()
    assert visit.chief_complaint == ANONYMISED
    assert visit.arrived_at == person["visit"].arrived_at  # times kept
    complaint = Complaint.objects.get(pk=person["complaint"].pk)
    assert (complaint.complainant_name, complaint.contact) == ("", "")
    assert complaint.description == ANONYMISED
    assert complaint.status == person["complaint"].status
    assert Inquiry.objects.get(question=ANONYMISED).caller_name == ""
    assert Visit.objects.filter(pk=visit.pk).exists()  # rows kept, none deleted
    assert person_records(phone=PHONE).counts() == {}


def test_anonymise_scrubs_the_history_too(person, admin_user) -> None:
    visitor, visit, complaint = person["visitor"], person["visit"], person["complaint"]
    records = person_records(phone=PHONE)
    rows_before = visit.history.count()

    person_anonymise(records=records, by=admin_user)

    assert visit.history.count() == rows_before + 1  # the anonymisation is itself in the history
    assert set(visitor.history.values_list("name", flat=True)) == {""}
    assert set(visitor.history.values_list("phone", flat=True)) == {""}
    assert set(visit.history.values_list("chief_complaint", flat=True)) == {ANONYMISED}
    assert set(complaint.history.values_list("contact", flat=True)) == {""}
    assert set(complaint.history.values_list("description", flat=True)) == {ANONYMISED}
    handoff = person["handoff"]
    assert set(handoff.history.values_list("situation", flat=True)) == {ANONYMISED}
    assert visit.history.latest().history_user == admin_user
    everything = json.dumps(
        [list(m.history.values()) for m in (visitor, visit, complaint, handoff)], default=str
    )
    assert "王小明" not in everything


def _read_everything(person_rows, reader) -> None:
    """Log a read of each record as the pages do (the label is the record as it reads now)."""
    request = RequestFactory().get("/admin/x/?q=王小明", REMOTE_ADDR="10.0.0.9")
    request.user = reader
    for row in person_rows:
        log_access(request, row, kind=Kind.VIEW)


def test_anonymise_scrubs_the_access_log_labels_and_keeps_the_entries(
    person, stranger, admin_user, supervisor
) -> None:
    records = person_records(phone=PHONE)
    _read_everything(list(records.all_rows()) + [stranger.visitor], supervisor)
    before = list(AccessLog.objects.order_by("pk").values("pk", "user", "kind", "at", "ip"))
    assert AccessLog.objects.filter(label__contains="王小明").exists()

    person_anonymise(records=records, by=admin_user)

    # Every entry stays: who read, when, from where, what kind of record, which one.
    assert list(AccessLog.objects.order_by("pk").values("pk", "user", "kind", "at", "ip")) == (
        before
    )
    # Every field but the time, whose microseconds may read "1234".
    entries = [{k: v for k, v in e.items() if k != "at"} for e in AccessLog.objects.values()]
    everything = json.dumps(entries, default=str, ensure_ascii=False)
    assert "王小明" not in everything and "1234" not in everything and "要轮椅" not in everything
    label = f"{Visitor._meta.verbose_name} #{person['visitor'].pk}"
    assert AccessLog.objects.filter(label=label).count() == 1
    # Another person's entries keep their label.
    assert AccessLog.objects.filter(label="李四").count() == 1


def test_the_retention_rule_scrubs_the_access_log_labels_too(settings, guide, supervisor) -> None:
    settings.RETENTION_DAYS = 365
    old = VisitFactory(visitor=VisitorFactory(name="老张", phone="+8613900000001"), logged_by=guide)
    _read_everything([old.visitor, old], supervisor)
    _age([old, old.visitor], 400)

    call_command("anonymise_expired")

    assert AccessLog.objects.count() == 2
    assert not AccessLog.objects.filter(label__contains="老张").exists()


def test_deleting_a_visitor_with_visits_stays_refused(person) -> None:
    with pytest.raises(ProtectedError):
        person["visitor"].delete()


def _age(records: list, days: int) -> None:
    """Move records `days` into the past, as if they had been written then."""
    for row in records:
        then = timezone.now() - dt.timedelta(days=days)
        type(row).objects.filter(pk=row.pk).update(
            **{
                name: then
                for name in ("arrived_at", "created_at", "updated_at", "received_at")
                if hasattr(row, name)
            }
        )


def test_retention_command_picks_only_expired_persons(settings, guide, capsys) -> None:
    settings.RETENTION_DAYS = 365
    old = VisitFactory(visitor=VisitorFactory(name="老张", phone="+8613900000001"), logged_by=guide)
    recent = VisitFactory(
        visitor=VisitorFactory(name="小李", phone="+8613900000002"), logged_by=guide
    )
    # An old visit of a person who came back last week: the person is not expired.
    returning = VisitorFactory(name="老王", phone="+8613900000003")
    old_of_returning = VisitFactory(visitor=returning, logged_by=guide)
    VisitFactory(visitor=returning, logged_by=guide)
    nameless = VisitFactory(visitor=VisitorFactory(name="无电话", phone=""), logged_by=guide)
    old_call = InquiryFactory(phone="+8613900000004", caller_name="打电话的")
    _age([old, old.visitor, old_of_returning, returning, nameless, nameless.visitor, old_call], 400)

    expired = expired_persons(cutoff=timezone.now() - dt.timedelta(days=365))
    assert set(expired.phones) == {"+8613900000001", "+8613900000004"}
    assert [v.name for v in expired.visitors] == ["无电话"]

    call_command("anonymise_expired", "--dry-run")
    assert "2 phone(s), 1 visitor(s) without a phone, 3 person(s) would be anonymised" in (
        capsys.readouterr().out
    )
    assert Visitor.objects.get(pk=old.visitor.pk).name == "老张"

    call_command("anonymise_expired")
    out = capsys.readouterr().out
    assert "3 person(s) anonymised" in out and "reception.Visitor: 2 record(s)" in out
    assert Visitor.objects.get(pk=old.visitor.pk).name == ""
    assert Visitor.objects.get(pk=nameless.visitor.pk).name == ""
    assert Inquiry.objects.get(pk=old_call.pk).caller_name == ""
    assert Visitor.objects.get(pk=recent.visitor.pk).name == "小李"
    assert Visitor.objects.get(pk=returning.pk).name == "老王"
    assert Visit.objects.get(pk=old_of_returning.pk).chief_complaint == "肚子疼"

    call_command("anonymise_expired")
    assert "0 person(s) anonymised" in capsys.readouterr().out


def test_follow_up_plans_send_offs_and_admission_help_are_exported_and_anonymised(
    person, admin_user
) -> None:
    from aftercare.models import AdmissionHelp, DischargeSendOff, FollowUpPlan, FollowUpStep
    from tests.aftercare.factories import (
        AdmissionHelpFactory,
        DischargeSendOffFactory,
        FollowUpPlanFactory,
        FollowUpStepFactory,
    )

    plan = FollowUpPlanFactory(name="王小明", phone=PHONE, visit=person["visit"])
    FollowUpStepFactory(plan=plan, note="王小明说胸口不疼了")
    DischargeSendOffFactory(patient_name="王小明", phone=PHONE, feedback="护士很好", plan=plan)
    AdmissionHelpFactory(visit=person["visit"], note="王小明的女儿陪同")
    elsewhere = FollowUpPlanFactory(name="李四", phone="+8613700000001")

    records = person_records(phone=PHONE)
    counts = records.counts()
    assert counts["aftercare.FollowUpPlan"] == 1
    assert counts["aftercare.FollowUpStep"] == 1
    assert counts["aftercare.DischargeSendOff"] == 1
    assert counts["aftercare.AdmissionHelp"] == 1

    person_anonymise(records=records, by=admin_user)
    plan.refresh_from_db()
    assert (plan.name, plan.phone) == ("", "")
    assert FollowUpStep.objects.get(plan=plan).note == ANONYMISED
    send_off = DischargeSendOff.objects.get()
    assert (send_off.patient_name, send_off.phone, send_off.feedback) == ("", "", ANONYMISED)
    assert AdmissionHelp.objects.get().note == ANONYMISED
    assert not plan.history.filter(name="王小明").exists()
    elsewhere.refresh_from_db()
    assert elsewhere.name == "李四"  # another person's plan is untouched
    assert FollowUpPlan.objects.count() == 2  # the counts stay
