"""save_as on a new row: its plain-statement insert writes what Django's save() and
django-simple-history write, row and history row alike, and sends the same signals."""

import uuid
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.models import Value
from django.db.models.functions import Upper
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from simple_history.signals import pre_create_historical_record

from hospital.records import Also, save_as, save_new_as
from reception.models import BoardStamp, Visit, Visitor
from reception.services.queue import number_for

pytestmark = pytest.mark.django_db

# The columns a history row has of its own; every other column is a copy of the row.
OWN = {"history_id", "history_date"}


def history_row(model, pk) -> dict:
    row = model.history.filter(id=pk).values().get()
    return {k: v for k, v in row.items() if k not in OWN}


def new_visit(desk, guide, visitor: Visitor, **fields) -> Visit:
    values = {
        "form_token": uuid.uuid4(),
        "visitor": visitor,
        "desk": desk,
        "arrived_at": timezone.now(),
        "logged_by": guide,
        "purpose": Visit.Purpose.SEE_DOCTOR,
        "chief_complaint": "胃疼两天",
        "temperature": Decimal("38.25"),
        "is_priority": True,
        "queue_day": timezone.localdate(),
        "queue_prefix": "A",
        "queue_seq": 7,
    }
    return Visit(**{**values, **fields})


def orm_saved(obj, by):
    """Save as Django and simple-history do on their own (the path save_as replaces)."""
    obj._history_user = by
    obj.save()
    return obj


def test_a_new_row_and_its_history_are_what_the_orm_writes(desk, guide) -> None:
    mine = Visitor(name="张阿姨", phone="+8613812345678", sex="F", birth_year=1950)
    mine.needs = ["elderly", "wheelchair"]
    save_as(mine, guide)
    theirs = orm_saved(
        Visitor(name="张阿姨", phone="+8613812345678", sex="F", birth_year=1950, needs=mine.needs),
        guide,
    )
    assert mine.pk is not None and mine.pk != theirs.pk and not mine._state.adding
    assert mine.created_at is not None  # auto_now_add stamped the object, as save() does
    saved = Visitor.objects.values().get(pk=mine.pk)
    assert {**saved, "id": None, "created_at": None} == {
        **Visitor.objects.values().get(pk=theirs.pk),
        "id": None,
        "created_at": None,
    }
    assert saved["created_at"] == mine.created_at

    ours, orms = history_row(Visitor, mine.pk), history_row(Visitor, theirs.pk)
    assert ours["history_type"] == "+" and ours["history_user_id"] == guide.pk
    assert ours["history_change_reason"] is None
    assert {**ours, "id": None, "created_at": None} == {**orms, "id": None, "created_at": None}
    assert ours["id"] == mine.pk and ours["created_at"] == mine.created_at
    assert Visitor.history.filter(id=mine.pk).count() == 1


def test_a_new_visit_and_its_history_are_what_the_orm_writes(desk, guide) -> None:
    visitor = Visitor(name="李先生")
    save_as(visitor, guide)
    mine = new_visit(desk, guide, visitor)
    save_as(mine, guide)
    theirs = orm_saved(new_visit(desk, guide, visitor, queue_seq=8), guide)
    differ = {"id", "form_token", "queue_seq", "arrived_at", "updated_at"}

    # The rest is stored as the ORM stores it (the half-way temperature rounded the same way).
    def same(row: dict) -> dict:
        return {k: v for k, v in row.items() if k not in differ}

    assert same(Visit.objects.values().get(pk=mine.pk)) == same(
        Visit.objects.values().get(pk=theirs.pk)
    )
    ours, orms = history_row(Visit, mine.pk), history_row(Visit, theirs.pk)
    assert same(ours) == same(orms)
    saved = Visit.objects.values().get(pk=mine.pk)
    assert {k: ours[k] for k in differ} == {k: saved[k] for k in differ}
    assert ours["updated_at"] == mine.updated_at and ours["version"] == 1


