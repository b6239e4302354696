"""The journal as the screens use it: read newest first, logged to, corrected, deleted, undone.

No Textual. The newest months are read first so the journal screen shows rows at once; the rest
is read by `read_all`, which the screen runs in a worker. Every change is a new entry written
at once, so a crash never loses one; an undo is one more.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from magtui.domain.documents import document_of, new_entry
from magtui.domain.entries import (
    Content,
    Deletion,
    Entry,
    Product,
    TopicalSession,
    Undo,
)
from magtui.domain.history import History, history_of
from magtui.domain.ids import Stamp, new_entry_id
from magtui.domain.journal_filter import JournalIndex
from magtui.domain.ledger import Ledger
from magtui.domain.vocabulary import CapsuleForm, ProductType, TopicalMethod
from magtui.domain.zones import Zone
from magtui.session.outcome import NotSaved, Saved, saving
from magtui.session.quick_log import QuickLog

if TYPE_CHECKING:
    from magtui.session.parts import SessionParts
    from magtui.storage.journal import Journal
    from magtui.storage.ledger_cache import LedgerCache

NEWEST_MONTHS_FIRST = 2
"""Months read before the journal screen first draws: enough to fill any window."""
DIGESTS_WORKED_OUT_AT_ONCE = 2
"""Parts whose ledger digest a screen may work out while the person waits (a few ms each);
with more missing, the standings wait for the whole journal's read in a worker."""


@dataclass(frozen=True)
class FullRead:
    entries: list[Entry]
    history: History
    written_before: int
    """How many entries this app had written when the read began."""
    index: JournalIndex[Content]
    ledger: Ledger
    signature: object
    """The journal folder's signature before the read began."""


