"""Writes that either happen completely or not at all, readable only by their owner.

A crash or a full disk mid-write must leave the previous file intact, so every write goes to a
temporary file that is flushed to disk and then renamed over the old one.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from magtui.storage.causes import advice, cause

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"
_OWN_TEMP = re.compile(r"^[^.~].*\.tmp$")
"""magtui's temporary files end so; a sync tool's own start with a dot or a tilde
(".syncthing.x.tmp", "~syncthing~x.tmp") and are never touched."""


class StorageError(Exception):
    """The data folder cannot be written or read; the message says what to do."""


def ensure_private_dir(folder: Path, *, root: Path | None = None) -> None:
    """Make `folder` (and any missing parents) the owner's alone, within the data folder `root`.

    Every folder between `root` and `folder` must be a real folder, not a link: a link there
    would have magtui write (and change permissions) somewhere the person never chose. A folder
    magtui makes is made private; one that was there is made private only if it is one of
    magtui's own inside `root` (the data folder itself keeps the permissions it was given).
    """
    try:
        if root is not None:
            _refuse_links(folder, root)
        missing = []
        walk = folder
        while not os.path.lexists(walk) and walk.parent != walk:
            missing.append(walk)
            walk = walk.parent
        for made in reversed(missing):
            with contextlib.suppress(FileExistsError):  # made meanwhile by another magtui
                made.mkdir(mode=PRIVATE_DIR_MODE)
                _make_private(made)
        if root is not None and folder != root and folder not in missing:
            _make_private(folder)
    except OSError as error:
        raise StorageError(
            f"The folder {folder} cannot be made: {cause(error)}; nothing was saved — "
            f"{advice(error)}."
        ) from None


def _refuse_links(folder: Path, root: Path) -> None:
    """ELOOP if any folder from below `root` down to `folder` is a link (or not a folder)."""
    inside = folder.relative_to(root).parts
    walk = root
    for part in inside:
        walk = walk / part
        try:
            status = walk.lstat()
        except FileNotFoundError:
            return  # made next, by magtui
        if stat.S_ISLNK(status.st_mode):
            raise OSError(errno.ELOOP, "a link", str(walk))
        if not stat.S_ISDIR(status.st_mode):
            raise OSError(errno.ENOTDIR, "not a folder", str(walk))


def _make_private(folder: Path) -> None:
    if stat.S_IMODE(folder.lstat().st_mode) != PRIVATE_DIR_MODE:
        folder.chmod(PRIVATE_DIR_MODE)


FILE_LIMIT = 64 * 1024 * 1024
"""No file magtui writes comes near this (a journal part of 1,000 entries is about 300 KB)."""
NOT_A_FILE = b"\x00 not a regular file"
"""What reading a device, a pipe or a folder gives: bytes no reader accepts, so the caller keeps
the thing aside as damaged instead of reading from it forever."""


def read_bytes_or_none(path: Path) -> bytes | None:
    """The file's bytes, None if it does not exist yet, or a `StorageError` saying what to do.

    Only a regular file is read, and at most `FILE_LIMIT` bytes and one more, so whatever a
    file claims to be, memory stays bounded and nothing waits: a longer file reads as cut
    short, and is kept aside as damaged like any file that does not parse.
    """
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with open(descriptor, "rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                return NOT_A_FILE
            return file.read(FILE_LIMIT + 1)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        return NOT_A_FILE
    except OSError as error:
        raise StorageError(
            f"{path} cannot be read: {cause(error)}; {advice(error)}, "
            "or choose another data folder with --data-dir."
        ) from None


def fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """Replace `path` with `data` durably: temp file, fsync, rename, fsync of the folder.

    The file is always the owner's alone. With `root` (the data folder) the file's folder is
    made, and made private, as magtui's own; without it (an export to a folder the person
    chose) the folder must exist and is left as it is.
    """
    with atomic_writer(path, root=root) as file:
        file.write(data)


@contextmanager
def atomic_writer(path: Path, *, root: Path | None = None) -> Iterator[BinaryIO]:
    """A file to write `path` through piece by piece; it replaces `path` only if all goes well."""
    if root is not None:
        ensure_private_dir(path.parent, root=root)
    temp: Path | None = None
    try:
        descriptor, temp = new_temp(path)
        with os.fdopen(descriptor, "wb") as file:
            yield file
            file.flush()
            os.fsync(descriptor)
            os.replace(temp, path)  # while the temp is still locked: see `new_temp`
            temp = None  # renamed: from here on the new version stands, whatever fails
        with contextlib.suppress(OSError):
            # The new version is in place and its bytes are on disk; only the folder's record
            # of the name is not confirmed. Saying "unchanged" now would be untrue.
            fsync_dir(path.parent)
    except OSError as error:
        if temp is not None:
            with contextlib.suppress(OSError):  # gone already
                temp.unlink()
        raise StorageError(
            f"{path.name} could not be saved in {path.parent}: {cause(error)}; "
            f"your earlier data is unchanged — {advice(error)}."
        ) from None
    except BaseException:
        if temp is not None:
            with contextlib.suppress(OSError):  # gone already
                temp.unlink()
        raise


def new_temp(path: Path) -> tuple[int, Path]:
    """A new private temporary file beside `path`, locked for as long as it stays open.

    The lock is how the tidy step tells a live writer's temporary file from one a killed writer
    left: a process id in the name can be reused, or be any number someone typed. Should the
    tidy step take the file in the moment between its creation and its lock, it is made again.
    """
    import secrets  # only writers pay for importing it: the first screen's read does not

    for _ in range(3):
        temp = path.with_name(f"{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")
        descriptor = os.open(
            temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, PRIVATE_FILE_MODE
        )
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX)
            if os.stat(temp, follow_symlinks=False).st_ino == os.fstat(descriptor).st_ino:
                return descriptor, temp
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)
    raise OSError(errno.EAGAIN, "the temporary file kept being removed", str(path))


def keep_aside(path: Path) -> Path:
    """Rename a damaged file to a timestamped name beside it; the bytes stay exactly as found."""
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
    kept = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while kept.exists():
        counter += 1
        kept = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
    path.rename(kept)
    return kept


def _writer_is_alive(temp: Path) -> bool:
    """A writer holds its temporary file locked until it is renamed into place (`new_temp`)."""
    try:
        descriptor = os.open(temp, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return False  # gone, or a link or something else no writer of magtui made
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)
    return False


def clear_stray_temps(folder: Path, *, writers_locked_out: bool = False) -> list[Path]:
    """Remove temporary files left by a writer that was killed mid-write.

    With `writers_locked_out` (the caller holds the write lock) every temporary file is stray;
    otherwise only those whose writer process has gone.
    """
    removed = []
    try:
        candidates = [entry for entry in folder.iterdir() if _OWN_TEMP.match(entry.name)]
    except (FileNotFoundError, NotADirectoryError):
        return []
    for temp in candidates:
        if not _is_regular_file(temp):
            continue  # a folder or link of that name is not magtui's; it is left alone
        if writers_locked_out or not _writer_is_alive(temp):
            with contextlib.suppress(OSError):  # gone already, or not ours to remove
                temp.unlink()
                removed.append(temp)
    return removed


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False
