"""Store complainants' phone numbers as E.164 (+8613812345678), as hospital.phones does.

Email addresses stay as they are. A stored number phonenumbers cannot read is left untouched
rather than lost; the admin shows it as it was typed.
"""

import phonenumbers
from django.db import migrations

BATCH = 2000


def _e164(contact: str) -> str | None:
    if not contact or "@" in contact or contact.startswith("+"):
        return None
    try:
        number = phonenumbers.parse(contact, "CN")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def to_e164(apps, schema_editor) -> None:
    complaint_model = apps.get_model("complaints", "Complaint")
    rows = complaint_model.objects.exclude(contact="").exclude(contact__contains="@")
    changed = []
    for complaint in rows.only("pk", "contact").iterator(chunk_size=BATCH):
        e164 = _e164(complaint.contact)
        if e164 and e164 != complaint.contact:
            complaint.contact = e164
            changed.append(complaint)
        if len(changed) >= BATCH:
            complaint_model.objects.bulk_update(changed, ["contact"])
            changed = []
    if changed:
        complaint_model.objects.bulk_update(changed, ["contact"])


def to_national(apps, schema_editor) -> None:
    complaint_model = apps.get_model("complaints", "Complaint")
    changed = []
    for complaint in complaint_model.objects.filter(contact__startswith="+86").iterator(
        chunk_size=BATCH
    ):
        number = phonenumbers.parse(complaint.contact)
        national = phonenumbers.national_significant_number(number)
        complaint.contact = national if national.startswith("1") else f"0{national}"
        changed.append(complaint)
    complaint_model.objects.bulk_update(changed, ["contact"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0002_form_token"),
    ]

    operations = [
        migrations.RunPython(to_e164, to_national),
    ]
