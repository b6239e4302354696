"""Which device this is: the name of the only journal folder this data folder writes to.

Made at the first write and kept in the data folder, outside the journal folder a sync tool
shares, in a file named for this machine and this data folder (a hash of the machine's id and
the folder's inode). A copy of the data folder is not the same device: on another machine, or in
another folder of this one, that name differs, so the copy becomes a device of its own at its
first write. Two devices then never write the same file, which is what makes a sync tool's
conflict copies of magtui's files impossible; and were the whole data folder shared, each
machine would still read and write only its own identity file.

Standard library only: the fast start may ask whose a file is.
"""

from __future__ import annotations

import json
import os
import re
import socket
from pathlib import Path

from magtui.storage.files import atomic_write, read_bytes_or_none
from magtui.storage.json_reading import load_json
from magtui.storage.layout import DEVICE_FOLDER

DEVICE_FILE_PREFIX = "device."
_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))


def _machine() -> str:
    """This machine's id where the system keeps one, else its host name."""
    for path in _MACHINE_ID_FILES:
        try:
            found = path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if found:
            return found
    return socket.gethostname()


def _folder_inode(data_dir: Path) -> int | None:
    try:
        return os.stat(data_dir).st_ino
    except OSError:
        return None


def _plain_host() -> str:
    """The host's name as a folder name can hold it: a hint for people, never relied on."""
    name = re.sub(r"[^a-z0-9-]+", "-", socket.gethostname().lower()).strip("-")[:24]
    return name.strip("-") or "device"


def device_file(data_dir: Path) -> Path:
    """This machine's and this data folder's identity file: `device.HASH.json`."""
    import hashlib

    fingerprint = f"{_machine()}\n{_folder_inode(data_dir)}".encode()
    return data_dir / f"{DEVICE_FILE_PREFIX}{hashlib.sha256(fingerprint).hexdigest()[:16]}.json"


def this_device(data_dir: Path) -> str | None:
    """This data folder's device, or None before its first write (or in a copy of another's)."""
    raw = read_bytes_or_none(device_file(data_dir))
    if raw is None:
        return None
    try:
        kept = load_json(raw)
        device, machine, inode = kept["device"], kept["machine"], kept["folder_inode"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(device, str) or not DEVICE_FOLDER.match(device):
        return None
    if machine != _machine() or inode != _folder_inode(data_dir):
        return None  # a copy: made on another machine, or in another folder
    return device


def make_device(data_dir: Path) -> str:
    """This data folder's device, made and kept now if it has none; call it holding the lock."""
    found = this_device(data_dir)
    if found is not None:
        return found
    import secrets

    device = f"{_plain_host()}-{secrets.token_hex(4)}"
    kept = {
        "schema_version": 1,
        "device": device,
        "machine": _machine(),
        "folder_inode": _folder_inode(data_dir),
    }
    atomic_write(device_file(data_dir), json.dumps(kept).encode(), root=data_dir)
    return device
