"""Handover's own helpers declare what the fields and indexes written out by hand declared."""

from django import forms
from django.db import models

from handover.forms.base import LG, line_field
from handover.models.loans import still_out_index


def test_line_field_is_an_optional_large_input_of_its_length() -> None:
    by_hand = forms.CharField(
        label="Purpose", max_length=120, required=False, widget=forms.TextInput(attrs=LG)
    )
    field = line_field("Purpose", max_length=120)
    assert not field.required and field.max_length == 120 and field.label == "Purpose"
    assert field.widget.render("purpose", "x", field.widget_attrs(field.widget)) == (
        by_hand.widget.render("purpose", "x", by_hand.widget_attrs(by_hand.widget))
    )


def test_still_out_index_is_the_partial_index_of_the_loans_not_returned() -> None:
    written = models.Index(
        fields=["key", "issued_at"],
        name="key_loan_open_idx",
        condition=models.Q(returned_at__isnull=True),
    )
    assert still_out_index("key", "issued_at", name="key_loan_open_idx") == written
