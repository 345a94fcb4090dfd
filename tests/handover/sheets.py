"""Steps of a handover sheet the tests take again and again."""

from handover.services import sheet_update


def ready(sheet, incoming, marks):
    """Fill in the work log, the incoming guide and the checklist marks: ready to sign out."""
    return sheet_update(
        sheet=sheet,
        by=sheet.outgoing,
        version=sheet.version,
        work_log="平稳",
        incoming=incoming,
        marks=marks,
    )
