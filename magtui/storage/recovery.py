"""What happens to a damaged journal file: kept aside untouched, its newest good backup restored.

The damaged bytes are never written over or deleted, so nothing that might still be rescued
from them is lost; the person is told in one sentence where they are.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from magtui.domain.clock import system_clock
from magtui.domain.when import describe_when
from magtui.storage.backups import BackupRing
from magtui.storage.files import atomic_write, keep_aside, read_bytes_or_none
from magtui.storage.tinydb_storage import DamagedFile, Tables, parse_database


def restore_newest_backup(path: Path, backups: BackupRing) -> tuple[Tables, str]:
    """Move the damaged `path` aside and put its newest good backup in its place.

    Call it holding the write lock. Returns what the file now holds and the sentence to show.
    """
    kept = keep_aside(path)
    for backup in backups.newest_first(path.name):
        raw = read_bytes_or_none(backup)  # a regular file only, and of bounded size
        if raw is None:
            continue
        try:
            tables = parse_database(backup, raw)
        except DamagedFile:
            continue
        atomic_write(path, raw, root=path.parent)
        saved = datetime.fromtimestamp(backup.stat().st_mtime).astimezone()
        return tables, (
            f"{path.name} was damaged and is kept aside as {kept}; its backup from "
            f"{describe_when(saved, system_clock())} has taken its place, so anything saved "
            "after that time is missing."
        )
    return {}, (
        f"{path.name} was damaged and is kept aside as {kept}; there was no good backup, "
        "so the entries it held are not shown."
    )
