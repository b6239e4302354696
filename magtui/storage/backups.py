"""The last few good states of each journal file, kept as hard links so keeping them is cheap.

A write replaces a file with a new one (a new inode), so linking the old file before the write
keeps its exact bytes without copying them. Backups are a second chance, not the record: the
write itself is already atomic and durable.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from magtui.storage.causes import advice, cause
from magtui.storage.files import StorageError, ensure_private_dir

BACKUP_DIR = "backups"
KEEP = 3


class BackupRing:
    """Keeps `KEEP` earlier versions of each file in a private `backups` folder beside it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _slot(self, name: str, number: int) -> Path:
        return self.folder / f"{name}.{number}"

    def keep(self, path: Path) -> None:
        """Before `path` is replaced: shift older copies along and link the current one in."""
        try:
            current = path.stat()
        except FileNotFoundError:
            return
        newest = self._slot(path.name, 1)
        if newest.exists() and os.path.samestat(newest.stat(), current):
            return  # unchanged since the last backup
        try:
            ensure_private_dir(self.folder, root=self.folder.parent)
            for number in range(KEEP - 1, 0, -1):
                older = self._slot(path.name, number)
                if older.exists():
                    # Unlinking first: renaming onto another link of the same file does nothing.
                    self._slot(path.name, number + 1).unlink(missing_ok=True)
                    os.replace(older, self._slot(path.name, number + 1))
            newest.unlink(missing_ok=True)
            try:
                os.link(path, newest)
            except OSError:
                shutil.copy2(path, newest)  # file systems without hard links
        except OSError as error:
            raise StorageError(
                f"A backup of {path.name} could not be made: {cause(error)}; "
                f"your earlier data is unchanged — {advice(error)}."
            ) from None

    def newest_first(self, name: str) -> list[Path]:
        """The backups of one file that exist, the most recent first."""
        slots = (self._slot(name, number) for number in range(1, KEEP + 1))
        return [slot for slot in slots if slot.exists()]
