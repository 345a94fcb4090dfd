"""The default department directory shipped with the product (national catalogue + services)."""

import csv
from pathlib import Path
from typing import Any

DEFAULT_DIRECTORY = Path(__file__).resolve().parent / "data" / "departments.csv"


def default_departments() -> list[dict[str, str]]:
    """Return the rows of the shipped directory, in the catalogue's order."""
    with DEFAULT_DIRECTORY.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_default_departments(department_model: Any) -> int:
    """Create the departments of the shipped directory that are missing; return how many.

    `department_model` is Department, or its historical version inside a data migration.

    Existing departments are left as the hospital edited them.
    """
    existing = set(department_model.objects.values_list("code", flat=True))
    rows = [
        department_model(
            code=row["code"],
            catalogue_code=row["catalogue_code"],
            kind=row["kind"],
            name_zh_hans=row["name_zh_hans"],
            name_zh_hant=row["name_zh_hant"],
            name_en=row["name_en"],
            sort_order=position * 10,
        )
        for position, row in enumerate(default_departments(), start=1)
        if row["code"] not in existing
    ]
    # Plain create() per row: Department keeps history, and bulk_create would bypass it.
    for department in rows:
        department.save()
    return len(rows)
