"""Noticing that a folder magtui has been using was moved, deleted or replaced under it.

Without this, a write after the journal folder was deleted simply made a new, empty one and
said "Saved" into it, as if the journal had never been; so once a folder has been seen, every
write first checks it is still the same folder, and the screens say so when it is not.
"""

from __future__ import annotations

import os
from pathlib import Path

from magtui.storage.files import StorageError

Identity = tuple[int, int]


def _identity(folder: Path) -> Identity | None:
    try:
        status = os.stat(folder)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


class FolderWatch:
    """Remembers which folder `folder` was when magtui first saw it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._seen: Identity | None = None

    def saw(self) -> None:
        """The folder is there now (just read or made): remember it, unless seen already."""
        if self._seen is None:
            self._seen = _identity(self.folder)

    def is_gone(self) -> bool:
        """True when the folder seen before is missing now, or another folder has its name."""
        return self._seen is not None and _identity(self.folder) != self._seen

    def _gone(self) -> Path:
        """The folder the person moved: the data folder itself, if the journal went with it."""
        gone = self.folder
        while not gone.parent.exists() and gone.parent != gone.parent.parent:
            gone = gone.parent
        return gone

    def _said(self, what_follows: str) -> str:
        return (
            f"The folder {self._gone()} was moved or deleted while magtui was open; "
            f"{what_follows} — put it back, or quit and start again."
        )

    @property
    def sentence(self) -> str:
        """For the notice line, as soon as it is noticed."""
        return self._said("nothing more is saved until it is back")

    def check(self) -> None:
        """Before a write: `StorageError` with the sentence if the folder went away."""
        if self.is_gone():
            raise StorageError(self._said("nothing was saved"))


class FolderWatches:
    """Several folders watched as one: the journal folder, then this device's own in it."""

    def __init__(self, *watches: FolderWatch) -> None:
        self.watches = list(watches)

    def add(self, folder: Path) -> None:
        if all(watch.folder != folder for watch in self.watches):
            self.watches.append(FolderWatch(folder))

    def saw(self) -> None:
        for watch in self.watches:
            watch.saw()

    def is_gone(self) -> bool:
        return any(watch.is_gone() for watch in self.watches)

    @property
    def sentence(self) -> str:
        return next((w for w in self.watches if w.is_gone()), self.watches[0]).sentence

    def check(self) -> None:
        for watch in self.watches:
            watch.check()
