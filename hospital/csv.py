"""The one CSV writer of every export: spreadsheet-safe cells, UTF-8 with a BOM for Excel.

A cell that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before
reading a formula) is run as a formula when the file is opened: a complaint whose text is
`=HYPERLINK("http://evil", "click")` would become a live link in the supervisor's spreadsheet.
Such cells get a leading apostrophe, which spreadsheets show as text (OWASP "CSV injection").
"""

import csv
import numbers
from collections.abc import Iterable
from typing import Any

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Return `value` safe for a spreadsheet cell: text that could start a formula is quoted.

    Numbers stay numbers (a negative number is not a formula); only text is changed.
    """
    if value is None or isinstance(value, numbers.Number):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """A `csv.writer` whose every cell goes through `neutralise`."""

    def __init__(self, stream: Any) -> None:
        self._writer = csv.writer(stream)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow([neutralise(cell) for cell in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_attachment(filename: str) -> tuple[HttpResponse, SafeWriter]:
    """Return an attachment response named `filename` (BOM written) and the writer to fill it."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    return response, SafeWriter(response)
