from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from handover.models import EquipmentLoan
from handover.services import equipment_lend, equipment_return
from tests.handover.factories import EquipmentFactory
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_lend_to_a_visit_records_a_visitor_loan(desk, guide):
    chair = EquipmentFactory(desk=desk)
    visit = VisitFactory(desk=desk, logged_by=guide)
    loan = equipment_lend(equipment=chair, by=guide, visit=visit)
    loan.refresh_from_db()
    assert loan.is_open
    assert loan.borrower_kind == EquipmentLoan.BorrowerKind.VISITOR
    assert loan.visit == visit and loan.lent_by == guide


def test_lend_to_staff_needs_a_name(desk, guide):
    chair = EquipmentFactory(desk=desk)
    with pytest.raises(ValidationError) as error:
        equipment_lend(equipment=chair, by=guide)
    assert error.value.code == "no_borrower"
    assert not EquipmentLoan.objects.exists()
    loan = equipment_lend(equipment=chair, by=guide, borrower_name="  李护士 ")
    assert loan.borrower_kind == EquipmentLoan.BorrowerKind.STAFF
    assert loan.borrower_name == "李护士"


def test_lending_equipment_already_out_is_refused(desk, guide, second_guide):
    chair = EquipmentFactory(desk=desk, label="WC-03")
    equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    with pytest.raises(ValidationError) as error:
        equipment_lend(equipment=chair, by=second_guide, borrower_name="李四")
    assert error.value.code == "already_out"
    assert "WC-03" in error.value.messages[0]
    assert EquipmentLoan.objects.count() == 1


def test_out_of_service_equipment_is_not_lent(desk, guide):
    chair = EquipmentFactory(desk=desk, is_active=False)
    with pytest.raises(ValidationError) as error:
        equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    assert error.value.code == "out_of_service"


def test_return_closes_the_loan_and_frees_the_equipment(desk, guide, second_guide):
    chair = EquipmentFactory(desk=desk)
    loan = equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    equipment_return(loan=loan, by=second_guide)
    loan.refresh_from_db()
    assert not loan.is_open and loan.returned_to == second_guide
    again = equipment_lend(equipment=chair, by=guide, borrower_name="李四")
    assert again.pk != loan.pk


def test_returning_a_loan_twice_is_refused(desk, guide):
    chair = EquipmentFactory(desk=desk)
    loan = equipment_lend(equipment=chair, by=guide, borrower_name="张三")
    equipment_return(loan=loan, by=guide)
    first_return = EquipmentLoan.objects.get(pk=loan.pk).returned_at
    with pytest.raises(ValidationError) as error:
        equipment_return(loan=loan, by=guide)
    assert error.value.code == "already_returned"
    assert EquipmentLoan.objects.get(pk=loan.pk).returned_at == first_return


def test_due_back_in_the_past_is_refused(desk, guide):
    chair = EquipmentFactory(desk=desk)
    with pytest.raises(ValidationError):
        equipment_lend(
            equipment=chair,
            by=guide,
            borrower_name="张三",
            due_back_at=timezone.now() - timedelta(hours=1),
        )


def test_overdue_lists_open_loans_past_due(desk, guide):
    chair, other = EquipmentFactory(desk=desk), EquipmentFactory(desk=desk)
    late = equipment_lend(
        equipment=chair,
        by=guide,
        borrower_name="张三",
        due_back_at=timezone.now() + timedelta(minutes=30),
    )
    equipment_lend(equipment=other, by=guide, borrower_name="李四")
    later = timezone.now() + timedelta(hours=1)
    assert list(EquipmentLoan.objects.overdue(later)) == [late]
    assert not late.is_overdue
