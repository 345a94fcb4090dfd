"""The one write path of every record: who acted, which version, which moves, one row per form."""

import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, models, transaction
from django.test.utils import isolate_apps
from django.utils import translation

from hospital.models import Desk
from hospital.records import (
    IdempotentModel,
    IllegalTransition,
    StaleVersion,
    VersionedModel,
    new_form_token,
    save_as,
    transition,
)

pytestmark = pytest.mark.django_db

with isolate_apps("hospital"):

    class Ticket(VersionedModel, IdempotentModel):
        """A record with a status, as visits, complaints and sheets have."""

        class Status(models.TextChoices):
            OPEN = "open", "Open"
            DONE = "done", "Done"
            CANCELLED = "cancelled", "Cancelled"

        TRANSITIONS = {
            Status.OPEN: frozenset({Status.DONE, Status.CANCELLED}),
            Status.DONE: frozenset({Status.OPEN}),
            Status.CANCELLED: frozenset(),
        }
        STATUS_TIMESTAMPS = {Status.DONE: "done_at"}

        status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
        title = models.CharField(max_length=40, default="")
        done_at = models.DateTimeField(null=True)

        class Meta:
            app_label = "hospital"
            db_table = "test_records_ticket"
            verbose_name = "ticket"


@pytest.fixture(autouse=True)
def _english_messages():
    """The messages are asserted in English (msgids); zh-hans is the default language."""
    with translation.override("en"):
        yield


@pytest.fixture(scope="module")
def ticket_table(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        if Ticket._meta.db_table not in connection.introspection.table_names():
            with connection.schema_editor() as editor:
                editor.create_model(Ticket)
        yield
        with connection.schema_editor() as editor:
            editor.delete_model(Ticket)


@pytest.fixture
def ticket(ticket_table, db) -> Ticket:
    return Ticket.objects.create(title="first")


def test_save_as_records_who_acted_in_the_history(guide) -> None:
    desk = Desk(code="east-gate", name="东门导医台")
    save_as(desk, guide)
    desk.name = "东门服务台"
    save_as(desk, guide, update_fields=["name"])
    assert [h.history_user for h in desk.history.all()] == [guide, guide]
    assert Desk.objects.get(pk=desk.pk).name == "东门服务台"


def test_save_as_bumps_the_version_of_an_existing_record_only(ticket, guide) -> None:
    new = Ticket(title="new")
    save_as(new, guide)
    assert new.version == 1
    ticket.title = "changed"
    save_as(ticket, guide, update_fields=["title"])
    ticket.refresh_from_db()
    assert (ticket.title, ticket.version) == ("changed", 2)


def test_locked_returns_the_current_row(ticket) -> None:
    with transaction.atomic():
        assert Ticket.locked(ticket.pk).pk == ticket.pk
        assert Ticket.locked(ticket, expected_version=1).title == "first"


def test_locked_refuses_a_stale_version_with_a_coded_error(ticket, guide) -> None:
    save_as(ticket, guide)
    with transaction.atomic(), pytest.raises(StaleVersion) as refused:
        Ticket.locked(ticket.pk, expected_version=1)
    assert refused.value.code == "stale"
    assert refused.value.error_dict["version"][0].code == "stale"
    assert "Someone else changed this ticket" in refused.value.messages[0]


def test_transition_moves_stamps_and_bumps_the_version(ticket, guide) -> None:
    transition(ticket, Ticket.Status.DONE, by=guide)
    ticket.refresh_from_db()
    assert (ticket.status, ticket.version) == (Ticket.Status.DONE, 2)
    assert ticket.done_at is not None


def test_transition_stamps_only_the_first_time(ticket, guide) -> None:
    transition(ticket, Ticket.Status.DONE, by=guide)
    first = ticket.done_at
    transition(ticket, Ticket.Status.OPEN, by=guide)
    transition(ticket, Ticket.Status.DONE, by=guide)
    ticket.refresh_from_db()
    assert ticket.done_at == first


def test_an_illegal_transition_is_refused_and_changes_nothing(ticket, guide) -> None:
    transition(ticket, Ticket.Status.CANCELLED, by=guide)
    with pytest.raises(IllegalTransition) as refused:
        transition(ticket, Ticket.Status.DONE, by=guide)
    assert refused.value.code == "illegal_transition"
    assert refused.value.error_dict["status"][0].code == "illegal_transition"
    assert "cannot become" in refused.value.messages[0]
    assert ticket.status == Ticket.Status.CANCELLED
    ticket.refresh_from_db()
    assert (ticket.status, ticket.version, ticket.done_at) == (Ticket.Status.CANCELLED, 2, None)


def test_an_illegal_transition_is_a_validation_error(ticket, guide) -> None:
    with pytest.raises(ValidationError):
        transition(ticket, "unknown", by=guide)


def test_transition_with_update_fields_saves_only_those(ticket, guide) -> None:
    ticket.title = "not saved"
    transition(ticket, Ticket.Status.DONE, by=guide, update_fields=["status"])
    ticket.refresh_from_db()
    assert (ticket.status, ticket.title, ticket.version) == (Ticket.Status.DONE, "first", 2)
    assert ticket.done_at is not None


def test_form_tokens_are_fresh_and_in_the_order_they_were_given() -> None:
    # Time-ordered (version 7) so the tokens' unique index grows at its end, not at random pages.
    tokens = [new_form_token() for _ in range(2000)]
    assert {token.version for token in tokens} == {7}
    assert len(set(tokens)) == len(tokens)
    assert sorted(tokens) == tokens
    assert sorted(str(token) for token in tokens) == [str(token) for token in tokens]


def test_create_once_creates_one_row_per_form_token(ticket_table, guide) -> None:
    token = uuid.uuid4()
    first, created = Ticket.create_once(form_token=token, by=guide, title="double tap")
    again, created_again = Ticket.create_once(form_token=token, by=guide, title="double tap")
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert Ticket.objects.filter(title="double tap").count() == 1


def test_create_once_without_a_token_always_creates(ticket_table, guide) -> None:
    Ticket.create_once(form_token=None, by=guide, title="from a command")
    Ticket.create_once(form_token=None, by=guide, title="from a command")
    assert Ticket.objects.filter(title="from a command").count() == 2


def test_a_form_token_is_unique_in_the_database(ticket_table) -> None:
    token = uuid.uuid4()
    Ticket.objects.create(form_token=token)
    with pytest.raises(IntegrityError), transaction.atomic():
        Ticket.objects.create(form_token=token)


def test_create_once_returns_the_winner_of_a_race(ticket_table, guide, monkeypatch) -> None:
    token = uuid.uuid4()
    winner = Ticket.objects.create(form_token=token, title="winner")
    # The other request saved between our look-up and our insert: the insert fails, the
    # second look-up finds the winner.
    answers = iter([None, winner])
    monkeypatch.setattr(Ticket, "created_with", classmethod(lambda cls, t: next(answers)))
    row, created = Ticket.create_once(form_token=token, by=guide, title="loser")
    assert (row.pk, created) == (winner.pk, False)
    assert Ticket.objects.filter(form_token=token).count() == 1
