"""The JSON export: magtui's documented, versioned format for moving a journal between machines.

    {"format":"magtui-journal","format_version":1,"entries":[
    ENTRY,
    ...
    ]}

One entry per line, oldest first, each exactly as stored in the journal (see
docs/journal-format.md). There is no export time inside, so exporting the same journal twice
gives identical bytes; and it is written a month at a time, so any size fits in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO

import orjson

from magtui.domain.documents import EntryProblem, entry_from_document, stored_json_of
from magtui.domain.entries import Entry

FORMAT_NAME = "magtui-journal"
FORMAT_VERSION = 1


class ImportProblem(ValueError):
    """The file cannot be imported; the message is one sentence saying what to do."""


def write_json(months: Iterable[list[Entry]], out: BinaryIO) -> int:
    """Write the export; returns how many entries it holds."""
    header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION}
    out.write(orjson.dumps(header)[:-1] + b',"entries":[')
    count = 0
    for month in months:
        for stored in stored_json_of(month):
            out.write(b"\n" if count == 0 else b",\n")
            out.write(stored)
            count += 1
    out.write(b"\n]}\n")
    return count


def from_json(raw: bytes, name: str) -> list[Entry]:
    """Every entry in an export, all valid, or `ImportProblem` naming the first bad one."""
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise ImportProblem(
            f"{name} is not a JSON file; export one with 'magtui export'."
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportProblem(
            f"{name} is not a magtui journal export; export one with 'magtui export'."
        )
    version = document.get("format_version")
    if type(version) is not int or version > FORMAT_VERSION:
        raise ImportProblem(
            f"{name} was exported by a newer magtui (format {version}); update magtui first."
        )
    documents = document.get("entries")
    if not isinstance(documents, list):
        raise ImportProblem(f"{name} has no list of entries; export it again.")
    entries = []
    for number, item in enumerate(documents, 1):
        try:
            entries.append(entry_from_document(item, strict=True))
        except EntryProblem as problem:
            raise ImportProblem(
                f"Entry {number} of {name} cannot be imported ({problem}); nothing was imported."
            ) from None
    return entries
