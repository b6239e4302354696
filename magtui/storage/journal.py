"""The journal: every zone check-in, behind one small class so its storage can change alone."""

from __future__ import annotations

from pathlib import Path

from tinydb import TinyDB

from magtui.domain.entries import ZoneCheckIn
from magtui.storage.files import ensure_private_dir
from magtui.storage.tinydb_storage import AtomicJSONStorage, DamagedFile

JOURNAL_FILE = "journal.json"
LOCK_FILE = "journal.lock"
ZONE_TABLE = "zones"


class Journal:
    """Reads and appends journal entries in the data folder; one writer at a time."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / JOURNAL_FILE
        self.notice: str | None = None
        self._db = TinyDB(self.path, storage=AtomicJSONStorage)

    def _zone_documents(self) -> list[dict[str, object]]:
        try:
            return [dict(doc) for doc in self._db.table(ZONE_TABLE).all()]
        except DamagedFile as damage:
            self.notice = str(damage)
            return []

    def record_zone(self, check_in: ZoneCheckIn) -> None:
        """Store a zone change; durable once this returns."""
        from filelock import FileLock  # only writers pay for it; start-up reads need no lock

        ensure_private_dir(self.data_dir)
        with FileLock(self.data_dir / LOCK_FILE, mode=0o600):
            self._zone_documents()
            self._db.table(ZONE_TABLE).insert(check_in.model_dump(mode="json"))

    def latest_zone(self) -> ZoneCheckIn | None:
        """The most recent check-in, or None before the first."""
        documents = self._zone_documents()
        if not documents:
            return None
        newest = max(documents, key=lambda doc: str(doc["id"]))
        return ZoneCheckIn.model_validate(newest)
