"""The walk-in form validated with the class's own fields: same answers, and nothing it shows
changes the fields every later form starts from."""

import uuid

import pytest
from django.http import QueryDict

from reception.forms.visits import WalkInForm

pytestmark = pytest.mark.django_db

URL = "/reception/walk-in/"


def posted(**overrides: str) -> QueryDict:
    data = QueryDict(mutable=True)
    data.update(
        {
            "idempotency_key": str(uuid.uuid4()),
            "purpose": "doctor",
            "chief_complaint": " 胃疼两天 ",
            "temperature": "38.5",
            "phone": "138 1234 5678",
            "sex": "",
            "age": "45",
            "source": "",
            "arrived_at": "",
        }
    )
    data.setlist("needs", ["elderly", "wheelchair"])
    for key, value in overrides.items():
        data[key] = value
    return data


def widget_state() -> dict:
    return {
        name: (dict(field.widget.attrs), list(getattr(field.widget, "choices", [])))
        for name, field in WalkInForm.base_fields.items()
    }


@pytest.mark.parametrize(
    "data",
    [posted(), posted(age="130", temperature="hot", phone="12345"), posted(purpose="")],
)
def test_sharing_the_fields_validates_as_copying_them(data) -> None:
    shared, copied = WalkInForm(data, share_fields=True), WalkInForm(data)
    assert shared.is_valid() == copied.is_valid()
    assert shared.errors == copied.errors
    assert shared.cleaned_data == copied.cleaned_data
    assert list(shared.fields) == list(copied.fields)


def test_the_form_to_show_has_fields_of_its_own_and_the_same_errors() -> None:
    form = WalkInForm(posted(age="130"), share_fields=True)
    assert not form.is_valid()
    form.add_error("temperature", "a refusal of the service")
    shown = form.to_show()
    assert shown is not form and not shown.shares_fields
    assert all(shown.fields[n] is not WalkInForm.base_fields[n] for n in WalkInForm.base_fields)
    assert shown.errors == form.errors and shown.cleaned_data == form.cleaned_data
    assert shown["age"].value() == "130"
    unshared = WalkInForm(posted())
    assert unshared.to_show() is unshared


def test_showing_refused_walkins_leaves_the_class_fields_as_they_were(guide_client) -> None:
    before = widget_state()
    for _ in range(2):
        response = guide_client.post(URL, posted(age="130"))
        assert response.status_code == 200 and response.context["form"].errors["age"]
    assert widget_state() == before
    response = guide_client.get(URL)
    assert response.status_code == 200
    assert widget_state() == before


def test_the_walkin_page_hands_out_time_ordered_form_tokens(guide_client) -> None:
    tokens = []
    for _ in range(2):
        response = guide_client.get(URL)
        assert response.status_code == 200
        tokens.append(uuid.UUID(str(response.context["form"]["idempotency_key"].value())))
    assert [token.version for token in tokens] == [7, 7]
    assert tokens[0] < tokens[1]
