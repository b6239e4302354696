"""The single-file journal of magtui 0.1, moved into the month files on first open.

Its entries are schema version 1 and are migrated as they are read; the old file is then
renamed, not deleted, so it can be checked by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

from magtui.domain.documents import entries_from_documents
from magtui.domain.entries import Entry
from magtui.storage.files import keep_aside, read_bytes_or_none
from magtui.storage.segments import LEGACY_JOURNAL_FILE
from magtui.storage.tinydb_storage import parse_database

RETIRED_SUFFIX = ".moved"


class LegacyJournal:
    """`journal.json` in the data folder, if it is still there."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LEGACY_JOURNAL_FILE
        self.retired = self.path.with_name(f"{LEGACY_JOURNAL_FILE}{RETIRED_SUFFIX}")

    def exists(self) -> bool:
        return self.path.exists()

    def read(self) -> tuple[list[Entry], str | None]:
        """Its readable entries, and a sentence if some were not; `DamagedFile` if unreadable."""
        raw = read_bytes_or_none(self.path) or b""
        tables = parse_database(self.path, raw)
        documents = [doc for table in tables.values() for doc in table.values()]
        entries, problems = entries_from_documents(documents)
        if not problems:
            return entries, None
        return entries, (
            f"{len(problems)} entries of the old journal could not be read; "
            f"they are kept unchanged in {self.retired}."
        )

    def keep_damaged_aside(self) -> str:
        kept = keep_aside(self.path)
        return f"The old journal file was damaged; it is kept aside as {kept}."

    def retire(self) -> None:
        """Once its entries are safely in the month files."""
        os.replace(self.path, self.retired)
