"""Two tablets at the same moment (PostgreSQL row locks): one wins, the other is refused."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from handover.models import EquipmentLoan, HandoverSheet
from handover.services import equipment_lend, sheet_start, sheet_update
from tests.handover.factories import ChecklistTemplateFactory, EquipmentFactory, ShiftFactory
from tests.races import race


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_guides_lending_the_same_wheelchair_at_once_make_one_loan(desk, guide, second_guide):
    chair = EquipmentFactory(desk=desk)
    outcomes = race(
        lambda: equipment_lend(equipment=chair, by=guide, borrower_name="张三"),
        lambda: equipment_lend(equipment=chair, by=second_guide, borrower_name="李四"),
    )
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refused) == 1 and refused[0].code == "already_out", outcomes
    assert EquipmentLoan.objects.count() == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_saves_of_one_sheet_from_the_same_version_keep_the_first(desk, guide, second_guide):
    ChecklistTemplateFactory()
    sheet = sheet_start(
        desk=desk, shift=ShiftFactory(desk=desk), day=timezone.localdate(), by=guide
    )
    version = sheet.version

    def save(log: str):
        return lambda: sheet_update(
            sheet=sheet, by=guide, version=version, work_log=log, incoming=second_guide, marks={}
        )

    outcomes = race(save("甲"), save("乙"))
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(refused) == 1 and refused[0].code == "stale", outcomes
    saved = HandoverSheet.objects.get(pk=sheet.pk)
    assert saved.version == version + 1 and saved.work_log in ("甲", "乙")
