"""Writes of many journal files that count as one: all of them, or none, even after a kill.

Before a file is first replaced, its current version is linked into `before/` (or noted as
absent) and the record `pending.json` says so; the last step, removing the record, is the
commit. A record found later means the writer stopped part way: every file it names is put
back as it was (rolled back), and the person is told so. While a record exists, readers in
other processes see the files as they were before it, so no reader sees half an import.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from datetime import datetime
from pathlib import Path

from magtui.storage.causes import advice, cause
from magtui.storage.files import (
    StorageError,
    atomic_write,
    ensure_private_dir,
    fsync_dir,
    read_bytes_or_none,
)
from magtui.storage.json_reading import load_json
from magtui.storage.segments import month_and_part, part_number

RECORD = "pending.json"
BEFORE = "before"


class Transaction:
    """One multi-file write in `folder` (the journal folder); hold the write lock throughout."""

    def __init__(self, folder: Path, now: datetime) -> None:
        self.folder = folder
        self.started = now
        self.files: dict[str, bool] = {}
        """Each file touched so far, by name: whether it existed before."""

    @property
    def before(self) -> Path:
        return self.folder / BEFORE

    def keep(self, path: Path) -> None:
        """Just before `path` is replaced: keep its current version, then record that."""
        if path.parent != self.folder or path.name in self.files:
            return
        try:
            ensure_private_dir(self.before, root=self.folder)
            existed = path.exists()
            if existed:
                kept = self.before / path.name
                kept.unlink(missing_ok=True)
                try:
                    os.link(path, kept)
                except OSError:
                    shutil.copy2(path, kept)
                fsync_dir(self.before)
            self.files[path.name] = existed
            record = {"started": self.started.isoformat(), "files": self.files}
            atomic_write(self.folder / RECORD, json.dumps(record).encode(), root=self.folder)
        except OSError as error:
            raise StorageError(
                f"The import could not be prepared: {cause(error)}; nothing was imported — "
                f"{advice(error)}."
            ) from None

    def commit(self) -> None:
        """The one step that makes every write count: the record goes. If it cannot, nothing
        counts: the caller rolls back, and `StorageError` says so."""
        try:
            (self.folder / RECORD).unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(
                f"The import could not be finished: {cause(error)}; nothing was imported — "
                f"{advice(error)}."
            ) from None
        with contextlib.suppress(OSError):  # committed: the record is gone, only its flush failed
            fsync_dir(self.folder)
        shutil.rmtree(self.before, ignore_errors=True)


def pending(folder: Path) -> dict[str, bool] | None:
    """The files an unfinished transaction names (whether each existed before), or None."""
    raw = read_bytes_or_none(folder / RECORD)
    if raw is None:
        return None
    try:
        record = load_json(raw)
        files = record["files"]
        if isinstance(files, dict) and all(isinstance(v, bool) for v in files.values()):
            return {str(name): existed for name, existed in files.items()}
    except (ValueError, KeyError, TypeError):
        pass
    return {}


def roll_back(folder: Path) -> str | None:
    """Under the write lock, at start: undo what an unfinished transaction wrote.

    Returns the sentence to tell the person, or None when nothing was pending.
    """
    files = pending(folder)
    if files is None:
        shutil.rmtree(folder / BEFORE, ignore_errors=True)
        return None
    before = folder / BEFORE
    for name, existed in files.items():
        if month_and_part(name) is None:
            continue  # only part files of this folder are ever recorded
        if existed:
            with contextlib.suppress(FileNotFoundError):  # its copy is gone: it stays as it is
                os.replace(before / name, folder / name)
        else:
            (folder / name).unlink(missing_ok=True)
    fsync_dir(folder)
    (folder / RECORD).unlink(missing_ok=True)
    fsync_dir(folder)
    shutil.rmtree(before, ignore_errors=True)
    return (
        "An import stopped part way last time and has been undone: your journal is as it was "
        "before it. Import the file again to add its entries."
    )


def listing_before(
    found: dict[str, list[Path]], files: dict[str, bool], before: Path
) -> dict[str, list[Path]]:
    """The month listing as it was before an unfinished transaction touched `files`."""
    parts: dict[str, list[tuple[int, Path]]] = {}
    for month, paths in found.items():
        for path in paths:
            if path.name not in files:
                parts.setdefault(month, []).append((part_number(path), path))
    for name, existed in files.items():
        named = month_and_part(name)
        if existed and named:
            parts.setdefault(named[0], []).append((named[1], before / name))
    return {month: [p for _, p in sorted(parts[month])] for month in sorted(parts, reverse=True)}
