"""The CSV export: one row per entry, one column per field, for a spreadsheet or a clinician.

Text a person typed is made safe for spreadsheets: a cell that begins with = + - @ or a tab
would be run as a formula, so it gets a leading apostrophe (the usual OWASP advice).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from magtui.domain.documents import documents_of
from magtui.domain.entries import Entry, typed_text_fields

COLUMNS = (
    "id",
    "kind",
    "at",
    "logged_at",
    "zone",
    "method",
    "product",
    "amount",
    "area",
    "dilution",
    "duration_minutes",
    "duration_seconds",
    "form",
    "mg",
    "fraction",
    "with_food",
    "reaction",
    "severity",
    "relief",
    "after",
    "important",
    "name",
    "product_type",
    "unscented",
    "ingredients",
    "mg_per_capsule",
    "replaces",
    "deletes",
    "undoes",
    "note",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The value as text a spreadsheet shows as text, never runs as a formula."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = ";".join(str(item) for item in value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


LISTS = ("relief",)
"""Fields holding several names, written as one cell: 'pain;sensory'."""


def write_csv(months: Iterable[list[Entry]], out: TextIO) -> int:
    """Write the export; returns how many entries it holds.

    Only typed text is made safe (`safe_cell`) and lists joined; every other value is written
    as the CSV module writes it (None as an empty cell), which keeps 100,000 rows quick.
    """
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    typed = typed_text_fields()
    count = 0
    for month in months:
        for document in documents_of(month):
            for name in typed:
                text = document.get(name)
                if text and text.startswith(FORMULA_STARTS):
                    document[name] = f"'{text}"
            for name in LISTS:
                if (names := document.get(name)) is not None:
                    document[name] = safe_cell(names)
            writer.writerow(map(document.get, COLUMNS))
        count += len(month)
    return count
