"""The last whole version of each other device's file, so a sync under way never hides an entry.

A sync tool may deliver another device's month file cut short, or a reader may catch it half
written. That device's entries are never lost (its own copy is whole, and a later sync brings
it), but until then this device would not show entries it showed a moment ago. So each time
another device's file is read whole, it is linked here (a hard link: nothing is copied, and the
sync tool's next version of the file is a new file, leaving this one as it was); when that
device's file cannot be read, the version here is read instead. Entries are never changed once
written, so an earlier version holds nothing the later one does not.

Disposable, like the ledger's digests: deleting it changes nothing once a sync has finished, and
a failure to keep a version here is ignored. It lives in the data folder, outside the shared
journal folder, and it is never a device's file: no device writes another's.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from magtui.storage.files import ensure_private_dir, read_bytes_or_none

LAST_WHOLE_DIR = "from-other-devices"


class LastWhole:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.folder = data_dir / LAST_WHOLE_DIR

    def _slot(self, path: Path) -> Path:
        return self.folder / f"{path.parent.name}.{path.name}"

    def keep(self, path: Path) -> None:
        """`path` was just read whole: keep this version, unless it is the one kept already."""
        slot = self._slot(path)
        with contextlib.suppress(OSError):
            if os.path.samestat(os.stat(slot), os.stat(path)):
                return
        with contextlib.suppress(OSError):
            ensure_private_dir(self.folder, root=self.data_dir)
            import secrets

            temp = slot.with_name(f"{slot.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
            try:
                try:
                    os.link(path, temp)
                except OSError:
                    shutil.copyfile(path, temp)
                    os.chmod(temp, 0o600)
                os.replace(temp, slot)
            finally:
                with contextlib.suppress(OSError):
                    temp.unlink()

    def read(self, path: Path) -> bytes | None:
        """The last whole version of `path` kept here, or None."""
        try:
            return read_bytes_or_none(self._slot(path))
        except Exception:  # noqa: BLE001 - a second chance only: any failure means none
            return None
