"""The CSV export: one row per entry, one column per field, for a spreadsheet or a clinician.

Text a person typed is made safe for spreadsheets: a cell that begins with = + - @ or a tab
would be run as a formula, so it gets a leading apostrophe (the usual OWASP advice).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from magtui.domain.documents import documents_of
from magtui.domain.entries import Entry

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


def write_csv(months: Iterable[list[Entry]], out: TextIO) -> int:
    """Write the export; returns how many entries it holds."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    column_of = {name: number for number, name in enumerate(COLUMNS)}
    count = 0
    for month in months:
        for document in documents_of(month):
            # A document holds a third of the columns: fill those, leave the rest empty.
            row = [""] * len(COLUMNS)
            for name, value in document.items():
                number = column_of.get(name)
                if number is not None and value is not None:
                    row[number] = safe_cell(value)
            writer.writerow(row)
        count += len(month)
    return count
