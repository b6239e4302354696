"""Fault injection at every storage call: the Nth file operation magtui's storage makes fails.

As SQLite's test harness does for its I/O layer: each operation the storage layer asks of the
operating system (open, write, flush, fsync, rename, mkdir, chmod, link, unlink, the lock) is
counted while a user path runs, and the one numbered `fail_at` raises the chosen error. Calls
made by anything but `magtui.storage` (Textual, pytest, the import system) are not counted, and
the lock library's own calls count as one: taking the lock.
"""

from __future__ import annotations

import errno
import fcntl
import itertools
import os
import secrets
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import filelock

ERRORS = (errno.EIO, errno.ENOSPC, errno.EROFS, errno.EACCES)
"""A failing disk, a full one, a read-only one, and one that refuses this user."""

OS_CALLS = ("open", "fsync", "replace", "rename", "mkdir", "chmod", "link", "unlink", "rmdir")


def _from_storage() -> bool:
    """Whether the call comes from magtui's storage layer, and not through the lock library."""
    frame = sys._getframe(2)
    found = False
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("filelock"):
            return False
        if name.startswith("magtui.storage"):
            found = True
        frame = frame.f_back  # type: ignore[assignment]
    return found


class Faults:
    """Counts storage calls; the one numbered `fail_at` (from 1) raises `OSError(error)`."""

    def __init__(self, fail_at: int | None = None, error: int = errno.EIO) -> None:
        self.fail_at = fail_at
        self.error = error
        self.calls: list[str] = []
        self.failed: str | None = None
        """The call that was made to fail, once it has."""

    def hit(self, name: str) -> None:
        self.calls.append(name)
        if len(self.calls) == self.fail_at:
            self.failed = name
            raise OSError(self.error, os.strerror(self.error))

    def _counted(self, name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            if _from_storage():
                self.hit(name)
            return real(*args, **kwargs)

        return call

    def _fdopen(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def fdopen(*args: Any, **kwargs: Any) -> Any:
            opened = real(*args, **kwargs)
            return _CountedFile(opened, self) if _from_storage() else opened

        return fdopen

    @contextmanager
    def injected(self) -> Iterator[Faults]:
        """Every counted call patched for the block, and put back after, whatever happens."""
        saved: list[tuple[Any, str, Any]] = []

        def patch(owner: Any, name: str, new: Any) -> None:
            saved.append((owner, name, getattr(owner, name)))
            setattr(owner, name, new)

        for name in OS_CALLS:
            patch(os, name, self._counted(name, getattr(os, name)))
        patch(os, "fdopen", self._fdopen(os.fdopen))
        patch(fcntl, "flock", self._counted("flock", fcntl.flock))
        patch(shutil, "copy2", self._counted("copy2", shutil.copy2))
        real_acquire = filelock.FileLock.acquire

        def acquire(lock: Any, *args: Any, **kwargs: Any) -> Any:
            self.hit("lock")
            return real_acquire(lock, *args, **kwargs)

        patch(filelock.FileLock, "acquire", acquire)
        try:
            yield self
        finally:
            for owner, name, real in reversed(saved):
                setattr(owner, name, real)


class _CountedFile:
    """A file opened by the storage layer, whose writes and flushes count as calls."""

    def __init__(self, file: Any, faults: Faults) -> None:
        self._file = file
        self._faults = faults

    def write(self, data: bytes) -> int:
        self._faults.hit("write")
        return int(self._file.write(data))

    def flush(self) -> None:
        self._faults.hit("flush")
        self._file.flush()

    def __enter__(self) -> _CountedFile:
        self._file.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.__exit__(*exc)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._file, name)


@contextmanager
def repeatable_ids() -> Iterator[None]:
    """The same ids and temporary names on every run, so a run's result can be compared with
    the run that had no fault."""
    counter = itertools.count(1)
    real = secrets.token_hex
    secrets.token_hex = lambda nbytes=None: f"{next(counter):0{2 * (nbytes or 32)}x}"
    try:
        yield
    finally:
        secrets.token_hex = real
