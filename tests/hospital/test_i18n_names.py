"""Typed names in three languages, and zh-hant as read in Taiwan and Hong Kong."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import translation

from handover.models import Key, Shift
from hospital.localized import hospital_name, localized
from hospital.models import Department, Desk
from hospital.traditional import glossary, to_traditional


def test_traditional_uses_taiwan_vocabulary_and_the_glossary_wins() -> None:
    assert to_traditional("请输入用户名后登录") == "請輸入使用者名稱後登入"
    assert to_traditional("保存默认设置，打印信息") == "儲存預設設定，列印資訊"
    # s2twp alone says 導醫臺 and 專案; the glossary's hand-written forms win.
    assert to_traditional("导医台的检查项目") == "導醫台的檢查項目"
    assert glossary()["账号"] == "帳號"


@pytest.mark.django_db
def test_a_desk_name_follows_the_language_switch(desk) -> None:
    desk.name, desk.name_zh_hant, desk.name_en = "门诊大厅导医台", "", ""
    with translation.override("zh-hant"):
        assert str(desk) == "門診大廳導醫台"
    with translation.override("en"):
        assert str(desk) == "门诊大厅导医台"  # the Chinese until somebody writes English
    desk.name_en = "Outpatient hall desk"
    with translation.override("en"):
        assert localized(desk, "name") == "Outpatient hall desk"
    with translation.override("zh-hans"):
        assert localized(desk, "name") == "门诊大厅导医台"


@pytest.mark.django_db
def test_shift_key_and_department_location_in_three_languages(desk) -> None:
    shift = Shift.objects.create(
        desk=desk, name="早班", name_en="Morning", starts_at=dt.time(8), ends_at=dt.time(12)
    )
    key = Key.objects.create(desk=desk, code="K1", door="药房后门", door_en="Pharmacy back door")
    gi = Department.objects.get(code="GI")
    gi.building, gi.floor, gi.building_en = "门诊楼", "3F", "Outpatient building"
    with translation.override("en"):
        assert str(shift) == "Morning 08:00–12:00"
        assert str(key) == "K1 Pharmacy back door"
        assert gi.location == "Outpatient building 3F"
    with translation.override("zh-hant"):
        assert str(key) == "K1 藥房後門"
        assert gi.location == "門診樓 3F"


@pytest.mark.django_db
def test_admin_fills_the_traditional_name_when_left_empty_and_keeps_an_edited_one(
    admin_client_user,
) -> None:
    desk = Desk.objects.create(code="hall", name="住院楼服务台")
    url = reverse("admin:hospital_desk_change", args=[desk.pk])
    data = {"code": "hall", "name": "住院楼服务台", "name_zh_hant": "", "name_en": ""}
    data |= {"building": "", "floor": "", "phone_extension": "", "is_active": "on"}
    response = admin_client_user.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    desk.refresh_from_db()
    assert desk.name_zh_hant == "住院樓服務台"
    admin_client_user.post(url, data | {"name_zh_hant": "住院大樓服務台"})
    desk.refresh_from_db()
    assert desk.name_zh_hant == "住院大樓服務台"


def test_hospital_name_in_the_readers_language(settings) -> None:
    settings.HOSPITAL_NAME, settings.HOSPITAL_NAME_EN = (
        "杭州市第一人民医院",
        "Hangzhou First Hospital",
    )
    settings.HOSPITAL_NAME_ZH_HANT = ""
    assert hospital_name("zh-hans") == "杭州市第一人民医院"
    assert hospital_name("zh-hant") == "杭州市第一人民醫院"
    assert hospital_name("en") == "Hangzhou First Hospital"
    settings.HOSPITAL_NAME = ""
    with translation.override("en"):
        assert hospital_name() == "Front Desk"


@pytest.mark.django_db
def test_admin_header_is_the_hospitals_name_in_the_readers_language(
    admin_client_user, settings
) -> None:
    settings.HOSPITAL_NAME, settings.HOSPITAL_NAME_EN = "第一人民医院", "First People's Hospital"
    admin_client_user.cookies["django_language"] = "en"
    page = admin_client_user.get(reverse("admin:index")).content.decode()
    assert "First People&#x27;s Hospital" in page or "First People's Hospital" in page
    admin_client_user.cookies["django_language"] = "zh-hant"
    assert "第一人民醫院" in admin_client_user.get(reverse("admin:index")).content.decode()
