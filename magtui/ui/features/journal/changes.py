"""What the journal's own screens answer with, and the one thing they read of the journal.

The entry screen answers the journal screen with the `Changed` it wrote; the correct screen
answers the entry screen with the `Correction` chosen. Only the filter screens change the
journal screen while they are open (`Filtered`), so the journal is drawn once, already filtered.
The journal screen imports its entry, correct and filter screens and none of them imports it.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from magtui.domain.entries import Content, Entry
from magtui.domain.journal_filter import JournalFilter


class Changed(NamedTuple):
    """A correction or deletion that was written, in words, and what can take it back."""

    change: Entry
    words: str
    shown: Content | None
    """What the journal's cursor should rest on: the new version, or None after a deletion."""
    undone: str
    """What `u` on the journal says when it takes the change back."""


class Correction(NamedTuple):
    """The fields to change, and the words that say what was corrected."""

    words: str
    changes: dict[str, object]


class Filtered(Protocol):
    """The journal screen, whose filter the filter screens read and change."""

    @property
    def filter(self) -> JournalFilter: ...

    def apply(self, chosen: JournalFilter) -> None: ...
