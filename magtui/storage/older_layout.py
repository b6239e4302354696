"""Moving a journal of the layout before devices into this device's folder.

Each file is moved by one rename (or a link and an unlink, where a file of that name is there
already), and readers read the journal folder itself as well as every device's folder, so at
every point of the move, a kill included, every entry is shown exactly once: the move is all
or nothing as far as anyone can see, and a later start finishes it. An older-layout file found
later, copied in from a backup say, is read at once and moved at the next write; one whose name
is taken in this device's folder becomes that month's next part (entries it shares with
the month are shown once: readers merge by id).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from magtui.storage.backups import BACKUP_DIR
from magtui.storage.files import ensure_private_dir, fsync_dir
from magtui.storage.layout import sources_in
from magtui.storage.names import LEDGER_DIR
from magtui.storage.segments import months, part_name


def _free_name(own: Path, name: str, month: str) -> Path:
    """`name` in `own` if it is free, else the month's next free part."""
    target = own / name
    if not os.path.lexists(target):
        return target
    number = len(months(own).get(month, [])) + 1
    while os.path.lexists(own / part_name(month, number)):
        number += 1
    return own / part_name(month, number)


def _move(source: Path, target: Path) -> None:
    """Never over another file: a link then an unlink, or a rename where links cannot be made
    (this device alone writes its folder, and it holds the lock)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise
    except OSError:
        os.rename(source, target)
        return
    os.unlink(source)


def _already_moved(source: Path, own: Path) -> bool:
    """A kill between the link and the unlink leaves the same file under both names."""
    status = source.stat()
    for entry in os.scandir(own):
        with contextlib.suppress(OSError):
            if os.path.samestat(entry.stat(follow_symlinks=False), status):
                return True
    return False


def move_into_device_folder(root: Path, own: Path) -> int:
    """Call it holding the lock, after any unfinished import was undone. How many it moved."""
    older = sorted(sources_in(root, ""), key=lambda s: s.order)
    for source in older:
        if _already_moved(source.path, own):
            source.path.unlink()
            continue
        _move(source.path, _free_name(own, source.path.name, source.month))
    _move_backups(root / BACKUP_DIR, own / BACKUP_DIR, own)
    shutil.rmtree(root / LEDGER_DIR, ignore_errors=True)  # digests: worked out again if needed
    if older:
        fsync_dir(own)
        fsync_dir(root)
    return len(older)


def _move_backups(older: Path, backups: Path, own: Path) -> None:
    """The older layout's backups go with its files (a second chance, never the record)."""
    if not older.is_dir() or older.is_symlink():
        return
    ensure_private_dir(backups, root=own)
    for entry in os.scandir(older):
        if entry.is_file(follow_symlinks=False) and not os.path.lexists(backups / entry.name):
            os.rename(entry.path, backups / entry.name)
    with contextlib.suppress(OSError):
        older.rmdir()  # only if it is empty now
