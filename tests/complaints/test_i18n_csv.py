"""Every header of the complaint report's CSV is in the reader's language."""

import csv
import io

import pytest
from django.urls import reverse
from django.utils import translation

from complaints.reports import CSV_COLUMNS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["zh-hans", "zh-hant"])
def test_every_csv_header_is_translated(supervisor_client, language) -> None:
    supervisor_client.cookies["django_language"] = language
    response = supervisor_client.get(reverse("complaints:report_csv"))
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    header = next(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    english = [str(label) for _key, label in CSV_COLUMNS]
    assert len(header) == len(english)
    untranslated = [h for h in header if h in english]
    assert not untranslated, untranslated
    with translation.override(language):
        assert header == [translation.gettext(label) for label in english]
