import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from handover import services
from handover.models import ChecklistEntry, HandoverSheet, SheetEvent
from tests.handover.factories import EquipmentFactory, KeyFactory
from tests.handover.sheets import ready
from tests.reception.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_start_copies_the_checklist_and_a_second_start_finds_the_same_sheet(sheet, guide):
    assert [e.label for e in sheet.checklist.all()] == ["台面整洁", "轮椅已清点", "电话正常"]
    again = services.sheet_start(desk=sheet.desk, shift=sheet.shift, day=sheet.date, by=guide)
    assert again.pk == sheet.pk
    assert HandoverSheet.objects.count() == 1
    assert ChecklistEntry.objects.count() == 3


def test_a_cross_without_comment_is_refused_and_nothing_saved(sheet, second_guide, mark_all):
    with pytest.raises(ValidationError) as error:
        ready(sheet, second_guide, mark_all(sheet, "fault"))
    assert "comment" in str(error.value.message_dict)
    sheet.refresh_from_db()
    assert sheet.incoming is None and sheet.version == 1
    assert not ChecklistEntry.objects.filter(mark="fault").exists()


def test_signing_needs_every_item_marked(sheet, second_guide):
    ready(sheet, second_guide, {})
    with pytest.raises(ValidationError) as error:
        services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    assert error.value.code == "unmarked"
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.DRAFT


def test_sign_out_freezes_pending_items(sheet, second_guide, mark_all, desk, guide):
    VisitFactory(desk=desk, logged_by=guide)
    KeyFactory(desk=desk)
    from handover.services import equipment_lend

    equipment_lend(equipment=EquipmentFactory(desk=desk), by=guide, borrower_name="张三")
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING
    assert sheet.pending["visits"]["total"] == 1
    assert sheet.pending["equipment"]["items"][0]["who"] == "张三"
    with translation.override("en"):
        assert sheet.get_status_display() == "Awaiting acceptance"


def test_signed_sheet_cannot_be_changed_only_by_addendum(sheet, second_guide, mark_all):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    sheet.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        ready(sheet, second_guide, mark_all(sheet, "na"))
    assert error.value.code == "locked"
    addendum = services.sheet_add_addendum(
        sheet=sheet, by=sheet.outgoing, text="补充:3 号轮椅刹车松"
    )
    assert addendum.history.count() == 1
    assert not ChecklistEntry.objects.filter(mark="na").exists()


def test_accepting_your_own_sheet_is_refused(sheet, second_guide, mark_all):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    with pytest.raises(ValidationError) as error:
        services.sheet_accept(sheet=sheet, by=sheet.outgoing)
    assert error.value.code == "own_sheet"
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.AWAITING


def test_refusal_needs_a_reason_then_outgoing_corrects_and_incoming_accepts(
    sheet, second_guide, mark_all, supervisor
):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    with pytest.raises(ValidationError):
        services.sheet_refuse(sheet=sheet, by=second_guide, reason="  ")
    services.sheet_refuse(sheet=sheet, by=second_guide, reason="轮椅少一台")
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.REFUSED
    assert sheet.refusal_reason == "轮椅少一台"
    with pytest.raises(ValidationError) as error:
        services.sheet_countersign(sheet=sheet, by=supervisor)
    assert error.value.code == "illegal_transition"
    entry = sheet.checklist.first()
    marks = mark_all(sheet)
    marks[entry.pk] = ("fault", "3 号轮椅在放射科,已电话催还")
    sheet = ready(sheet, second_guide, marks)
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    services.sheet_accept(sheet=sheet, by=second_guide)
    services.sheet_countersign(sheet=sheet, by=supervisor)
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.COUNTERSIGNED
    assert list(sheet.events.values_list("kind", flat=True)) == [
        SheetEvent.Kind.SIGNED_OUT,
        SheetEvent.Kind.REFUSED,
        SheetEvent.Kind.SIGNED_OUT,
        SheetEvent.Kind.ACCEPTED,
        SheetEvent.Kind.COUNTERSIGNED,
    ]


def test_countersigning_before_acceptance_is_refused(sheet, second_guide, mark_all, supervisor):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    with pytest.raises(ValidationError) as error:
        services.sheet_countersign(sheet=sheet, by=supervisor)
    assert error.value.code == "illegal_transition"
    sheet.refresh_from_db()
    assert sheet.countersigned_at is None


def test_a_guide_cannot_countersign(sheet, second_guide, mark_all, guide):
    sheet = ready(sheet, second_guide, mark_all(sheet))
    services.sheet_sign_out(sheet=sheet, by=sheet.outgoing)
    services.sheet_accept(sheet=sheet, by=second_guide)
    with pytest.raises(ValidationError) as error:
        services.sheet_countersign(sheet=sheet, by=second_guide)
    assert error.value.code == "not_lead"
    sheet.refresh_from_db()
    assert sheet.status == HandoverSheet.Status.ACCEPTED


def test_second_save_from_a_stale_page_is_refused(sheet, second_guide, mark_all):
    stale_version = sheet.version
    ready(sheet, second_guide, mark_all(sheet))
    with pytest.raises(ValidationError) as error:
        services.sheet_update(
            sheet=sheet,
            by=sheet.outgoing,
            version=stale_version,
            work_log="覆盖",
            incoming=second_guide,
            marks={},
        )
    assert error.value.code == "stale"
    sheet.refresh_from_db()
    assert sheet.work_log == "平稳"


def test_only_the_outgoing_edits_the_draft(sheet, second_guide, mark_all):
    with pytest.raises(ValidationError) as error:
        services.sheet_update(
            sheet=sheet,
            by=second_guide,
            version=sheet.version,
            work_log="x",
            incoming=None,
            marks={},
        )
    assert error.value.code == "not_outgoing"
