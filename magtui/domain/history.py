"""The current view of a journal: each entry as last corrected, and none that were deleted.

Nothing written is ever rewritten. A correction is a new entry naming the one it `replaces`; a
deletion and an undo are entries of their own. So the view is worked out from the whole set of
entries, and two journals merged in either order show the same view.

Rules, in the order they apply:
1. An undo that is itself live cancels the correction, deletion or undo it names.
2. Entries linked by `replaces` form one thread. Its current version is the newest live
   correction (by when it was written, then by id), or the original when none is live.
3. A live deletion of any entry of a thread removes the whole thread from the view, and with
   it the reactions and notes that answer it (`after`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import cast

from magtui.domain.entries import Content, Deletion, Entry, Undo


@dataclass
class History:
    """Every entry ever written, and the view of them a person reads."""

    view: list[Content]
    """Current versions, oldest first (by id, which sorts by when it happened)."""
    _head_of_root: dict[str, Content] = field(default_factory=dict)
    _root_of: dict[str, str] = field(default_factory=dict)
    _hidden_roots: set[str] = field(default_factory=set)
    _unchanged: bool = False
    """No corrections, deletions or undos: each entry is its own current version."""

    def current(self, entry_id: str) -> Content | None:
        """The current version of the entry that `entry_id` named once; None if deleted."""
        if self._unchanged and not self._head_of_root:
            self._head_of_root = {entry.id: entry for entry in self.view}
        root = self._root_of.get(entry_id, entry_id)
        if root in self._hidden_roots:
            return None
        return self._head_of_root.get(root)

    def is_current(self, entry: Entry) -> bool:
        return self.current(entry.id) is entry

    def narrowed(self, view: list[Content]) -> History:
        """The same history with `view`, a part of this view in its order: every entry's
        current version is still found as in the whole (for a ledger of a few days)."""
        self.current("")  # builds the lookup of current versions from the whole view first
        return replace(self, view=view)


def _live(entry_id: str, undone_by: dict[str, list[str]], memo: dict[str, bool]) -> bool:
    """Whether `entry_id` stands: it does unless a live undo names it."""
    if entry_id in memo:
        return memo[entry_id]
    memo[entry_id] = True  # a loop of undos naming each other cancels nothing
    live = not any(_live(undo, undone_by, memo) for undo in undone_by.get(entry_id, ()))
    memo[entry_id] = live
    return live


def _root(entry_id: str, replaces: dict[str, str]) -> str:
    seen = {entry_id}
    while entry_id in replaces and replaces[entry_id] not in seen:
        entry_id = replaces[entry_id]
        seen.add(entry_id)
    return entry_id


def history_of(entries: Iterable[Entry]) -> History:
    """The view of `entries`; a journal with no changes costs one pass and no copies."""
    everything: Sequence[Entry] = entries if isinstance(entries, Sequence) else list(entries)
    replaces: dict[str, str] = {}
    deletions: list[Deletion] = []
    undone_by: dict[str, list[str]] = {}
    for entry in everything:
        if isinstance(entry, Deletion):
            deletions.append(entry)
        elif isinstance(entry, Undo):
            undone_by.setdefault(entry.undoes, []).append(entry.id)
        elif entry.replaces is not None:
            replaces[entry.id] = entry.replaces
    if not replaces and not deletions and not undone_by:
        # No deletions or undos were found, so every entry is content.
        contents = cast("Sequence[Content]", everything)
        view = sorted(contents, key=_by_id) if _unsorted(contents) else list(contents)
        return History(view=view, _unchanged=True)

    memo: dict[str, bool] = {}
    root_of: dict[str, str] = {}
    head: dict[str, Content] = {}
    for entry in everything:
        if isinstance(entry, Deletion | Undo) or not _live(entry.id, undone_by, memo):
            continue
        root = _root(entry.id, replaces) if entry.id in replaces else entry.id
        root_of[entry.id] = root
        shown = head.get(root)
        if shown is None or _newer(entry, shown):
            head[root] = entry
    hidden = {
        root_of.get(deletion.deletes, _root(deletion.deletes, replaces))
        for deletion in deletions
        if _live(deletion.id, undone_by, memo)
    }
    view = sorted(
        (e for root, e in head.items() if root not in hidden and not _answers(e, hidden, root_of)),
        key=_by_id,
    )
    return History(view=view, _head_of_root=head, _root_of=root_of, _hidden_roots=hidden)


def _answers(entry: Content, hidden: set[str], root_of: dict[str, str]) -> bool:
    """Whether `entry` answers a use that was deleted: it leaves the view with that use."""
    after = getattr(entry, "after", None)
    return after is not None and root_of.get(after, after) in hidden


def _newer(candidate: Content, shown: Content) -> bool:
    """A correction beats the original; a later correction beats an earlier one."""
    is_correction = candidate.replaces is not None
    was_correction = shown.replaces is not None
    if is_correction != was_correction:
        return is_correction
    return (candidate.logged_at, candidate.id) > (shown.logged_at, shown.id)


def _by_id(entry: Entry) -> str:
    return entry.id


def _unsorted(entries: Sequence[Entry]) -> bool:
    return any(entries[i].id > entries[i + 1].id for i in range(len(entries) - 1))


def current_view(entries: Iterable[Entry]) -> list[Content]:
    """Each entry as last corrected, none deleted, oldest first."""
    return history_of(entries).view
