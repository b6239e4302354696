"""Merging entries from elsewhere: which are new, which are there already, which conflict.

Ids never collide by chance, so an id already in the journal names the same entry; one naming a
different entry is a conflict, and nothing is merged until it is resolved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from magtui.domain.entries import Entry


@dataclass(frozen=True)
class MergeResult:
    added: int
    already_there: int


@dataclass(frozen=True)
class MergePlan:
    new: list[Entry]
    """The entries to add, in id order."""
    already_there: int


class ConflictingIds(Exception):
    """Entries to merge whose ids name different entries in the journal (or in the merge)."""

    def __init__(self, ids: list[str]) -> None:
        super().__init__(ids[0])
        self.ids = ids


def plan_merge(journal: Iterable[Entry], entries: Iterable[Entry]) -> MergePlan:
    """What merging `entries` into `journal` adds; `ConflictingIds` if any id is taken by a
    different entry, so no entry is ever dropped without a word."""
    known = {entry.id: entry for entry in journal}
    new: dict[str, Entry] = {}
    already = 0
    conflicts: list[str] = []
    for entry in entries:
        there = known.get(entry.id) or new.get(entry.id)
        if there is None:
            new[entry.id] = entry
        elif there == entry:
            already += 1
        else:
            conflicts.append(entry.id)
    if conflicts:
        raise ConflictingIds(conflicts)
    return MergePlan(sorted(new.values(), key=attrgetter("id")), already)
