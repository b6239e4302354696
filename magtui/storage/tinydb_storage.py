"""A TinyDB storage whose every write is atomic and durable, and which never overwrites damage.

TinyDB's own JSONStorage rewrites its file in place, so a crash mid-write leaves a file that no
longer parses. This one writes through `atomic_write`, only creates the file on first write, and
raises `DamagedFile` rather than treating unreadable bytes as an empty database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from magtui.storage.files import atomic_write, read_bytes_or_none
from magtui.storage.json_reading import load_json

Tables = dict[str, dict[str, dict[str, Any]]]


class DamagedFile(Exception):
    """The file does not hold a TinyDB database; nothing has been changed yet."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is damaged")
        self.path = path


def is_tinydb_database(data: object) -> bool:
    """A JSON object of tables, each a JSON object of documents, each a JSON object."""
    return type(data) is dict and all(
        type(table) is dict and all(type(doc) is dict for doc in table.values())
        for table in data.values()
    )


def parse_database(path: Path, raw: bytes) -> Tables:
    """The tables in `raw`, or `DamagedFile` (truncated, garbage, empty, NUL bytes, wrong shape)."""
    try:
        data = load_json(raw)
    except ValueError:
        raise DamagedFile(path) from None
    if not is_tinydb_database(data):
        raise DamagedFile(path)
    return data  # type: ignore[no-any-return]


class AtomicJSONStorage(Storage):
    """JSON on disk, read fresh on every call so another process's writes are seen.

    `before_write` runs just before the file is replaced (the journal keeps a backup there).
    """

    def __init__(
        self,
        path: Path,
        before_write: Callable[[Path], None] | None = None,
        root: Path | None = None,
    ) -> None:
        self.path = path
        self.before_write = before_write
        self.root = root
        """The data folder: the file's folder must be magtui's own inside it (`atomic_write`)."""

    def read(self) -> Tables | None:
        raw = read_bytes_or_none(self.path)
        return None if raw is None else parse_database(self.path, raw)

    def write(self, data: Tables) -> None:
        if self.before_write is not None:
            self.before_write(self.path)
        atomic_write(self.path, orjson.dumps(data), root=self.root or self.path.parent)

    def close(self) -> None:
        """Nothing stays open between calls."""
