"""The pieces several apps declare through one helper say what the hand-written ones said."""

import datetime as dt
from decimal import Decimal

import pytest
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest
from django.test import RequestFactory

from handover.models import EquipmentLoan, KeyLoan
from hospital.fields import by_user_field, department_field, desk_field, kept_key, stamped_after
from hospital.forms import LinesField, carry_out, refuse
from hospital.phones import MaskedPhoneMixin, mask_phone
from hospital.roles import permissions
from hospital.widgets import DayInput, MomentInput
from reception.fields import concerned_visit_field
from reception.reports import percent


def _options(field: models.Field) -> tuple[str, dict]:
    _name, _path, args, kwargs = field.deconstruct()
    return str(kwargs.get("to", args[0] if args else "")).lower(), kwargs


def test_a_user_key_is_optional_and_protected_unless_required() -> None:
    to, optional = _options(by_user_field("by"))
    assert to == settings.AUTH_USER_MODEL.lower()
    assert optional["on_delete"] is models.PROTECT
    assert optional["null"] and optional["blank"]
    _to, required = _options(by_user_field("by", required=True, related_name="did"))
    assert "null" not in required and "blank" not in required
    assert required["related_name"] == "did"


def test_a_department_key_is_required_unless_said_and_keeps_its_help_text() -> None:
    to, required = _options(department_field("ward"))
    assert to == "hospital.department"
    assert "null" not in required
    _to, optional = _options(department_field("ward", required=False, help_text="Where."))
    assert optional["null"] and optional["help_text"] == "Where."


def test_the_desk_and_the_concerned_visit_keys_are_protected() -> None:
    to, desk = _options(desk_field(related_name="things"))
    assert to == "hospital.desk" and desk["on_delete"] is models.PROTECT
    assert desk["related_name"] == "things" and "null" not in desk
    to, visit = _options(concerned_visit_field("visit", related_name="things"))
    assert to == "reception.visit" and visit["on_delete"] is models.PROTECT
    assert visit["null"] and visit["blank"]


def test_kept_key_is_the_same_field_as_one_written_out() -> None:
    options = {"null": True, "blank": True, "related_name": "+", "verbose_name": "desk"}
    written = models.ForeignKey("hospital.Desk", on_delete=models.PROTECT, **options)
    assert kept_key("hospital.Desk", "desk", required=False).deconstruct() == written.deconstruct()


def test_stamped_after_allows_no_time_or_a_later_one() -> None:
    constraint = stamped_after("returned_at", "lent_at", name="loan_returned_after_lent")
    written = models.CheckConstraint(
        condition=models.Q(returned_at__isnull=True)
        | models.Q(returned_at__gte=models.F("lent_at")),
        name="loan_returned_after_lent",
    )
    assert constraint == written


def test_lines_field_draws_the_textarea_the_forms_wrote_by_hand() -> None:
    large = {"class": "form-control form-control-lg"}
    by_hand = forms.CharField(widget=forms.Textarea(attrs={**large, "rows": 3}))
    assert LinesField(rows=3, attrs=large).widget.render("x", "hi") == by_hand.widget.render(
        "x", "hi"
    )
    assert LinesField().widget.attrs["rows"] == 2


def test_day_and_moment_inputs_read_and_write_iso_values() -> None:
    assert DayInput().render("day", dt.date(2026, 3, 1)) == (
        '<input type="date" name="day" value="2026-03-01">'
    )
    assert MomentInput(attrs={"class": "big"}).render("at", dt.datetime(2026, 3, 1, 9, 5)) == (
        '<input type="datetime-local" name="at" value="2026-03-01T09:05" class="big">'
    )


def test_masked_phone_reads_the_field_the_model_names() -> None:
    class Caller(MaskedPhoneMixin):
        PHONE_FIELD = "caller_phone"
        caller_phone = "+8613812345678"

    assert Caller().masked_phone == mask_phone("+8613812345678")


def test_a_loan_is_overdue_only_while_out_and_past_its_time() -> None:
    past = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert KeyLoan(due_back_at=past).is_overdue
    assert not KeyLoan(due_back_at=past, returned_at=past).is_overdue
    assert not EquipmentLoan(due_back_at=None).is_overdue
    assert EquipmentLoan().is_open


def test_permissions_spell_each_action_on_each_model() -> None:
    assert permissions("app", "a", "b", actions=("view", "add")) == [
        "app.view_a",
        "app.add_a",
        "app.view_b",
        "app.add_b",
    ]
    assert permissions("app", "a") == ["app.view_a"]


@pytest.mark.parametrize(
    ("part", "whole", "expected"),
    [(1, 3, Decimal("33.3")), (2, 3, Decimal("66.7")), (1, 8, Decimal("12.5")), (5, 0, None)],
)
def test_percent_is_to_a_tenth_half_up(part: int, whole: int, expected: Decimal | None) -> None:
    assert percent(part, whole) == expected


def _request() -> HttpRequest:
    request = RequestFactory().post("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_carry_out_says_done_or_the_refusal_and_returns_the_result() -> None:
    request = _request()
    assert carry_out(request, lambda: 3, lambda n: f"{n} done") == 3

    def refused() -> int:
        raise ValidationError("No.")

    assert carry_out(request, refused, "never") is None
    refuse(request, ValidationError(["Not now.", "Later."]))
    said = [(m.level, m.message) for m in messages.get_messages(request)]
    assert said == [
        (messages.SUCCESS, "3 done"),
        (messages.ERROR, "No."),
        (messages.ERROR, "Not now. Later."),
    ]
