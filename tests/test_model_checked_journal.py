"""The journal, model-checked: random adds, corrections, deletions, undos, imports, merges and
writers killed part way, each checked against a small model of what the person should see.

The model knows nothing of files: for each entry first written (its root) it keeps the version
in force, and which roots are deleted; an answer leaves the view with the use it answers. After
every step, the journal read afresh, its JSON export read back, and the ledger's standings
(from the digests kept beside the parts, and from the model's own entries) must all agree with
it. `MAGTUI_STATEFUL_EXAMPLES` runs more examples than `make test` does.
"""

from __future__ import annotations

import io
import itertools
import os
import signal
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from magtui.commands.merge import run_import
from magtui.domain.documents import document_of, new_entry
from magtui.domain.entries import Content, Deletion, Entry, Note, Reaction, TopicalSession, Undo
from magtui.domain.history import history_of
from magtui.domain.ids import new_entry_id
from magtui.domain.ledger_digest import _ledger_of, standings_of
from magtui.domain.vocabulary import ReactionKind, TopicalMethod
from magtui.exchange.json_format import from_json, write_json
from magtui.storage.journal import Journal
from magtui.storage.ledger_cache import LedgerCache

EXAMPLES = int(os.environ.get("MAGTUI_STATEFUL_EXAMPLES", "60"))
STEPS_PER_EXAMPLE = 50
START = datetime(2026, 9, 28, 9, 0, tzinfo=UTC)
"""Near a month's end, so the clock soon moves entries into a second and third month."""

STEPS_TAKEN: list[int] = []

words = st.text(alphabet="abcdefgh ", min_size=1, max_size=12).filter(str.strip)
products = st.sampled_from(["Calm cream", "Soft balm", "Quiet oil", ""])


@dataclass
class Model:
    """The current view as a person should see it: each root's version in force, and which
    roots are deleted."""

    versions: dict[str, list[Content]] = field(default_factory=dict)
    root_of: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    written: list[Entry] = field(default_factory=list)
    """Everything written, in order: what the ledger is worked out from."""

    def add(self, entry: Content) -> None:
        self.versions[entry.id] = [entry]
        self.root_of[entry.id] = entry.id
        self.written.append(entry)

    def view(self) -> list[dict[str, Any]]:
        shown = []
        for root, versions in self.versions.items():
            entry = versions[-1]
            after = getattr(entry, "after", None)
            if root in self.deleted or (after is not None and self.root_of[after] in self.deleted):
                continue
            shown.append(entry)
        return [document_of(entry) for entry in sorted(shown, key=lambda e: e.id)]

    def standing_roots(self) -> list[str]:
        return sorted(r for r in self.versions if r not in self.deleted)


