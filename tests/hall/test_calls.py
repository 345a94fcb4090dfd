"""Call next and call again: from the desk, in order, never a closed number, stamps bumped."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from hall.models import Call
from hall.services import call_again, call_next
from hospital.models import Department
from reception.models import BoardStamp, Visit
from reception.services.visits import visit_close, visit_transition

pytestmark = pytest.mark.django_db

CALLS = reverse("hall:calls")
NEXT = reverse("hall:call_next")


def _gi() -> Department:
    return Department.objects.get(code="GI")


def test_call_next_calls_the_departments_numbers_in_order(walk_in, desk, guide) -> None:
    first, second = walk_in(), walk_in()
    walk_in(department="CARD")
    called = [call_next(desk=desk, department=_gi(), by=guide).visit for _ in range(2)]
    assert [v.pk for v in called] == [first.pk, second.pk]
    with pytest.raises(ValidationError) as refused:
        call_next(desk=desk, department=_gi(), by=guide)
    assert refused.value.error_dict["department"][0].code == "nobody_waiting"


def test_a_more_urgent_or_priority_visitor_is_called_first(walk_in, desk, guide) -> None:
    walk_in()
    urgent = walk_in()
    Visit.objects.filter(pk=urgent.pk).update(urgency="II", urgency_rank=2)
    assert call_next(desk=desk, department=_gi(), by=guide).visit == urgent


def test_a_visitor_routed_on_after_a_call_waits_for_the_new_department(
    walk_in, desk, guide
) -> None:
    visit = walk_in()
    call_next(desk=desk, department=_gi(), by=guide, room="3诊室")
    cardiology = Department.objects.get(code="CARD")
    visit_transition(visit=visit, to=Visit.Status.ROUTED, by=guide, destination=cardiology)
    assert not Call.objects.recent(desk_id=desk.pk, limit=6).exists()
    call = call_next(desk=desk, department=cardiology, by=guide)
    assert call.visit == visit and call.department == cardiology and call.room == ""
    assert Call.objects.filter(visit=visit).count() == 1
    assert list(Call.objects.recent(desk_id=desk.pk, limit=6)) == [call]


def test_a_call_bumps_the_desks_board_stamp(walk_in, desk, guide) -> None:
    walk_in()
    before, _at = BoardStamp.read(desk.pk)
    call_next(desk=desk, department=_gi(), by=guide, room="3诊室")
    after, _at = BoardStamp.read(desk.pk)
    assert after == before + 1


def test_call_again_counts_and_bumps(walk_in, desk, guide) -> None:
    visit = walk_in()
    call_next(desk=desk, department=_gi(), by=guide)
    before, _at = BoardStamp.read(desk.pk)
    call = call_again(visit=visit, by=guide)
    assert call.times == 2 and BoardStamp.read(desk.pk)[0] == before + 1


def test_calling_a_closed_number_again_is_refused(walk_in, desk, guide) -> None:
    visit = walk_in()
    call_next(desk=desk, department=_gi(), by=guide)
    visit_close(visit=visit, by=guide)
    with pytest.raises(ValidationError) as refused:
        call_again(visit=visit, by=guide)
    assert refused.value.error_dict["visit"][0].code == "number_closed"
    assert Call.objects.get(visit=visit).times == 1


def test_a_number_never_called_cannot_be_called_again(walk_in, guide) -> None:
    with pytest.raises(ValidationError) as refused:
        call_again(visit=walk_in(), by=guide)
    assert refused.value.error_dict["visit"][0].code == "not_called"


def test_the_guide_calls_next_from_the_panel_and_sees_the_number(walk_in, guide_client) -> None:
    visit = walk_in()
    response = guide_client.post(NEXT, {"department": _gi().pk, "room": "3诊室"}, follow=True)
    assert response.status_code == 200
    assert f"{visit.queue_number}" in response.content.decode()
    call = Call.objects.get(visit=visit)
    assert call.room == "3诊室" and call.called_by.username == "guide"


def test_calling_with_nobody_waiting_shows_the_reason_and_saves_nothing(guide_client) -> None:
    for department in (_gi().pk, "not-a-number", ""):
        response = guide_client.post(NEXT, {"department": department}, follow=True)
        assert response.status_code == 200
        assert [m.level_tag for m in response.context["messages"]] == ["error"]
    assert Call.objects.count() == 0


def test_call_again_of_a_closed_number_shows_the_refusal(
    walk_in, desk, guide, guide_client
) -> None:
    visit = walk_in()
    call_next(desk=desk, department=_gi(), by=guide)
    visit_close(visit=visit, by=guide)
    url = reverse("hall:call_again", args=[visit.pk])
    response = guide_client.post(url, {"next": "/hall/calls/"}, follow=True)
    assert response.status_code == 200
    assert visit.queue_number in response.content.decode()
    assert Call.objects.get(visit=visit).times == 1


def test_a_guide_of_another_desk_cannot_call_a_number_again(
    walk_in, desk, guide, other_desk
) -> None:
    from django.test import Client

    from tests.hospital.factories import StaffProfileFactory, UserFactory

    visit = walk_in()
    call_next(desk=desk, department=_gi(), by=guide)
    stranger = UserFactory(username="guide-b", role="guide")
    StaffProfileFactory(user=stranger, home_desk=other_desk)
    client = Client()
    client.force_login(stranger)
    response = client.post(reverse("hall:call_again", args=[visit.pk]))
    assert response.status_code == 404
    assert Call.objects.get(visit=visit).times == 1
    # Call next from their own tablet works their own desk only: nobody waits there.
    client.post(NEXT, {"department": _gi().pk})
    assert Call.objects.count() == 1


def test_managers_and_the_security_desk_cannot_call(
    walk_in, manager_client, security_client
) -> None:
    walk_in()
    for client in (manager_client, security_client):
        assert client.get(CALLS).status_code == 403
        assert client.post(NEXT, {"department": _gi().pk}).status_code == 403
    assert Call.objects.count() == 0


@pytest.mark.parametrize("size", [1, 30])
def test_the_calling_panel_runs_a_constant_number_of_queries(
    walk_in, desk, guide, guide_client, size, django_assert_num_queries
) -> None:
    for n in range(size):
        walk_in(department="CARD" if n % 2 else "GI")
    call_next(desk=desk, department=_gi(), by=guide)
    guide_client.get(CALLS)
    # session, the user with their roles and the tablet's desk, the departments waiting, the
    # latest calls
    with django_assert_num_queries(4):
        response = guide_client.get(CALLS, headers={"HX-Request": "true"})
    assert response.status_code == 200
