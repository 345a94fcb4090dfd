"""Passwords: every user changes their own from the header; the first guesses are refused."""

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "password",
    ["hospital1", "Hospital@2026", "yiyuan123456", "daoyitai8888", "Password123!", "qwertyuiop"],
)
def test_the_hospitals_first_guesses_are_refused(password: str) -> None:
    with pytest.raises(ValidationError) as refused:
        validate_password(password)
    assert "password_too_common" in {e.code for e in refused.value.error_list}


def test_hospital1_is_refused_by_the_list_not_only_by_its_length() -> None:
    from django.utils import translation

    from hospital.passwords import HospitalPasswordValidator

    with translation.override("en"), pytest.raises(ValidationError, match="guess"):
        HospitalPasswordValidator().validate("hospital1")


def test_a_long_password_of_ones_own_is_accepted() -> None:
    validate_password("晚班交接-green-lantern-47")


def test_every_user_reaches_the_password_page_from_the_header(guide_client) -> None:
    page = guide_client.get("/accounts/password/")
    assert page.status_code == 200
    assert 'href="/accounts/password/"' in page.text


def test_a_guide_changes_her_password(guide_client, guide) -> None:
    guide.set_password("old-password-for-tests-1")
    guide.save()
    guide_client.force_login(guide)
    new = "a-sentence-only-she-knows-7"
    response = guide_client.post(
        "/accounts/password/",
        {"old_password": "old-password-for-tests-1", "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    guide.refresh_from_db()
    assert guide.check_password(new)
    # Still logged in on this tablet.
    assert guide_client.get("/accounts/password/done/").status_code == 200


def test_changing_to_hospital1_is_refused_and_nothing_changes(guide_client, guide) -> None:
    guide.set_password("old-password-for-tests-1")
    guide.save()
    guide_client.force_login(guide)
    response = guide_client.post(
        "/accounts/password/",
        {
            "old_password": "old-password-for-tests-1",
            "new_password1": "hospital1",
            "new_password2": "hospital1",
        },
    )
    assert response.status_code == 200
    assert "is-invalid" in response.text
    guide.refresh_from_db()
    assert guide.check_password("old-password-for-tests-1")


def test_the_password_page_needs_a_login(client) -> None:
    response = client.get("/accounts/password/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