def test_the_history_row_is_stamped_when_it_is_written(desk, guide) -> None:
    before = timezone.now()
    visitor = Visitor(name="王女士")
    save_as(visitor, guide)
    stamped = Visitor.history.get(id=visitor.pk).history_date
    assert before <= stamped <= timezone.now()


def test_signals_are_sent_once_and_the_history_written_once(desk, guide) -> None:
    seen: list[tuple[str, bool]] = []

    def before(sender, instance, **kwargs) -> None:
        seen.append(("pre", instance.pk is None))

    def after(sender, instance, created, **kwargs) -> None:
        seen.append(("post", created and instance.pk is not None))

    pre_save.connect(before, sender=Visitor, dispatch_uid="test-insert-pre")
    post_save.connect(after, sender=Visitor, dispatch_uid="test-insert-post")
    try:
        visitor = Visitor(name="赵先生")
        save_as(visitor, guide)
    finally:
        pre_save.disconnect(dispatch_uid="test-insert-pre", sender=Visitor)
        post_save.disconnect(dispatch_uid="test-insert-post", sender=Visitor)
    assert seen == [("pre", True), ("post", True)]
    assert Visitor.history.filter(id=visitor.pk).count() == 1
    assert not hasattr(visitor, "skip_history_when_saving")


def test_a_listener_of_the_history_row_gets_it_before_it_is_written(desk, guide) -> None:
    def reason(sender, history_instance, **kwargs) -> None:
        history_instance.history_change_reason = "front desk"

    pre_create_historical_record.connect(reason, sender=Visitor.history.model)
    try:
        visitor = Visitor(name="钱女士")
        save_as(visitor, guide)
    finally:
        pre_create_historical_record.disconnect(reason, sender=Visitor.history.model)
    record = Visitor.history.get(id=visitor.pk)
    assert record.history_change_reason == "front desk" and record.history_user == guide


def test_skipping_the_history_is_honoured(desk, guide) -> None:
    visitor = Visitor(name="孙先生")
    visitor.skip_history_when_saving = True
    save_as(visitor, guide)
    assert Visitor.objects.filter(pk=visitor.pk).exists()
    assert not Visitor.history.filter(id=visitor.pk).exists()


def test_an_expression_is_left_to_the_orm(desk, guide) -> None:
    visitor = Visitor(name=Upper(Value("ab")))
    save_as(visitor, guide)
    assert Visitor.objects.get(pk=visitor.pk).name == "AB"
    assert Visitor.history.get(id=visitor.pk).name == "AB"


