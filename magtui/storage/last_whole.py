"""The last whole version of each other device's file, so a sync under way never hides an entry.

A sync tool may deliver another device's month file cut short, or a reader may catch it half
written. That device's entries are never lost (its own copy is whole, and a later sync brings
it), but until then this device would not show entries it showed a moment ago. So each time
another device's file is read whole, its bytes are kept here too (a copy, not a link: a tool
that writes files in place would cut a link short with them), stamped with the file's size and
time so an unchanged file costs one `stat`; when that device's file cannot be read, the version
here is read instead. Entries are never changed once written, so an earlier version holds
nothing the later one does not. A sync can also bring an older whole version (from a third
device that had not caught up yet): one no longer than the version kept here is read beside it,
and the kept one stays, so its entries stay shown until the newer version is back.

Disposable, like the ledger's digests: deleting it changes nothing once a sync has finished, and
a failure to keep a version here is ignored. It lives in the data folder, outside the shared
journal folder, and it is never a device's file: no device writes another's.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from magtui.storage.files import StorageError, ensure_private_dir, new_temp, read_bytes_or_none

LAST_WHOLE_DIR = "from-other-devices"
SAME = -1
"""`kept_size` of a file whose version kept here is this very one."""


class LastWhole:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / LAST_WHOLE_DIR

    def _slot(self, path: Path) -> Path:
        return self.folder / f"{path.parent.name}.{path.name}"

    def kept_size(self, path: Path) -> int | None:
        """The size of the version of `path` kept here: None when none is, SAME when it is this
        very version (the same size and time)."""
        try:
            source, kept = os.stat(path), os.stat(self._slot(path))
        except OSError:
            return None
        if (source.st_size, source.st_mtime_ns) == (kept.st_size, kept.st_mtime_ns):
            return SAME
        return kept.st_size

    def keep(self, path: Path, raw: bytes) -> None:
        """`path` was just read whole as `raw`: keep it, unless this version is kept already."""
        slot = self._slot(path)
        with contextlib.suppress(OSError):
            source, kept = os.stat(path), os.stat(slot)
            if (source.st_size, source.st_mtime_ns) == (kept.st_size, kept.st_mtime_ns):
                return
        with contextlib.suppress(OSError, StorageError):
            ensure_private_dir(self.folder, root=self.data_dir)
            descriptor, temp = new_temp(slot)
            try:
                with os.fdopen(descriptor, "wb") as file:
                    file.write(raw)
                    source = os.stat(path)
                    if source.st_size != len(raw):
                        return  # replaced while read: kept next time
                    os.utime(temp, ns=(source.st_atime_ns, source.st_mtime_ns))
                    os.replace(temp, slot)  # while the temp is locked, as `new_temp` asks
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()

    def read(self, path: Path) -> bytes | None:
        """The last whole version of `path` kept here, or None."""
        try:
            return read_bytes_or_none(self._slot(path))
        except Exception:  # noqa: BLE001 - a second chance only: any failure means none
            return None
