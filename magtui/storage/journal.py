"""The journal: every entry ever written, kept whole, private, and quick to add to at any size.

Entries live in TinyDB databases, one per month of entries and split into parts of at most
`PART_LIMIT` (see `segments`), so adding an entry rewrites one small file however long the
journal is. Each write holds a lock shared by every magtui process, goes through an atomic
storage, and first keeps the previous version of the file as a backup. A damaged file is moved
aside untouched and its newest good backup takes its place.

A journal folder may be shared by a file-sync tool between devices (see `layout`): each device
writes only its own folder, and reading merges every device's files, and any conflict copies a
sync tool made, by id. Another device's file is never moved, restored or written here: while it
cannot be read (a sync under way), its last whole version is read instead (`last_whole`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from magtui.domain.documents import document_of
from magtui.domain.entries import Entry, ZoneCheckIn
from magtui.storage.backups import BACKUP_DIR, BackupRing
from magtui.storage.causes import advice, cause
from magtui.storage.device import this_device
from magtui.storage.files import StorageError, read_bytes_or_none
from magtui.storage.folder_watch import FolderWatch, FolderWatches
from magtui.storage.journal_lock import JournalLock
from magtui.storage.json_reading import is_document_key
from magtui.storage.last_whole import LastWhole
from magtui.storage.layout import Listing, listing
from magtui.storage.merging import MergeResult, plan_merge
from magtui.storage.names import JOURNAL_DIR
from magtui.storage.part_files import PartFiles, own_as_before
from magtui.storage.part_reading import (
    TABLE,
    Signature,
    bulk_read,
    signature,
)
from magtui.storage.recovery import restore_newest_backup
from magtui.storage.segments import (
    PART_LIMIT,
    month_of,
    months,
    part_name,
    part_number,
)
from magtui.storage.tidying import tidy_data_folder
from magtui.storage.tinydb_storage import AtomicJSONStorage, DamagedFile, Tables, parse_database
from magtui.storage.transaction import Transaction, roll_back


class Journal:
    """Reads and adds journal entries in the data folder; any number of readers, one writer."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.root = data_dir / JOURNAL_DIR
        """The journal folder: every device's folder, and the one a sync tool may share."""
        self.device = this_device(data_dir)
        """This data folder's own folder in the journal's, once it has written (see `device`)."""
        self.notices: list[str] = []
        self._lock = JournalLock(data_dir)
        self.watch = FolderWatches(FolderWatch(self.root))
        """Whether the journal folder and this device's are the ones first seen: before writes."""
        self._files = PartFiles(self.root, LastWhole(data_dir), self._tell, self._recover)
        self.arriving = self._files.arriving  # notices of a sync under way, not of damage
        self._tidied = False
        self._seen: tuple[Signature | None, ...] | None = None
        self._transaction: Transaction | None = None
        self.listed = Listing()
        """What the last listing of the journal folder found: devices and conflict copies."""

    @property
    def folder(self) -> Path:
        """This device's own folder, the only one it writes; made, with the device, if need be."""
        if self.device is None:
            self.tidy()
        assert self.device is not None
        return self.root / self.device

    backups = property(lambda self: BackupRing(self.folder / BACKUP_DIR))

    @property
    def notice(self) -> str | None:
        """The first thing the person should know about their journal, in one sentence."""
        return self.notices[0] if self.notices else None

    def _tell(self, sentence: str) -> None:
        if sentence not in self.notices:
            self.notices.append(sentence)

    # Locking and tidying

    def _locked(self) -> AbstractContextManager[None]:
        """One writer at a time across every magtui process; re-entrant within this journal."""
        return self._lock.held()

    def tidy(self) -> None:
        """Before the first write: this device's folder made, temporary files left by a killed
        writer cleared, an unfinished import undone, and a journal of the older layout moved in."""
        if self._tidied:
            return
        self.watch.check()
        with self._locked():
            self.device, undone = tidy_data_folder(self.data_dir, self.root)
            self._tidied = True
            self.watch.saw()
            self.watch.add(self.root / self.device)
            self.watch.saw()
            if undone:
                self._tell(undone)

    # Reading

    def _months(self) -> dict[str, list[Path]]:
        """Each month's files from every device, newest month first, in the same order on every
        device; this device's as they were before an unfinished import, unless this journal is
        the one writing it."""
        try:
            own = None if self._transaction is not None else self.device
            self.listed = listing(self.root, own_as_before(self.root, own))
            self.watch.saw()
        except OSError as error:
            raise StorageError(
                f"The journal folder {self.root} cannot be read: {cause(error)}; "
                f"{advice(error)}, or choose another data folder with --data-dir."
            ) from None
        return {m: [s.path for s in sources] for m, sources in self.listed.months.items()}

    def signature(self) -> tuple[Signature | None, ...]:
        """Changes whenever any magtui, here or on another device, writes to the journal: the
        journal folder's own state, then each device folder's as last listed."""
        return (signature(self.root), *(signature(self.root / d) for d in self.listed.devices))

    def has_changed(self) -> bool:
        """True when anything was written to the journal since this was last asked: every write
        renames a file into a device's folder, which a `stat` of that folder notices; a new
        device's folder changes the journal folder, and then the device folders are listed again.
        """
        now = self.signature()
        if self._seen is None or now[0] != self._seen[0]:
            self._months()
            now = self.signature()
        changed = now != self._seen
        self._seen = now
        return changed

    def _read_part(self, path: Path, *, remember: bool = True) -> list[Entry]:
        return self._files.read(path, self.device, remember=remember)

    def _recover(self, path: Path) -> Tables:
        """Under the write lock, in case another writer has just replaced the file."""
        with self._locked():
            raw = read_bytes_or_none(path)
            if raw is None:
                return {}
            try:
                return parse_database(path, raw)
            except DamagedFile:
                tables, sentence = restore_newest_backup(path, self.backups)
                self._tell(sentence)
                return tables

    def entries(self, since: datetime | None = None) -> list[Entry]:
        """Every readable entry (from `since` on, if given), oldest first, kept for next time."""
        found: list[Entry] = []
        with bulk_read(kept=True):
            for month in self._month_entries(since, remember=True):
                found.extend(month)
        return found

    def each_month(self, since: datetime | None = None) -> Iterator[list[Entry]]:
        """Entries a month at a time, oldest first, without keeping them: for exports."""
        with bulk_read(kept=False):
            yield from self._month_entries(since, remember=False)

    def _month_entries(self, since: datetime | None, *, remember: bool) -> Iterator[list[Entry]]:
        """Each month's entries since `since`, oldest month first, each month in id order."""
        first_month = month_of(since) if since else ""
        chosen = [(m, parts) for m, parts in self._months().items() if m >= first_month]
        for _, parts in reversed(chosen):
            month = self._files.month(parts, self.device, remember=remember)
            if since is not None:
                month = [entry for entry in month if entry.at >= since]
            yield month

    def newest_months(self) -> Iterator[list[Entry]]:
        """Entries a month at a time, newest month first, kept for next time: for looking back."""
        for parts in self._months().values():
            yield self._files.month(parts, self.device)

    def part_files(self) -> list[Path]:
        """Every file of every device, oldest month first, each month's in order: one listing."""
        return [part for parts in reversed(self._months().values()) for part in parts]

    def read_part(self, path: Path) -> list[Entry]:
        """One file's entries, read and validated in full (damage found and kept aside)."""
        return self._read_part(path)

    def month_count(self) -> int:
        """How many months hold entries: one listing of the folder, nothing read."""
        return len(self._months())

    def latest_zone(self, now: datetime | None = None) -> ZoneCheckIn | None:
        """The check-in set most recently, or None before the first; usually reads one month.

        Set most recently means the newest `logged_at` that is not in the future: a check-in
        stamped by a clock that was once wrong, or imported from one, never outranks the
        zone the person set since (see `current_check_in`).
        """
        from magtui.domain.current_zone import current_check_in

        now = now or datetime.now(UTC)
        this_month = month_of(now)
        found: list[ZoneCheckIn] = []
        for month, parts in self._months().items():
            found += [e for p in parts for e in self._read_part(p) if isinstance(e, ZoneCheckIn)]
            if month <= this_month and current_check_in(found, now, sane_only=True):
                break
        return current_check_in(found, now)

    # Writing

    def add(self, *entries: Entry) -> None:
        """Store entries; durable once this returns. Entries of one month are one atomic write."""
        self.tidy()
        by_month: dict[str, list[Entry]] = {}
        for entry in entries:
            by_month.setdefault(month_of(entry.at), []).append(entry)
        many_files = len(by_month) > 1 or any(len(g) > PART_LIMIT for g in by_month.values())
        self.watch.check()  # before the lock, which would make a missing data folder again
        with self._locked():
            self.watch.check()
            if not many_files:
                for month, group in by_month.items():
                    self._add_to_month(month, [document_of(entry) for entry in group])
                return
            self._transaction = Transaction(self.folder, datetime.now(UTC))
            try:
                for month, group in by_month.items():
                    self._add_to_month(month, [document_of(entry) for entry in group])
                self._transaction.commit()
            except BaseException:
                roll_back(self.folder)  # all or nothing: what was written is put back
                raise
            finally:
                self._transaction = None

    def _add_to_month(self, month: str, documents: list[dict[str, Any]]) -> None:
        """Into the month's last part, or a new one when it is full (see the comment below)."""
        while documents:
            parts = months(self.folder).get(month, [])
            target = parts[-1] if parts else self.folder / part_name(month, 1)
            database, held = self._open(target)
            room = PART_LIMIT - held
            if room < min(len(documents), PART_LIMIT):
                # Entries written together stay together; only a big import is split.
                next_part = self.folder / part_name(month, part_number(target) + 1)
                database, held = self._open(next_part)
                room = PART_LIMIT - held
            database.table(TABLE).insert_multiple(documents[:room])
            documents = documents[room:]

    def _open(self, path: Path) -> tuple[TinyDB, int]:
        """The part as a TinyDB database, recovered first if damaged, and how many it holds.

        A part whose document keys TinyDB could not number after counts as full: it is still
        read, left as it is, and new entries go to the next part."""
        try:
            tables = AtomicJSONStorage(path).read() or {}
        except DamagedFile:
            tables = self._recover(path)
        held = tables.get(TABLE, {})
        full = not all(is_document_key(key) for key in held)
        database = TinyDB(
            path, storage=AtomicJSONStorage, before_write=self._before_write, root=self.data_dir
        )
        return database, PART_LIMIT if full else len(held)

    def _before_write(self, path: Path) -> None:
        if self._transaction is not None:
            self._transaction.keep(path)
        self.backups.keep(path)

    def merge(self, entries: Iterable[Entry]) -> MergeResult:
        """Add the entries whose ids are not in the journal yet; merging twice adds nothing.

        An id already taken by a different entry is a conflict: nothing is added, and
        `ConflictingIds` names it, so no entry is ever dropped without a word."""
        self.tidy()
        with self._locked():
            plan = plan_merge(self.entries(), entries)
            self.add(*plan.new)
        return MergeResult(added=len(plan.new), already_there=plan.already_there)
