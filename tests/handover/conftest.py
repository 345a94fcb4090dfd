import pytest
from django.utils import timezone

from handover.services import sheet_start
from tests.handover.factories import ChecklistTemplateFactory, ShiftFactory


@pytest.fixture
def shift(desk):
    return ShiftFactory(desk=desk)


@pytest.fixture
def checklist(db):
    return ChecklistTemplateFactory()


@pytest.fixture
def sheet(desk, shift, checklist, guide):
    """A draft sheet at the main hall written by `guide`, three checklist lines unmarked."""
    return sheet_start(desk=desk, shift=shift, day=timezone.localdate(), by=guide)


@pytest.fixture
def mark_all():
    def _mark(sheet, mark="ok", comment=""):
        return {e.pk: (mark, comment) for e in sheet.checklist.all()}

    return _mark


@pytest.fixture(autouse=True)
def _english(settings):
    """Assert on the English msgids; the zh-hans catalogue is checked by the translations test."""
    settings.LANGUAGE_CODE = "en"
