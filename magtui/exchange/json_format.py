"""The JSON export: magtui's documented, versioned format for moving a journal between machines.

    {"format": "magtui-journal", "format_version": 1, "entries": [ENTRY, ...]}

Entries are sorted by id and stored exactly as in the journal (see docs/journal-format.md).
There is no export time inside, so exporting the same journal twice gives identical bytes.
"""

from __future__ import annotations

from collections.abc import Sequence

import orjson

from magtui.domain.documents import EntryProblem, documents_of, entry_from_document
from magtui.domain.entries import Entry

FORMAT_NAME = "magtui-journal"
FORMAT_VERSION = 1


class ImportProblem(ValueError):
    """The file cannot be imported; the message is one sentence saying what to do."""


def to_json(entries: Sequence[Entry]) -> bytes:
    document = {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "entries": documents_of(sorted(entries, key=lambda entry: entry.id)),
    }
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"


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
            entries.append(entry_from_document(item))
        except EntryProblem as problem:
            raise ImportProblem(
                f"Entry {number} of {name} cannot be imported ({problem}); nothing was imported."
            ) from None
    return entries