def test_a_used_form_token_raises_and_writes_no_history(desk, guide) -> None:
    visitor = Visitor(name="周女士")
    save_as(visitor, guide)
    first = new_visit(desk, guide, visitor)
    save_as(first, guide)
    again = new_visit(desk, guide, visitor, form_token=first.form_token, queue_seq=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        save_as(again, guide)
    assert again.pk is None
    assert Visit.objects.count() == 1 and Visit.history.count() == 1


def test_a_new_visitor_and_their_visit_are_saved_together_as_one_by_one(
    desk, guide, django_assert_num_queries
) -> None:
    visitor = Visitor(name="吴先生", needs=["elderly"])
    visit = new_visit(desk, guide, visitor)
    together = 1 if connection.vendor == "postgresql" else 4
    with django_assert_num_queries(together):
        save_new_as([visitor, visit], guide)
    assert visit.visitor_id == visitor.pk and not visit._state.adding
    one_by_one = Visitor(name="吴先生", needs=["elderly"])
    save_as(one_by_one, guide)
    other = new_visit(desk, guide, one_by_one, queue_seq=8)
    save_as(other, guide)
    differ = {"id", "visitor_id", "form_token", "queue_seq", "arrived_at", "updated_at"}
    differ |= {"created_at"}

    def same(row: dict) -> dict:
        return {k: v for k, v in row.items() if k not in differ}

    for model, mine, theirs in ((Visitor, visitor, one_by_one), (Visit, visit, other)):
        assert same(model.objects.values().get(pk=mine.pk)) == same(
            model.objects.values().get(pk=theirs.pk)
        )
        ours, orms = history_row(model, mine.pk), history_row(model, theirs.pk)
        assert same(ours) == same(orms)
        saved = model.objects.values().get(pk=mine.pk)
        assert {k: ours[k] for k in differ if k in saved} == {
            k: saved[k] for k in differ if k in saved
        }
    assert Visit.history.get(id=visit.pk).visitor_id == visitor.pk


def test_rows_someone_listens_for_are_saved_one_by_one(desk, guide) -> None:
    seen = []

    def before(sender, instance, **kwargs) -> None:
        seen.append(instance.pk)

    pre_save.connect(before, sender=Visitor, dispatch_uid="test-chain-pre")
    try:
        visitor = Visitor(name="郑女士")
        visit = new_visit(desk, guide, visitor)
        save_new_as([visitor, visit], guide)
    finally:
        pre_save.disconnect(dispatch_uid="test-chain-pre", sender=Visitor)
    assert seen == [None]
    assert visit.visitor_id == visitor.pk
    assert Visitor.history.filter(id=visitor.pk).count() == 1
    assert Visit.history.filter(id=visit.pk).count() == 1


def test_a_row_naming_an_unsaved_row_not_among_them_is_refused(desk, guide) -> None:
    visit = new_visit(desk, guide, Visitor(name="王先生"))
    with pytest.raises(ValueError, match="unsaved related object"):
        save_new_as([visit], guide)
    assert not Visit.objects.exists()


def test_a_used_form_token_rolls_back_the_new_visitor_too(desk, guide) -> None:
    visitor = Visitor(name="冯女士")
    first = new_visit(desk, guide, visitor)
    save_new_as([visitor, first], guide)
    again_visitor = Visitor(name="冯女士")
    again = new_visit(desk, guide, again_visitor, form_token=first.form_token, queue_seq=9)
    with pytest.raises(IntegrityError), transaction.atomic():
        save_new_as([again_visitor, again], guide)
    assert Visitor.objects.count() == 1 and Visitor.history.count() == 1
    assert Visit.objects.count() == 1 and Visit.history.count() == 1


@pytest.mark.parametrize("chained", [True, False], ids=["one statement", "one by one"])
def test_statements_written_with_the_rows_fill_them_and_go_back_with_them(
    desk, guide, chained, django_assert_num_queries
) -> None:
    def also(visit: Visit) -> list[Also]:
        number = number_for(visit, desk=desk, purpose=Visit.Purpose.SEE_DOCTOR)
        return [number, Also(*BoardStamp.touch_statement(desk.pk))]

    if not chained:
        pre_save.connect(
            lambda **kwargs: None, sender=Visitor, weak=False, dispatch_uid="test-also-pre"
        )
    try:
        first = new_visit(desk, guide, visitor := Visitor(name="陈女士"), queue_seq=None)
        statements = also(first)
        # The two statements, then the rows: PostgreSQL writes a row and its history row in one.
        postgresql = connection.vendor == "postgresql"
        with django_assert_num_queries((1 if chained else 4) if postgresql else 6):
            save_new_as([visitor, first], guide, also=statements)
        again = new_visit(desk, guide, visitor := Visitor(name="陈女士"), queue_seq=None)
        again.form_token = first.form_token
        with pytest.raises(IntegrityError), transaction.atomic():
            save_new_as([visitor, again], guide, also=also(again))
        second = new_visit(desk, guide, visitor := Visitor(name="林先生"), queue_seq=None)
        save_new_as([visitor, second], guide, also=also(second))
    finally:
        pre_save.disconnect(dispatch_uid="test-also-pre", sender=Visitor)
    # The refused visit's number and stamp went back with it: none is skipped.
    assert (first.queue_seq, second.queue_seq) == (1, 2)
    assert list(Visit.objects.order_by("pk").values_list("queue_seq", flat=True)) == [1, 2]
    assert list(Visit.history.order_by("pk").values_list("queue_seq", flat=True)) == [1, 2]
    assert BoardStamp.read(desk.pk)[0] == 2
