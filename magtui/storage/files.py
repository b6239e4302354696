"""Writes that either happen completely or not at all, readable only by their owner.

A crash or a full disk mid-write must leave the previous file intact, so every write goes to a
temporary file that is flushed to disk and then renamed over the old one.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"


class StorageError(Exception):
    """The data folder cannot be written or read; the message says what to do."""


def ensure_private_dir(folder: Path) -> None:
    """Create the folder (and parents) if needed, then make it the owner's alone."""
    try:
        folder.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
            folder.chmod(PRIVATE_DIR_MODE)
    except OSError as error:
        raise StorageError(
            f"The data folder {folder} cannot be created ({error.strerror}); "
            "choose another with --data-dir."
        ) from None


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
            f"{path} cannot be read ({error.strerror}); "
            "check the folder's permissions or choose another with --data-dir."
        ) from None


def fsync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def atomic_write(path: Path, data: bytes, *, private_folder: bool = True) -> None:
    """Replace `path` with `data` durably: temp file, fsync, rename, fsync of the folder.

    The file is always the owner's alone; the folder is made so too unless it is one the person
    chose for an export.
    """
    with atomic_writer(path, private_folder=private_folder) as file:
        file.write(data)


@contextmanager
def atomic_writer(path: Path, *, private_folder: bool = True) -> Iterator[BinaryIO]:
    """A file to write `path` through piece by piece; it replaces `path` only if all goes well."""
    if private_folder:
        ensure_private_dir(path.parent)
    temp = path.with_name(f"{path.name}.{os.getpid()}{TEMP_SUFFIX}")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(descriptor, "wb") as file:
            yield file
            file.flush()
            os.fsync(descriptor)
        os.replace(temp, path)
        fsync_dir(path.parent)
    except OSError as error:
        with contextlib.suppress(OSError):  # gone already, or never made
            temp.unlink()
        raise StorageError(
            f"{path.name} could not be saved in {path.parent} ({error.strerror}); "
            "your earlier data is unchanged — free some space or check the folder's permissions."
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):  # gone already, or never made
            temp.unlink()
        raise


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
    """Temporary names carry their writer's process id; a live writer may still be using it."""
    pid = temp.name.removesuffix(TEMP_SUFFIX).rsplit(".", 1)[-1]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clear_stray_temps(folder: Path, *, writers_locked_out: bool = False) -> list[Path]:
    """Remove temporary files left by a writer that was killed mid-write.

    With `writers_locked_out` (the caller holds the write lock) every temporary file is stray;
    otherwise only those whose writer process has gone.
    """
    removed = []
    try:
        candidates = [entry for entry in folder.iterdir() if entry.name.endswith(TEMP_SUFFIX)]
    except FileNotFoundError:
        return []
    for temp in candidates:
        if writers_locked_out or not _writer_is_alive(temp):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                removed.append(temp)
    return removed