class JournalMachine(RuleBasedStateMachine):
    """One data folder per example; the clock moves on a few hours at every step."""

    def __init__(self) -> None:
        super().__init__()
        self.model = Model()
        self.now = START
        self.last_change: tuple[str, Entry] | None = None
        self.data_dir = Path()

    @initialize()
    def a_fresh_folder(self) -> None:
        self.data_dir = _BASE[0] / f"example-{next(_NUMBER)}" / "data"
        self.data_dir.parent.mkdir()

    def _tick(self) -> datetime:
        self.now += timedelta(hours=7, milliseconds=1)
        return self.now

    def _stamp(self) -> dict[str, Any]:
        at = self._tick()
        return {"id": new_entry_id(at), "at": at, "logged_at": at}

    def _new_content(self, kind: str, text: str, product: str) -> Content:
        uses = [
            r for r in self.model.standing_roots() if self.model.versions[r][0].kind == "topical"
        ]
        if kind == "reaction" and uses:
            return Reaction(**self._stamp(), reaction=ReactionKind.NONE, severity=0, after=uses[-1])
        if kind == "topical":
            return TopicalSession(**self._stamp(), method=TopicalMethod.CREAM, product=product)
        return Note(**self._stamp(), note=text)

    def _step(self) -> None:
        STEPS_TAKEN.append(1)

    # Rules

    @rule(kind=st.sampled_from(["note", "topical", "reaction"]), text=words, product=products)
    def add(self, kind: str, text: str, product: str) -> None:
        entry = self._new_content(kind, text, product)
        Journal(self.data_dir).add(entry)
        self.model.add(entry)
        self.last_change = None
        self._step()

    @precondition(lambda self: bool(self.model.standing_roots()))
    @rule(pick=st.integers(min_value=0), text=words)
    def correct(self, pick: int, text: str) -> None:
        roots = self.model.standing_roots()
        root = roots[pick % len(roots)]
        shown = self.model.versions[root][-1]
        changes: dict[str, Any] = {"note": text}
        corrected = new_entry(
            {**document_of(shown), **changes, **self._stamp(), "replaces": shown.id}
        )
        Journal(self.data_dir).add(corrected)
        self.model.versions[root].append(corrected)  # type: ignore[arg-type]
        self.model.root_of[corrected.id] = root
        self.model.written.append(corrected)
        self.last_change = (root, corrected)
        self._step()

    @precondition(lambda self: bool(self.model.standing_roots()))
    @rule(pick=st.integers(min_value=0))
    def delete(self, pick: int) -> None:
        roots = self.model.standing_roots()
        root = roots[pick % len(roots)]
        deletion = Deletion(**self._stamp(), deletes=self.model.versions[root][-1].id)
        Journal(self.data_dir).add(deletion)
        self.model.deleted.add(root)
        self.model.written.append(deletion)
        self.last_change = (root, deletion)
        self._step()

    @precondition(lambda self: self.last_change is not None)
    @rule()
    def undo(self) -> None:
        assert self.last_change is not None
        root, change = self.last_change
        undo = Undo(**self._stamp(), undoes=change.id)
        Journal(self.data_dir).add(undo)
        if isinstance(change, Deletion):
            self.model.deleted.discard(root)
        else:
            self.model.versions[root].pop()
        self.model.written.append(undo)
        self.last_change = None
        self._step()

    @rule(count=st.integers(min_value=1, max_value=4), again=st.booleans(), text=words)
    def import_an_export(self, count: int, again: bool, text: str) -> None:
        """New entries, some months apart (a transaction), and perhaps some already there."""
        new = [Note(**self._stamp(), note=f"{text} {n}") for n in range(count)]
        self.now += timedelta(days=20)  # the next entries fall in a later month
        known = [v[0] for v in self.model.versions.values()][:2] if again else []
        export = self.data_dir.parent / "export.json"
        buffer = io.BytesIO()
        write_json([[*known, *new]], buffer)
        export.write_bytes(buffer.getvalue())
        assert run_import(self.data_dir, export) == 0
        for entry in new:
            self.model.add(entry)
        self.last_change = None
        self._step()

    @rule(text=words)
    def merge_entries_already_merged(self, text: str) -> None:
        note = Note(**self._stamp(), note=text)
        journal = Journal(self.data_dir)
        assert journal.merge([note]).added == 1
        assert Journal(self.data_dir).merge([note]).added == 0
        self.model.add(note)
        self.last_change = None
        self._step()

    @rule(delay=st.floats(min_value=0.0, max_value=0.03), months=st.booleans(), text=words)
    def kill_a_writer_part_way(self, delay: float, months: bool, text: str) -> None:
        """A writer process killed at a random moment: its entries are all there or none is."""
        first = Note(**self._stamp(), note=text)
        if months:
            self.now += timedelta(days=35)
        second = Note(**self._stamp(), note=text + " too")
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                Journal(self.data_dir).add(first, second)
            finally:
                os._exit(0)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        ids = {entry.id for entry in Journal(self.data_dir).entries()}
        landed = [entry.id in ids for entry in (first, second)]
        assert landed in ([True, True], [False, False]), landed
        if not any(landed):  # written again, as the person would: the model stays the same
            Journal(self.data_dir).add(first, second)  # whichever way the timing fell
        self.model.add(first)
        self.model.add(second)
        self.last_change = None
        self._step()

    # What must hold after every step

    @invariant()
    def the_journal_export_and_ledger_agree_with_the_model(self) -> None:
        if self.data_dir == Path():
            return
        journal = Journal(self.data_dir)
        entries = journal.entries()
        assert [document_of(e) for e in history_of(entries).view] == self.model.view()
        damage = [n for n in journal.notices if "damaged" in n]
        assert damage == []
        buffer = io.BytesIO()
        write_json(Journal(self.data_dir).each_month(), buffer)
        exported = from_json(buffer.getvalue(), "export.json")
        assert sorted(map(document_of, exported), key=str) == sorted(
            map(document_of, entries), key=str
        )
        from_digests = LedgerCache(Journal(self.data_dir)).standings()
        from_model = standings_of(_ledger_of(self.model.written))
        assert (from_digests.forms, from_digests.products) == (
            from_model.forms,
            from_model.products,
        )


_BASE: list[Path] = []
_NUMBER = itertools.count()


def test_the_journal_agrees_with_its_model_at_every_step(
    tmp_path: Path, record_property: Any
) -> None:
    _BASE[:] = [tmp_path]
    STEPS_TAKEN.clear()
    JournalMachine.TestCase.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=STEPS_PER_EXAMPLE,
        deadline=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    JournalMachine.TestCase("runTest").runTest()
    record_property("stateful_steps", len(STEPS_TAKEN))
    assert len(STEPS_TAKEN) >= EXAMPLES * STEPS_PER_EXAMPLE // 2
