"""Keeps the guided session in progress in one small file, rewritten whole at every change.

The file exists only while a session is running or its reaction is still to be asked, so its
presence alone tells the next start to look; a damaged one is kept aside, never overwritten.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from pydantic import ValidationError

from magtui.domain.guided import GuidedSession
from magtui.storage.causes import advice, cause
from magtui.storage.files import (
    StorageError,
    atomic_write,
    fsync_dir,
    keep_aside,
    read_bytes_or_none,
)
from magtui.storage.folder_watch import FolderWatch
from magtui.storage.names import GUIDED_FILE


class GuidedStore:
    """Reads, writes and clears `session.json` in the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / GUIDED_FILE
        self.watch = FolderWatch(data_dir)
        self.notice: str | None = None

    def load(self) -> GuidedSession | None:
        """The session a previous run left running, or None; a file that cannot be read is kept
        aside under another name and said so, never deleted."""
        raw = read_bytes_or_none(self.path)
        if raw is None:
            return None
        self.watch.saw()
        try:
            return GuidedSession.model_validate_json(raw)
        except ValidationError:
            kept = keep_aside(self.path)
            self.notice = (
                f"The saved session could not be read and was kept as {kept}; "
                "anything before it is in your journal."
            )
            return None

    def save(self, session: GuidedSession) -> None:
        self.watch.check()
        atomic_write(self.path, session.model_dump_json(indent=2).encode(), root=self.data_dir)
        self.watch.saw()

    def clear(self) -> None:
        """The running session's file removed once the session is in the journal or let go."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(
                f"{self.path} cannot be removed: {cause(error)}; {advice(error)}."
            ) from None
        with contextlib.suppress(OSError):  # the removal stands; only its flush failed
            fsync_dir(self.path.parent)
