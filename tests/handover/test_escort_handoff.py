"""Escort and handoff: the chain to a floor guide, a wheelchair on loan, illegal moves refused."""

import pytest
from django.urls import reverse

from handover.models import EquipmentLoan, Escort, Handoff
from hospital.models import Department
from reception.models import Visit
from reception.services.visits import visit_transition
from tests.handover.factories import EquipmentFactory
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def routed(desk, guide) -> Visit:
    visit = VisitFactory(desk=desk, logged_by=guide, visitor=VisitorFactory(needs=["wheelchair"]))
    return visit_transition(
        visit=visit,
        to=Visit.Status.ROUTED,
        by=guide,
        destination=Department.objects.get(code="GI"),
    )


def _escort(client, visit, **data):
    return client.post(
        reverse("handover:escort_start", args=[visit.pk]), {"version": visit.version, **data}
    )


def _handoff(client, visit, **data):
    visit.refresh_from_db()
    payload = {"version": visit.version, "receiver_role": "nurse", "receiver_name": "李护士"}
    payload.update(data)
    return client.post(reverse("handover:handoff", args=[visit.pk]), payload)


def test_escort_with_a_wheelchair_then_hand_off_to_a_named_nurse(
    guide_client, routed, desk, guide
) -> None:
    wheelchair = EquipmentFactory(desk=desk, label="WC-01")
    page = guide_client.get(reverse("handover:escort_start", args=[routed.pk]))
    assert "WC-01" in page.content.decode()
    _escort(guide_client, routed, wheelchair=wheelchair.pk)
    routed.refresh_from_db()
    assert routed.status == Visit.Status.ESCORTING and routed.escort_started_at
    escort = Escort.objects.get()
    assert (escort.guide, escort.destination.code, escort.arrived_at) == (guide, "GI", None)
    loan = EquipmentLoan.objects.get()
    assert loan.visit == routed and loan.returned_at is None

    response = _handoff(
        guide_client,
        routed,
        receiver_title="护士长",
        situation="胃疼两天",
        special_needs="轮椅",
        promised="家属10分钟后到",
    )
    assert response.status_code == 302
    routed.refresh_from_db()
    assert routed.status == Visit.Status.HANDED_OFF and routed.handed_off_at
    handoff = Handoff.objects.get()
    assert (handoff.receiver_name, handoff.receiver_role, handoff.receiver_title) == (
        "李护士",
        "nurse",
        "护士长",
    )
    assert handoff.promised == "家属10分钟后到"
    escort.refresh_from_db()
    assert escort.arrived_at == handoff.handed_at
    assert EquipmentLoan.objects.get().returned_at is None  # on the record until returned


def test_a_floor_guide_continues_the_escort(guide_client, routed) -> None:
    _escort(guide_client, routed)
    _handoff(guide_client, routed, receiver_role="floor_guide", receiver_name="三楼导医小周")
    routed.refresh_from_db()
    assert routed.status == Visit.Status.ESCORTING
    first, second = Escort.objects.order_by("pk")
    assert first.arrived_at and second.arrived_at is None
    assert second.guide_name == "三楼导医小周" and second.continues == first.handoff
    _handoff(guide_client, routed, receiver_role="doctor", receiver_name="王医生")
    routed.refresh_from_db()
    assert routed.status == Visit.Status.HANDED_OFF
    assert Handoff.objects.count() == 2 and not Escort.objects.filter(arrived_at=None).exists()


def test_handing_off_a_visit_never_escorted_is_refused(guide_client, routed) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.get(reverse("handover:handoff", args=[routed.pk]), follow=True)
    assert "start an escort first" in response.content.decode()
    response = _handoff(guide_client, routed)
    assert not Handoff.objects.exists()
    routed.refresh_from_db()
    assert routed.status == Visit.Status.ROUTED


def test_escorting_a_waiting_visit_is_refused(guide_client, desk, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    visit = VisitFactory(desk=desk)
    response = guide_client.post(
        reverse("handover:escort_start", args=[visit.pk]), {"version": 1}, follow=True
    )
    assert "cannot become" in response.content.decode()
    assert not Escort.objects.exists()


def test_handoff_without_a_name_is_refused_next_to_the_field(guide_client, routed) -> None:
    guide_client.cookies["django_language"] = "en"
    _escort(guide_client, routed)
    response = _handoff(guide_client, routed, receiver_name="")
    assert response.status_code == 200
    assert "Write the name of the person who took over" in response.content.decode()
    assert not Handoff.objects.exists()


def test_two_guides_escorting_at_once_the_second_is_refused(
    guide_client, routed, second_guide
) -> None:
    from django.test import Client

    guide_client.cookies["django_language"] = "en"
    other = Client()
    other.force_login(second_guide)
    other.cookies["django_language"] = "en"
    version = routed.version
    _escort(guide_client, routed)
    response = other.post(
        reverse("handover:escort_start", args=[routed.pk]), {"version": version}, follow=True
    )
    assert "Someone else changed this visit" in response.content.decode()
    assert response.context["visit"].status == Visit.Status.ESCORTING
    assert Escort.objects.count() == 1
