import pytest
from django.urls import reverse

from handover.services import book_hand_over, equipment_lend
from tests.handover.factories import EquipmentFactory, KeyFactory

pytestmark = pytest.mark.django_db


def test_smoke_every_page_renders(
    guide_client, supervisor_client, security_client, desk, sheet, guide
):
    KeyFactory(desk=desk)
    equipment_lend(equipment=EquipmentFactory(desk=desk), by=guide, borrower_name="张三")
    for name in ["desk_sheets", "key_register", "equipment_register"]:
        assert guide_client.get(reverse(f"handover:{name}")).status_code == 200, name
    assert guide_client.get(sheet.get_absolute_url()).status_code == 200
    for name in ["overview:supervisor_home", "handover:sheet_list", "overview:daily_sheet"]:
        assert supervisor_client.get(reverse(name)).status_code == 200, name
    book_hand_over(desk=desk, by=guide)
    assert security_client.get(reverse("handover:security_book")).status_code == 200
    response = supervisor_client.get(reverse("overview:daily_sheet_pdf"))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
