"""What the journal's own screens need of the screen that opened them, as types alone, so that
the journal screen imports its entry, correct and filter screens and none of them imports it."""

from __future__ import annotations

from typing import Protocol

from magtui.domain.entries import Content, Entry
from magtui.domain.journal_filter import JournalFilter


class ShowsChanges(Protocol):
    """The journal screen, told of a correction or deletion written from a screen above it."""

    def changed(self, change: Entry, words: str, shown: Content | None, *, undone: str) -> None: ...


class Filtered(Protocol):
    """The journal screen, whose filter the filter screens read and change."""

    @property
    def filter(self) -> JournalFilter: ...

    def apply(self, chosen: JournalFilter) -> None: ...


class Corrects(Protocol):
    """The entry screen, which saves a correction chosen on the correct screen."""

    @property
    def entry(self) -> Content: ...

    def correct(self, words: str, **changes: object) -> None: ...
