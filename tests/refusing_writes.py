"""magtui whose every flush to disk fails once the file named by `REFUSE_WRITES` exists.

For the real-terminal tests: a data folder that stops taking writes part way through, as a
read-only or full disk does (CI runs as root, who can write to read-only folders). The variable
is read here, by the test's launcher, never by magtui.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path
from typing import Protocol


class _HasFileno(Protocol):
    def fileno(self) -> int: ...


MARKER = Path(os.environ["REFUSE_WRITES"])
_real_fsync = os.fsync


def _fsync(descriptor: int | _HasFileno) -> None:
    if MARKER.exists():
        raise OSError(errno.EROFS, "Read-only file system")
    _real_fsync(descriptor)


setattr(os, "fsync", _fsync)  # noqa: B010  (as a test monkeypatch does)

if __name__ == "__main__":
    from magtui.cli import main

    sys.exit(main())
