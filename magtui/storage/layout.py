"""Where every device's entries are in a journal folder that a file-sync tool may share.

    journal/
      laptop-3f9a1c2b/          one folder per device, written by that device alone
        2026-11.json            its month files and their parts, as `segments` names them
        backups/ pending.json   its own backups and unfinished import, read by no other device
      desk-7e01d4aa/
        2026-11.json
        2026-11.sync-conflict-20261201-101010-ABCDEFG.json   a sync tool's conflict copy
      2026-10.json              the layout before devices: read, and moved into a device's folder

Every month file of every device, every conflict copy a sync tool made of one (as Syncthing,
Dropbox and Nextcloud name them), and every file of the older layout is a source: readers merge
them all by id. Sources are listed in one order on every device (folder, then original before
copy, then part), so every device that holds the same files shows the same entries.

Standard library only: the fast start reads this layout before pydantic is imported.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from magtui.storage.segments import month_and_part

DEVICE_FOLDER = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}-[0-9a-f]{8}$")
"""A device's folder: its host's name made plain, then eight random hex digits."""

_CONFLICT_COPY = re.compile(
    r"^(?P<stem>\d{4}-\d{2}(?:\.p\d+)?)"
    r"(?:\.sync-conflict-[0-9]{8}-[0-9]{6}-[0-9A-Z]{7}"  # Syncthing
    r"|[ ]\([^()/]*conflicted copy[^/]*\))"  # Dropbox and Nextcloud
    r"\.json$"
)


def conflict_copy_of(name: str) -> str | None:
    """The part file a sync tool's conflict copy was made of ('2026-11.json'), or None."""
    match = _CONFLICT_COPY.match(name)
    return f"{match.group('stem')}.json" if match else None


@dataclass(frozen=True)
class Source:
    """One file holding journal entries, and whose it is."""

    path: Path
    device: str
    """The folder's name, or '' for the older layout's files in the journal folder itself."""
    month: str
    part: int
    conflict_copy: bool

    @property
    def order(self) -> tuple[str, bool, int, str]:
        return (self.device, self.conflict_copy, self.part, self.path.name)


@dataclass
class Listing:
    """Every source in the journal folder, by month, newest month first."""

    months: dict[str, list[Source]] = field(default_factory=dict)
    devices: list[str] = field(default_factory=list)
    """Every device folder found, own included, in name order."""

    @property
    def conflict_copies(self) -> list[Source]:
        return [s for sources in self.months.values() for s in sources if s.conflict_copy]

    @property
    def older_layout(self) -> list[Source]:
        """Files of the layout before devices, still in the journal folder itself."""
        return [s for sources in self.months.values() for s in sources if not s.device]


def sources_in(folder: Path, device: str) -> list[Source]:
    """The sources directly in one folder; none when it is missing."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for name in names:
        copy_of = conflict_copy_of(name)
        named = month_and_part(copy_of or name)
        if named is not None:
            found.append(Source(folder / name, device, named[0], named[1], copy_of is not None))
    return found


def device_folders(root: Path) -> list[str]:
    """The names of the device folders in the journal folder, in order."""
    try:
        names = os.listdir(root)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(n for n in names if DEVICE_FOLDER.match(n) and os.path.isdir(root / n))


def listing(root: Path, replaced: dict[str, list[Source]] | None = None) -> Listing:
    """Every source under the journal folder `root`; `replaced` gives one device's sources in
    place of what its folder holds (its files as they were before an unfinished import)."""
    devices = device_folders(root)
    found = sources_in(root, "")
    for device in devices:
        if replaced is not None and device in replaced:
            found += replaced[device]
        else:
            found += sources_in(root / device, device)
    by_month: dict[str, list[Source]] = {}
    for source in found:
        by_month.setdefault(source.month, []).append(source)
    months = {
        month: sorted(by_month[month], key=lambda s: s.order)
        for month in sorted(by_month, reverse=True)
    }
    return Listing(months, devices)
