"""The journal's write lock: one writer at a time across every magtui process."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from magtui.storage.causes import advice, cause
from magtui.storage.files import StorageError, ensure_private_dir
from magtui.storage.names import LOCK_FILE

if TYPE_CHECKING:
    from filelock import BaseFileLock

LOCK_TIMEOUT_SECONDS = 10.0


class JournalLock:
    """A lock file in the data folder, made on first use; re-entrant within one process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._lock_file: BaseFileLock | None = None

    @contextmanager
    def held(self) -> Iterator[None]:
        """Held for the block; `StorageError` in one sentence if it cannot be had."""
        from filelock import FileLock, Timeout  # only writers pay for importing it

        if self._lock_file is None:
            ensure_private_dir(self.data_dir)
            self._lock_file = FileLock(self.data_dir / LOCK_FILE, mode=0o600)
        lock = self._lock_file
        try:
            lock.acquire(timeout=LOCK_TIMEOUT_SECONDS)
        except Timeout:
            raise StorageError(
                "Another magtui has been saving to the journal for over "
                f"{LOCK_TIMEOUT_SECONDS:.0f} seconds; nothing was saved — try again in a moment."
            ) from None
        except OSError as error:
            raise StorageError(
                f"The journal's lock file in {self.data_dir} cannot be opened: "
                f"{cause(error)}; nothing was saved — {advice(error)}."
            ) from None
        try:  # what fails while the lock is held is not the lock's failure
            yield
        finally:
            lock.release()
