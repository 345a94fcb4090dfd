import csv
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from hospital.models import Department
from hospital.roles import Role

SHIPPED = Path(__file__).resolve().parents[2] / "hospital" / "data" / "departments.csv"


@pytest.mark.django_db
def test_migrations_load_the_whole_default_directory() -> None:
    with SHIPPED.open(encoding="utf-8") as handle:
        codes = {row["code"] for row in csv.DictReader(handle)}
    assert set(Department.objects.values_list("code", flat=True)) == codes
    er = Department.objects.get(code="ER")
    assert er.kind == Department.Kind.EMERGENCY
    assert er.catalogue_code == "20"


@pytest.mark.django_db
def test_department_name_follows_the_language() -> None:
    gi = Department.objects.get(code="GI")
    with translation.override("zh-hans"):
        assert str(gi) == "消化内科"
    with translation.override("zh-hant"):
        assert str(gi) == "消化內科"
    with translation.override("en"):
        assert str(gi) == "Gastroenterology"


@pytest.mark.django_db
def test_each_role_is_a_group() -> None:
    assert set(Group.objects.values_list("name", flat=True)) >= set(Role.values)


@pytest.mark.django_db
def test_department_edits_keep_history_with_the_user(admin_client_user, administrator) -> None:
    gi = Department.objects.get(code="GI")
    response = admin_client_user.post(
        f"/admin/hospital/department/{gi.pk}/change/",
        {
            "code": "GI",
            "catalogue_code": "03.02",
            "kind": "clinical",
            "is_active": "on",
            "sort_order": 5,
            "name_zh_hans": "消化内科",
            "name_zh_hant": "消化內科",
            "name_en": "Gastroenterology",
            "building": "门诊楼",
            "floor": "3F",
            "room": "305",
            "phone_extension": "8305",
            "opening_hours": "",
        },
    )
    assert response.status_code == 302
    gi.refresh_from_db()
    assert gi.room == "305"
    assert gi.history.first().history_user == administrator


def test_guide_cannot_open_the_admin(guide_client) -> None:
    response = guide_client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_guide_switches_the_tablet_to_another_desk(guide_client, guide, other_desk) -> None:
    guide.staff_profile.desks.add(other_desk)  # a guide works only at the desks assigned
    response = guide_client.post("/desk/", {"desk": other_desk.pk, "next": "/"})
    assert response.status_code == 302
    assert guide_client.session["front_desk_desk_id"] == other_desk.pk


def test_switching_to_an_unknown_desk_is_404(guide_client) -> None:
    assert guide_client.post("/desk/", {"desk": 999999}).status_code == 404


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("run", ["first", "after a flush"])
def test_transactional_tests_start_with_the_shipped_data(run: str) -> None:
    # The second run follows a transactional test: on PostgreSQL it emptied the tables on its
    # way out (Django's flush), on SQLite it copied the template back.
    assert Department.objects.filter(code="ER").exists()
    assert set(Group.objects.values_list("name", flat=True)) >= set(Role.values)
