"""One factory per complaints model. A complaint is received through the intake service, as at the
desk, so its reference, clocks and first timeline entry are the real ones."""

import datetime as dt
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from complaints.models import Complaint, ComplaintEntry
from complaints.services import complaint_receive, complaint_update
from hospital.models import Department
from tests.hospital.factories import UserFactory

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute, tzinfo=SHANGHAI)


class ComplaintFactory(factory.django.DjangoModelFactory):
    """Receive a complaint concerning the departments with these codes (`departments=("GI",)`)."""

    class Meta:
        model = Complaint

    received_by = factory.SubFactory(UserFactory)
    received_at = None  # the service's "now"
    channel = Complaint.Channel.IN_PERSON
    description = "挂号窗口工作人员态度恶劣。"
    complainant_name = "赵先生"
    contact = "13812345678"
    category = Complaint.Category.ATTITUDE
    departments = ("GI",)

    @classmethod
    def _create(cls, model_class, *, departments, **kwargs) -> Complaint:
        return complaint_receive(
            departments=list(Department.objects.filter(code__in=departments)), **kwargs
        )


# The complaints tests read as a verb; it is the same factory.
make_complaint = ComplaintFactory


class ComplaintEntryFactory(factory.django.DjangoModelFactory):
    """An investigation note on the timeline (services write the status entries)."""

    class Meta:
        model = ComplaintEntry

    complaint = factory.SubFactory(ComplaintFactory)
    kind = ComplaintEntry.Kind.INVESTIGATION
    text = "已与当班护士核实经过。"
    occurred_at = factory.LazyFunction(timezone.now)
    author = factory.SelfAttribute("complaint.received_by")


def admin_change_form(complaint: Complaint) -> dict:
    """What the admin's change form posts for `complaint`, with the category changed to fees."""
    return {
        "complainant_name": complaint.complainant_name,
        "contact": complaint.contact,
        "relation": complaint.relation,
        "visit": "",
        "departments": list(complaint.departments.values_list("pk", flat=True)),
        "category": "fees",
        "severity": complaint.severity,
        "description": complaint.description,
        "request_text": "",
        "assigned_to": "",
        "root_cause": "",
        "prevention_action": "",
        "seen_version": complaint.version,
    }


def stale_admin_change_form(complaint: Complaint, *, edited_by) -> dict:
    """Return the change form as it was opened, after `edited_by` changed the complaint since."""
    form = admin_change_form(complaint)
    complaint_update(
        complaint=complaint,
        by=edited_by,
        expected_version=complaint.version,
        changes={"severity": "critical"},
    )
    return form
