"""Reading the journal's files: this device's, other devices', and the older layout's.

Each file's entries are kept until the file changes. A damaged file of this device's is
recovered by the journal (kept aside, its newest good backup restored: `recovery`); another
device's file is never moved, restored or written here, however it reads: while it does not
parse (a sync under way), its last whole version stands in for it (`last_whole`).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from pathlib import Path

from magtui.domain.documents import entries_from_documents
from magtui.domain.entries import Entry
from magtui.storage.files import StorageError, read_bytes_or_none
from magtui.storage.last_whole import SAME, LastWhole
from magtui.storage.layout import Source, sources_in
from magtui.storage.part_reading import (
    TABLE,
    Signature,
    current_entries,
    signature,
    unreadable_sentences,
)
from magtui.storage.segments import months, part_number
from magtui.storage.tinydb_storage import DamagedFile, Tables, parse_database
from magtui.storage.transaction import BEFORE, listing_before, pending

_by_id = attrgetter("id")


def once_each(month: list[Entry]) -> list[Entry]:
    """A month's entries sorted by id, each id once: the first source's copy stands (sources
    come in one order on every device, so every device keeps the same one)."""
    month.sort(key=_by_id)
    kept: list[Entry] = []
    last = None
    for entry in month:
        if entry.id != last:
            kept.append(entry)
            last = entry.id
    return kept


def own_as_before(root: Path, device: str | None) -> dict[str, list[Source]] | None:
    """This device's files as they were before its unfinished import, or None when it has none
    (or `device` is None: this device is the one writing it, or has no folder yet)."""
    if device is None:
        return None
    own = root / device
    files = pending(own)
    if files is None:
        return None
    found = listing_before(months(own), files, own / BEFORE)
    sources = [
        Source(path, device, month, part_number(path), conflict_copy=False)
        for month, paths in found.items()
        for path in paths
    ]
    sources += [s for s in sources_in(own, device) if s.conflict_copy]
    return {device: sources}


class PartFiles:
    """Every journal file's entries, read once per change of the file."""

    def __init__(
        self,
        root: Path,
        last_whole: LastWhole,
        tell: Callable[[str], None],
        recover: Callable[[Path], Tables],
    ) -> None:
        self.root = root
        self._last_whole = last_whole
        self._tell = tell
        self._recover = recover
        self._cache: dict[Path, tuple[Signature, list[Entry]]] = {}
        self.arriving: list[str] = []
        """What was told of other devices' files not yet whole: a sync under way, not damage."""

    def _is_own(self, path: Path, device: str | None) -> bool:
        if device is None:
            return False
        own = self.root / device
        return path.parent == own or path.parent == own / BEFORE

    def read(self, path: Path, device: str | None, *, remember: bool = True) -> list[Entry]:
        """One file's entries, kept until the file changes; `device` is this device's."""
        before = signature(path)
        if before is None:
            return []
        cached = self._cache.get(path)
        if cached is not None and cached[0] == before:
            return cached[1]
        own = self._is_own(path, device)
        raw = read_bytes_or_none(path) if own else self._read_theirs(path)
        if raw is None:
            return []
        entries = current_entries(raw)
        if entries is None:  # damaged, or holding entries to migrate or report
            try:
                tables = parse_database(path, raw)
            except DamagedFile:
                tables = self._recover(path) if own else self._not_whole_yet(path)
            entries, problems = entries_from_documents(tables.get(TABLE, {}).values())
            for sentence in unreadable_sentences(path.name, problems):
                self._tell(sentence)
        elif not own:
            entries = self._never_older(path, raw, entries)
        if remember:
            # Keyed by the state seen before reading: a write meanwhile means one more read later.
            self._cache[path] = (before, entries)
        return entries

    def _never_older(self, path: Path, raw: bytes, entries: list[Entry]) -> list[Entry]:
        """Another device's file, read whole: kept as its last whole version when it is newer
        than the one kept; when it may be older (no longer than that one), both versions'
        entries, and the kept version stays. Entries are never changed once written, so the
        two never disagree about an entry."""
        kept_size = self._last_whole.kept_size(path)
        if kept_size == SAME:
            return entries
        if kept_size is None or len(raw) > kept_size:
            self._last_whole.keep(path, raw)
            return entries
        kept = self._last_whole.read(path)
        if kept == raw:  # the same version, brought again: kept with its new stamp
            self._last_whole.keep(path, raw)
            return entries
        earlier = current_entries(kept) if kept is not None else None
        return once_each([*entries, *earlier]) if earlier else entries

    def _read_theirs(self, path: Path) -> bytes | None:
        try:
            return read_bytes_or_none(path)
        except StorageError:
            return self._last_whole.read(path) or b""

    def _not_whole_yet(self, path: Path) -> Tables:
        """Another device's file that does not parse: its last whole version, untouched."""
        raw = self._last_whole.read(path)
        if raw is not None:
            try:
                return parse_database(path, raw)
            except DamagedFile:
                pass
        where = "the journal folder" if path.parent == self.root else path.parent.name
        sentence = f"Entries from {where} are still arriving ({path.name}); they show once synced."
        self.arriving.append(sentence)
        self._tell(sentence)
        return {}

    def month(self, parts: list[Path], device: str | None, *, remember: bool = True) -> list[Entry]:
        """A month's entries from all its files, in id order, each entry once."""
        if len(parts) == 1:
            found = list(self.read(parts[0], device, remember=remember))
            found.sort(key=_by_id)
            return found
        return once_each([e for part in parts for e in self.read(part, device, remember=remember)])
