"""The walk-in screen: one screen, validated, idempotent, straight to routing."""

import uuid
from datetime import timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from reception.models import Visit, Visitor
from tests.reception.factories import VisitFactory, VisitorFactory

pytestmark = pytest.mark.django_db

URL = "/reception/walk-in/"


def walkin_data(**overrides) -> dict:
    data = {
        "idempotency_key": str(uuid.uuid4()),
        "purpose": "doctor",
        "chief_complaint": "胃疼两天",
        "temperature": "",
        "phone": "138 1234 5678",
        "name": "",
        "sex": "F",
        "age": "45",
        "needs": [],
        "source": "",
        "arrived_at": "",
    }
    data.update(overrides)
    return data


def test_walkin_screen_shows_one_tap_purposes_and_needs(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="purpose-doctor"' in html and 'class="btn-check"' in html
    assert 'name="needs"' in html and 'id="need-wheelchair"' in html
    assert 'name="idempotency_key"' in html


def test_saving_a_walkin_goes_straight_to_routing(guide_client, desk, guide) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(URL, walkin_data())
    visit = Visit.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("triage:route", args=[visit.pk])
    assert visit.desk == desk and visit.logged_by == guide
    assert visit.status == Visit.Status.WAITING
    assert visit.visitor.phone == "+8613812345678"  # stored normalised (E.164)
    assert visit.visitor.birth_year == timezone.localdate().year - 45


def test_double_tap_or_reload_creates_one_visit(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    data = walkin_data()
    first = guide_client.post(URL, data)
    second = guide_client.post(URL, data)
    assert Visit.objects.count() == 1 and Visitor.objects.count() == 1
    assert second.status_code == 302 and second["Location"] == first["Location"]


def test_priority_is_set_for_elderly_and_wheelchair_visitors(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    guide_client.post(URL, walkin_data(needs=["wheelchair"], age=""))
    guide_client.post(URL, walkin_data(age="82", phone=""))
    guide_client.post(URL, walkin_data(age="30", phone=""))
    assert list(Visit.objects.order_by("pk").values_list("is_priority", flat=True)) == [
        True,
        True,
        False,
    ]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "12345", "mainland mobile"),
        ("phone", "1381234567x", "mainland mobile"),
        ("temperature", "29.9", "between 30 and 45"),
        ("temperature", "45.1", "between 30 and 45"),
        ("temperature", "hot", "as a number"),
        ("chief_complaint", "  ", "decides where the visitor should go"),
        ("age", "130", "between 0 and 120"),
    ],
)
def test_bad_input_is_refused_next_to_the_field(guide_client, field, value, message) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(URL, walkin_data(**{field: value}))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["form"].errors[field]
    assert not Visit.objects.exists() and not Visitor.objects.exists()


def test_an_arrival_in_the_future_is_refused(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    future = (timezone.localtime() + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")
    response = guide_client.post(URL, walkin_data(arrived_at=future))
    assert response.status_code == 200
    assert "in the future" in response.content.decode()
    assert not Visit.objects.exists()


def test_bad_input_message_is_in_the_users_language(guide_client) -> None:
    response = guide_client.post(URL, walkin_data(temperature="50"))
    assert "30" in response.content.decode() and "45" in response.content.decode()
    assert "体温" in response.content.decode()


def test_a_question_needs_no_chief_complaint(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.post(URL, walkin_data(purpose="question", chief_complaint=""))
    assert response.status_code == 302
    assert Visit.objects.get().purpose == "question"


def test_known_phone_offers_the_earlier_visitor_and_last_visits(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    earlier = VisitorFactory(name="张阿姨", phone="+8613812345678")
    VisitFactory(visitor=earlier, chief_complaint="头晕")
    response = guide_client.get(
        reverse("reception:visitor_lookup"), {"phone": "138-1234-5678"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "张阿姨" in html and f'value="{earlier.pk}"' in html
    assert "<html" not in html  # the partial only


def test_returning_visitor_is_reused_only_when_the_guide_confirms(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    earlier = VisitorFactory(name="张阿姨", phone="+8613812345678")
    guide_client.post(URL, walkin_data())  # not confirmed: a new visitor, never merged
    assert Visitor.objects.count() == 2
    guide_client.post(URL, walkin_data(visitor=str(earlier.pk), needs=["elderly"]))
    assert Visitor.objects.count() == 2
    earlier.refresh_from_db()
    assert earlier.visits.count() == 1 and earlier.needs == ["elderly"]


def test_unknown_phone_offers_nobody(guide_client) -> None:
    guide_client.cookies["django_language"] = "en"
    response = guide_client.get(reverse("reception:visitor_lookup"), {"phone": "13900000000"})
    assert "same person" not in response.content.decode()


@pytest.mark.parametrize("size", [10, 40])
def test_walkin_post_runs_a_constant_number_of_queries(
    guide_client, make_visits, size, django_assert_num_queries, django_assert_max_num_queries
) -> None:
    make_visits(size)
    guide_client.get(URL)
    # The session, the user with their roles and the desk; the number taken with the ticket's
    # prefix, the visitor and the visit with their history rows and the board's change stamp
    # (one statement on PostgreSQL, six on SQLite); the savepoint this test's own transaction
    # puts around the walk-in (outside one it needs none), and its release. No read of the form
    # token (the unique index refuses a repeat), nor of the prefix (the number's statement).
    with django_assert_num_queries(5 if connection.vendor == "postgresql" else 10):
        response = guide_client.post(URL, walkin_data())
    assert response.status_code == 302
    with django_assert_max_num_queries(16):
        guide_client.get(response["Location"])  # the routing screen it goes to
