"""Which device this is: the name of the only journal folder this data folder writes to.

Made at the first write and kept in `device.json` in the data folder, outside the journal
folder a sync tool shares. A copy of the data folder is not the same device: the file also
holds which machine made it and which folder it was made in (the data folder's inode), and
when either differs, as in a copy on this machine or a folder copied from another machine,
this data folder becomes a device of its own. Then two devices never write the same file,
which is what makes a sync tool's conflict copies of magtui's files impossible.

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

DEVICE_FILE = "device.json"
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


def this_device(data_dir: Path) -> str | None:
    """This data folder's device, or None before its first write (or in a copy of another's)."""
    raw = read_bytes_or_none(data_dir / DEVICE_FILE)
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
    atomic_write(data_dir / DEVICE_FILE, json.dumps(kept).encode(), root=data_dir)
    return device
