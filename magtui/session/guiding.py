"""The guided session in progress: saved at every change, logged when it ends. No Textual.

Screens call these methods and show what they return; every change reaches the disk before the
screen shows it, so a crash at any moment leaves the session to be found at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from magtui.domain.guided import GuidedSession, Plan
from magtui.domain.ids import new_entry_id
from magtui.domain.timer import Timer
from magtui.domain.vocabulary import AlpimsDomain, ReactionKind
from magtui.session.outcome import NotSaved, Saved, saving

if TYPE_CHECKING:
    from magtui.domain.entries import Entry
    from magtui.session.parts import SessionParts


class Guiding:
    """Holds the one guided session there can be at a time, and keeps its file in step."""

    def __init__(self, session: SessionParts) -> None:
        self.session = session
        self.current: GuidedSession | None = None
        self._loaded = False

    def load(self) -> GuidedSession | None:
        """The session a previous run left running or unanswered, read once per start."""
        if not self._loaded:
            self._loaded = True
            store = self.session.services.guided_store
            self.current = self._as_the_journal_has_it(store.load())
            self.session.tell(store.notice)
        return self.current

    def _as_the_journal_has_it(self, found: GuidedSession | None) -> GuidedSession | None:
        """The saved session checked against the journal, which has the last word: an entry the
        file names but the journal never got is still to log; an answer the journal already
        has settles the question, so nothing is logged or asked twice."""
        from magtui.domain.entries import Reaction

        if found is None or found.logged_as is None:
            return found
        since = self.session.services.journal.entries(since=found.timer.started)
        if all(entry.id != found.logged_as for entry in since):
            return found.model_copy(update={"logged_as": None, "ask_at": None})
        if any(isinstance(e, Reaction) and e.after == found.logged_as for e in since):
            self.current = found
            self.discard()
            return None
        return found

    def begin(self, plan: Plan) -> GuidedSession:
        session = self.session
        self.current = GuidedSession.begin(plan, session.clock(), session.time_scale)
        self._save()
        return self.current

    def change_timer(self, change: Callable[[Timer], Timer]) -> Timer:
        """Pause, resume or adjust the timer, saved before it is shown."""
        current = self._running()
        self.current = current.with_timer(change(current.timer))
        if self.current != current:
            self._save()
        return self.current.timer

    def finish(self) -> Saved[str] | NotSaved:
        """Stop the timer and write the session to the journal; `Saved` with the entry's id.

        If the journal cannot be written, the session stays stopped and not logged (kept in its
        file if that can be written), so it is offered again at the next start.
        """
        from magtui.domain.entries import TopicalSession
        from magtui.storage.files import StorageError

        current = self._running()
        if current.logged_as is not None:
            return Saved(current.logged_as)
        now = self.session.clock()
        stopped = current.with_timer(current.timer.stop(now))
        started = stopped.timer.started
        entry = TopicalSession(
            id=new_entry_id(started),
            at=started,
            logged_at=now,
            duration_seconds=stopped.duration_seconds,
            **stopped.journal_fields,  # type: ignore[arg-type]
        )
        logged = stopped.logged(entry.id)
        try:  # first the file names the entry, then the journal gets it (see `load`)
            self.session.services.guided_store.save(logged)
        except StorageError as error:
            self.session.tell(str(error))
            return NotSaved(str(error))
        outcome = self._add(entry)
        if isinstance(outcome, NotSaved):
            self.current = stopped
            self._save()  # if this fails too, the next start finds the entry missing anyway
            return outcome
        self.current = logged
        return Saved(entry.id)

    def answer(self, reaction: ReactionKind, severity: int | None) -> Saved[str] | NotSaved:
        """How it went; once written, the question is settled and the saved session cleared.
        Not written, the session stays asked, here and at the next start."""
        from magtui.domain.entries import Reaction

        current = self._running()
        assert current.logged_as is not None, "answered before the session was logged"
        now = self.session.clock()
        entry = Reaction(
            id=new_entry_id(now),
            at=now,
            logged_at=now,
            reaction=reaction,
            severity=0 if reaction is ReactionKind.NONE else severity,
            after=current.logged_as,
        )
        outcome = self._add(entry)
        if isinstance(outcome, NotSaved):
            return outcome
        self.discard()
        return Saved(current.logged_as)

    def ask_later(self) -> GuidedSession:
        """'Don't know yet': nothing is written, so the session stays not answered (never a
        "no"), and it is asked again at the end of the seed's absorption window."""
        current = self._running()
        _, last_minute = self.session.guidance.topical.watch_minutes
        self.current = current.asking_again(timedelta(minutes=last_minute))
        self._save()
        return self.current

    def add_note(
        self, after: str, relief: tuple[AlpimsDomain, ...], note: str
    ) -> Saved[Entry | None] | NotSaved:
        """Where it helped and any words, linked to the session; nothing is written if empty
        (`Saved(None)`)."""
        from magtui.domain.entries import Note

        if not relief and not note.strip():
            return Saved(None)
        now = self.session.clock()
        entry = Note(
            id=new_entry_id(now), at=now, logged_at=now, note=note, relief=relief, after=after
        )
        outcome = self._add(entry)
        return outcome if isinstance(outcome, NotSaved) else Saved(entry)

    def discard(self) -> None:
        """Forget the session in progress; what was logged stays in the journal."""
        from magtui.storage.files import StorageError

        self.current = None
        try:
            self.session.services.guided_store.clear()
        except StorageError as error:
            self.session.tell(str(error))

    def _running(self) -> GuidedSession:
        assert self.current is not None, "no guided session in progress"
        return self.current

    def _save(self) -> None:
        """The running session to its own file, so a crash or quit loses nothing; a failed write is
        told on the notice line."""
        from magtui.storage.files import StorageError

        try:
            self.session.services.guided_store.save(self._running())
        except StorageError as error:
            self.session.tell(str(error))

    def _add(self, entry: Entry) -> Saved[Entry] | NotSaved:
        return saving(self.session, lambda: self._write(entry))

    def _write(self, entry: Entry) -> Entry:
        self.session.services.journal.add(entry)
        return entry