class Journaling:
    """The journal screen's entries, kept in step with what is written from here."""

    def __init__(self, session: SessionParts) -> None:
        self.session = session
        self._entries: list[Entry] = []
        self._written: list[Entry] = []
        self.complete = False
        self.history: History = history_of([])
        self.index: JournalIndex[Content] = JournalIndex([])
        self.version = 0
        """Counts every change of the view, so a screen knows whether it is showing the latest."""
        self._ledger: tuple[int, Ledger] | None = None
        self._read_signature: object = None
        """The journal folder as it was when this last read it all, or wrote to it unseen."""
        self._digests: LedgerCache | None = None

    @property
    def digests(self) -> LedgerCache:
        """The ledger's digests kept beside the part files: standings without a full read."""
        if self._digests is None:
            from magtui.storage.ledger_cache import LedgerCache

            self._digests = LedgerCache(self.journal)
        return self._digests

    @property
    def journal(self) -> Journal:
        return self.session.services.journal

    def read_newest(self) -> History:
        """The newest months only: what the screen shows first, fast at any journal size.

        A journal that has no older months is complete at once, with nothing left to read.
        """
        signature = self.journal.signature()
        months = []
        for month in self.journal.newest_months():
            months.append(month)
            if len(months) == NEWEST_MONTHS_FIRST:
                break
        self.complete = self.journal.month_count() <= NEWEST_MONTHS_FIRST
        if self.complete:  # all of it was read: nothing to read again until something changes
            self._read_signature = signature
        self._entries = [entry for month in reversed(months) for entry in month]
        self._set_history(history_of(sorted(self._entries, key=_by_id)))
        return self.history

    def _set_history(self, history: History, index: JournalIndex[Content] | None = None) -> None:
        self.version += 1
        self.history = history
        self.index = index or JournalIndex(history.view, history.current)

    @property
    def zone(self) -> Any:
        """The reader's time zone, by whose rules days and times are shown (the clock's)."""
        return self.session.clock().tzinfo

    def read_all(self) -> FullRead:
        """Everything, with its current view; run in a worker thread, changing nothing here."""
        written_before = len(self._written)
        signature = self.journal.signature()
        entries = self.journal.entries()
        self.digests.standings()  # parts read just now: digests of any that changed, kept
        history = history_of(entries)
        ledger = Ledger(history, self.zone)
        index = JournalIndex(history.view, history.current).build()
        return FullRead(entries, history, written_before, index, ledger, signature)

    def adopt(self, read: FullRead) -> History:
        """Take the worker's read, on the app's own thread; adds what was written meanwhile."""
        entries, history = read.entries, read.history
        index: JournalIndex[Content] | None = read.index
        ledger: Ledger | None = read.ledger
        if len(self._written) > read.written_before:
            known = {entry.id for entry in entries}
            missed = [entry for entry in self._written if entry.id not in known]
            entries = sorted([*entries, *missed], key=_by_id)
            history, index, ledger = history_of(entries), None, None
        self._entries = list(entries)
        self._set_history(history, index)
        if ledger is not None:
            self._ledger = (self.version, ledger)
        self._read_signature = read.signature
        self.complete = True
        return history

    def is_current(self) -> bool:
        """Whether what is kept here is the whole journal as it is on disk (one `stat`)."""
        return self.complete and self.journal.signature() == self._read_signature

    def full_history(self) -> History:
        """Everything as it is on disk now: read again if any magtui (this one's guided session,
        or another process) wrote since it was last read; one `stat` when nothing changed."""
        if self.is_current():
            return self.history
        return self.adopt(self.read_all())

    def ledger(self) -> Ledger:
        """The facts of the whole journal as it is now, kept until the view changes."""
        self.full_history()
        return self.ledger_so_far()

    def ledger_so_far(self) -> Ledger:
        """The facts of what has been read so far (the newest months until `complete`)."""
        if self._ledger is None or self._ledger[0] != self.version:
            self._ledger = (self.version, Ledger(self.history, self.zone))
        return self._ledger[1]

    def tolerated_forms(self) -> list[CapsuleForm] | None:
        """The capsule forms the whole journal shows as tolerated, at once: from the ledger if
        it is read and current, else from the digests if at most a couple are missing; None
        when only the whole journal's read can say."""
        if self.complete and not self.changed_elsewhere():
            return self.ledger_so_far().tolerated_forms()
        standings = self.digests.standings_if_kept(DIGESTS_WORKED_OUT_AT_ONCE)
        return standings.tolerated_forms() if standings is not None else None

    def changed_elsewhere(self) -> bool:
        """Whether any magtui wrote to the journal since it was last read whole here."""
        return self.complete and self.journal.signature() != self._read_signature

    def save_product(
        self,
        name: str,
        product_type: ProductType | None,
        unscented: bool | None,
        ingredients: str,
    ) -> Saved[Entry] | NotSaved:
        """A product described on the products screen, written at once."""
        s = self.stamp()
        product = Product(
            id=s.id,
            at=s.at,
            logged_at=s.logged_at,
            name=name,
            product_type=product_type,
            unscented=unscented,
            ingredients=ingredients,
        )
        return self.save(product)

    def save(self, entry: Entry) -> Saved[Entry] | NotSaved:
        """`entry` written at once; the outcome says whether it is on disk."""
        return saving(self.session, lambda: self.write(entry))

    def write(self, entry: Entry) -> Entry:
        """As `save`, raising `StorageError`: for the session's own outcomes (see `dosing`)."""
        self._write(entry)
        return entry

    def _write(self, *entries: Entry) -> None:
        """Written to disk, then kept here; a ledger already worked out takes the new entries in
        rather than being built again from the whole journal."""
        unseen = self.journal.signature() == self._read_signature
        self.journal.add(*entries)
        if unseen:  # nobody else wrote since the last read: what is kept here is still whole
            self._read_signature = self.journal.signature()
        self._written.extend(entries)
        self._entries.extend(entries)
        kept = self._ledger[1] if self._ledger and self._ledger[0] == self.version else None
        self._set_history(history_of(sorted(self._entries, key=_by_id)))
        if kept is not None and all(kept.can_add(entry) for entry in entries):
            kept.history = self.history  # new uses and answers added, not the journal again
            for entry in entries:
                kept.add(entry)  # type: ignore[arg-type]  # can_add: content only
            self._ledger = (self.version, kept)

    def stamp(self, at: datetime | None = None) -> Stamp:
        """A new entry's id and times: happening `at` (now if not given), logged now."""
        now = self.session.clock()
        when = at or now
        return Stamp(new_entry_id(when), when, now)

    # Quick log

    def last_session(self) -> TopicalSession | None:
        """The newest session in the current view, read from the newest months."""
        for month in self.journal.newest_months():
            view = history_of(sorted(month, key=_by_id)).view
            sessions = [entry for entry in view if isinstance(entry, TopicalSession)]
            if sessions:
                return sessions[-1]
        return None

    def prefilled(self, first_method: TopicalMethod) -> QuickLog:
        """The quick log filled in from the last session on the skin: the same method, product,
        area and amount; the answer is never filled in."""
        last = self.last_session()
        if last is None:
            return QuickLog(method=first_method)
        return QuickLog(
            method=last.method, product=last.product, area=last.area, amount=last.amount
        )

    def quick_log(self, asked: QuickLog) -> Saved[list[Entry]] | NotSaved:
        """A use and, when known, its reaction; one atomic write."""
        return saving(self.session, lambda: self._quick_log(asked))

    def _quick_log(self, asked: QuickLog) -> list[Entry]:
        s = self.stamp(self.session.clock() - timedelta(minutes=asked.minutes_ago))
        zone = self.session.zone
        entries = asked.entries(s, zone if isinstance(zone, Zone) else None)
        self._write(*entries)
        return entries

    # Corrections, deletions and undo

    def correct(self, entry: Content, **changes: object) -> Saved[Content] | NotSaved:
        """A new entry standing in for `entry` with `changes`; `entry` stays as it was.
        pydantic's `ValidationError` if the changes make no valid entry (nothing is written)."""
        return saving(self.session, lambda: self._correct(entry, **changes))

    def _correct(self, entry: Content, **changes: object) -> Content:
        """The correction as a new entry that replaces the first, stamped now (at its new time, if
        that is what changed); the first is kept in the full history."""
        document = {**document_of(entry), **changes, "replaces": entry.id}
        when = changes.get("at", entry.at)
        s = self.stamp(when if isinstance(when, datetime) else entry.at)
        document.update(id=s.id, at=s.at, logged_at=s.logged_at)
        corrected = new_entry(document)
        self._write(corrected)
        return corrected  # type: ignore[return-value]

    def delete(self, entry: Content) -> Saved[Entry] | NotSaved:
        s = self.stamp()
        return self.save(Deletion(id=s.id, at=s.at, logged_at=s.logged_at, deletes=entry.id))

    def undo(self, change: Entry) -> Saved[Entry] | NotSaved:
        """Take back a correction or a deletion made from the journal screen."""
        s = self.stamp()
        return self.save(Undo(id=s.id, at=s.at, logged_at=s.logged_at, undoes=change.id))


def _by_id(entry: Entry) -> str:
    return entry.id
