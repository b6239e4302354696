"""A TinyDB storage whose every write is atomic and durable, and which never overwrites damage.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves a file that no
longer parses. This one writes through `atomic_write` and only creates the file on first write.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from magtui.storage.files import atomic_write, keep_aside, read_bytes_or_none


class DamagedFile(Exception):
    """The file did not hold a TinyDB document; it has been moved aside to `kept_at`."""

    def __init__(self, path: Path, kept_at: Path) -> None:
        super().__init__(
            f"{path.name} was damaged and has been kept aside as {kept_at}; "
            "magtui started a fresh one, and nothing was overwritten."
        )
        self.kept_at = kept_at


def _is_tinydb_document(data: object) -> bool:
    return isinstance(data, dict) and all(
        isinstance(table, dict) and all(isinstance(doc, dict) for doc in table.values())
        for table in data.values()
    )


class AtomicJSONStorage(Storage):
    """JSON on disk, read fresh on every call so another process's writes are seen."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, dict[str, Any]] | None:
        raw = read_bytes_or_none(self.path)
        if raw is None:
            return None
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            data = None
        if not _is_tinydb_document(data):
            raise DamagedFile(self.path, keep_aside(self.path))
        return data  # type: ignore[no-any-return]

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write(self.path, orjson.dumps(data))

    def close(self) -> None:
        """Nothing stays open between calls."""
