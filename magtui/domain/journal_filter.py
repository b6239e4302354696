"""Which entries the journal screen shows: by kind, product, zone, reaction, days, and words.

Each filter that is set becomes one small check, built once, so applying a filter to 100,000
entries is one pass of a few attribute reads each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from magtui.domain.entries import Entry, Note, Product, Reaction, TopicalSession
from magtui.domain.tolerance import product_key
from magtui.domain.vocabulary import ReactionKind
from magtui.domain.zones import Zone

Check = Callable[[Entry], bool]
Shown = TypeVar("Shown", bound=Entry)


class Answer(StrEnum):
    """The reaction filter: entries that say 'no reaction', or that name one."""

    NONE = "no reaction"
    SOME = "a reaction"


KIND_WORDS = {
    "soak": "Foot soaks",
    "spray": "Sprays",
    "cream": "Creams",
    "balm": "Balms",
    "capsule": "Capsules",
    "reaction": "Reactions",
    "note": "Notes",
    "zone": "Zone changes",
    "product": "Products",
}


@dataclass(frozen=True)
class JournalFilter:
    kind: str | None = None
    """A topical method ('soak') or an entry kind ('capsule', 'note', ...)."""
    product: str | None = None
    zone: Zone | None = None
    answer: Answer | None = None
    days: int | None = None
    """Only the last so many days."""
    text: str = ""

    def change(self, **changes: object) -> JournalFilter:
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def is_set(self) -> bool:
        return self != JournalFilter()

    def words(self) -> str:
        """'Creams · Red · last 30 days · "itch"', or 'Everything'."""
        parts = []
        if self.kind:
            parts.append(KIND_WORDS[self.kind])
        if self.product:
            parts.append(self.product)
        if self.zone:
            parts.append(f"{self.zone.label} zone")
        if self.answer:
            parts.append(str(self.answer))
        if self.days:
            parts.append(f"last {self.days} days")
        if self.text:
            parts.append(f"“{self.text}”")
        return " · ".join(parts) or "Everything"

    def checks(self, now: datetime) -> list[Check]:
        found: list[Check] = []
        if self.kind in ("soak", "spray", "cream", "balm"):
            method = self.kind
            found.append(lambda e: isinstance(e, TopicalSession) and e.method == method)
        elif self.kind:
            kind = self.kind
            found.append(lambda e: e.kind == kind)
        if self.product:
            key = product_key(self.product)
            found.append(lambda e: _product_key(e) == key)
        if self.zone:
            zone = self.zone
            found.append(lambda e: getattr(e, "zone", None) is zone)
        if self.answer is Answer.NONE:
            found.append(lambda e: isinstance(e, Reaction) and e.reaction is ReactionKind.NONE)
        elif self.answer is Answer.SOME:
            found.append(lambda e: isinstance(e, Reaction) and e.reaction is not ReactionKind.NONE)
        if self.days:
            since = now - timedelta(days=self.days)
            found.append(lambda e: e.at >= since)
        if self.text:
            needle = self.text.casefold()
            found.append(lambda e: needle in _searchable(e))
        return found

    def apply(self, entries: Sequence[Shown], now: datetime) -> Sequence[Shown]:
        checks = self.checks(now)
        if not checks:
            return entries
        return [e for e in entries if all(check(e) for check in checks)]


def _product_key(entry: Entry) -> str | None:
    if isinstance(entry, TopicalSession):
        return product_key(entry.product)
    if isinstance(entry, Product):
        return product_key(entry.name)
    return None


def _searchable(entry: Entry) -> str:
    """The words a person typed into the entry, for 'find'."""
    if isinstance(entry, TopicalSession):
        return f"{entry.note}\n{entry.product}\n{entry.area}".casefold()
    if isinstance(entry, Product):
        return f"{entry.note}\n{entry.name}\n{entry.ingredients}".casefold()
    if isinstance(entry, Note | Reaction):
        return entry.note.casefold()
    return entry.note.casefold()
