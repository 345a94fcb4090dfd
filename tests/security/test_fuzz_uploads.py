"""A doctor's photo upload (the admin's multipart form): bad files never answer 500.

`test_fuzz` sends query strings and form fields; the photo is the one file the app takes. The
suite sends the uploads found by hand; FUZZ_ALL=1 (`make fuzz`) sends generated names and
contents as well: every answer below 500, and a refused upload saves nothing.
"""

import io
import os
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image

from doctors.models import Doctor
from tests.doctors.factories import DoctorFactory
from tests.security.test_fuzz import (
    ANY_CHARACTER,
    EXAMPLES,
    FUZZ_ALL,
    _is_refusal,
    _writes,
    cheap_stack,  # noqa: F401 (a fixture)
    rolled_back,
)


def _image(size: tuple[int, int] = (2, 2), kind: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size).save(buffer, kind)
    return buffer.getvalue()


PNG = _image()
# A PNG header that claims 100 000 x 100 000 pixels: Pillow refuses it as a decompression bomb.
BOMB = PNG[:16] + (100_000).to_bytes(4, "big") * 2 + PNG[24:]


def _form_data(response: Any) -> dict[str, Any]:
    """Return the change form's current values (the doctor and the inlines) as a POST would."""
    data: dict[str, Any] = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms += list(inline.formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False or name == "photo":
                continue
            key = form.add_prefix(name)
            if isinstance(value, list):
                data[key] = [str(v) for v in value]
            else:
                data[key] = "on" if value is True else str(value)
    return data


@pytest.fixture
def upload(db, cheap_stack, admin_user, tmp_path, monkeypatch) -> dict[str, Any]:  # noqa: F811
    """An administrator's client on a doctor's change form, photos kept in this test's folder."""
    # The field's storage was made at import (DOCTOR_PHOTO_ROOT read then).
    monkeypatch.setattr(Doctor._meta.get_field("photo").storage, "location", str(tmp_path))
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    doctor = DoctorFactory()
    url = reverse("admin:doctors_doctor_change", args=[doctor.pk])
    return {"client": client, "doctor": doctor, "url": url, "data": _form_data(client.get(url))}


def _send(upload: dict[str, Any], name: str, content: bytes) -> tuple[Any, list[str]]:
    """Post the change form with this file as the photo; return the answer and its writes."""
    data = {**upload["data"], "photo": SimpleUploadedFile(name, content)}
    with rolled_back(), CaptureQueriesContext(connection) as queries:
        response = upload["client"].post(upload["url"], data)
    return response, _writes(queries)


# (name, content, accepted): each refused one is named in the form's errors.
KNOWN_UPLOADS = [
    # 85 Chinese characters are 255 bytes and more: the save failed with OSError (a 500).
    ("长" * 85 + ".png", PNG, True),
    ("𝟘" * 90 + ".png", PNG, True),
    ("photo.png", b"not an image", False),
    ("photo.png", b"", False),
    ("photo.png", PNG[:30], False),
    ("photo.png", BOMB, False),
    ("photo.gif", _image(kind="GIF"), False),
    ("photo", PNG, False),
    ("a" * 120 + ".png", PNG, False),
]


def test_each_known_bad_photo_upload_gets_an_answer_not_a_500(upload) -> None:
    failures = []
    for name, content, accepted in KNOWN_UPLOADS:
        response, writes = _send(upload, name, content)
        where = f"{name[:20]!r} ({len(content)} bytes)"
        if response.status_code >= 500:
            failures.append(f"{where}: {response.status_code}")
        elif accepted and response.status_code != 302:
            failures.append(f"{where}: refused, {response.context['errors']}")
        elif not accepted and (response.status_code != 200 or not response.context["errors"]):
            failures.append(f"{where}: not refused with a message ({response.status_code})")
        elif not accepted and writes:
            failures.append(f"{where}: a refusal wrote {writes[:2]}")
    assert not failures, "\n".join(failures)


def test_a_photo_named_past_the_file_systems_limit_is_kept_under_a_shorter_name(upload) -> None:
    name = "王医生的工作照片" * 11 + ".png"  # 92 characters, 268 bytes
    data = {**upload["data"], "photo": SimpleUploadedFile(name, PNG)}
    response = upload["client"].post(upload["url"], data)
    assert response.status_code == 302
    doctor = upload["doctor"]
    doctor.refresh_from_db()
    saved = doctor.photo.name.removeprefix("photos/")
    assert saved.startswith("王医生的工作照片") and saved.endswith(".png")
    assert len(saved.encode()) <= 255
    photo = upload["client"].get(reverse("doctors:photo", args=[doctor.pk]))
    assert b"".join(photo.streaming_content) == PNG


contents = st.one_of(
    st.sampled_from([PNG, BOMB, PNG[:30], b"", _image((1, 1), "GIF"), _image((3, 3), "WEBP")]),
    st.binary(max_size=200),
    st.binary(max_size=200).map(lambda tail: PNG[:8] + tail),
)
names = st.builds(
    "{}{}".format,
    st.text(ANY_CHARACTER, max_size=120),
    st.sampled_from(["", ".png", ".PNG", ".jpg", ".webp", ".gif", ".svg", ".png.exe", "."]),
).filter(lambda name: os.path.basename(name) not in ("", ".", ".."))  # the client's own refusal


# The whole fuzz only; of its shards (FUZZ_SHARD=k/n), the first.
@pytest.mark.skipif(
    not FUZZ_ALL or not os.environ.get("FUZZ_SHARD", "1/1").startswith("1/"),
    reason="the whole fuzz only (make fuzz), its first shard",
)
def test_bad_input_never_answers_500_on_a_photo_upload(upload) -> None:
    server_errors, writes_on_refusal = [], []

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(name=names, content=contents)
    def one(name: str, content: bytes) -> None:
        response, writes = _send(upload, name, content)
        where = f"photo {name[:40]!r} ({len(content)} bytes)"
        if response.status_code >= 500:
            server_errors.append(f"{where}: {response.status_code}")
        # The admin refuses a bad form by showing it again (200), not by a message.
        elif (response.status_code != 302 or _is_refusal(response)) and writes:
            writes_on_refusal.append(f"{where}: {writes[:2]}")

    one()
    print(
        f"\nfuzz (photo upload): {EXAMPLES} examples, {len(server_errors)} server errors, "
        f"{len(writes_on_refusal)} writes on refusal"
    )
    assert server_errors == [], "\n".join(server_errors[:20])
    assert writes_on_refusal == [], "\n".join(writes_on_refusal[:20])
