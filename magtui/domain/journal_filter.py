"""Which entries the journal screen shows: by kind, product, zone, reaction, days, and words.

The view is kept in columns (`JournalIndex`), so a filter on 100,000 entries is a pass over a
list of plain values, well inside the time of one screen update. A reaction or a note that names
a use (`after`) is filtered with that use: a filter by method, product or zone shows the answers
and notes of the uses it lets through, so a product's reactions are never hidden by its filter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, Generic, TypeVar

from magtui.domain.entries import Content, Entry, Note, Product, Reaction, TopicalSession
from magtui.domain.kinds import kind_named
from magtui.domain.ledger_facts import NOT_A_REACTION, product_key
from magtui.domain.vocabulary import ReactionKind
from magtui.domain.zones import Zone

Shown = TypeVar("Shown", bound=Entry)


class Answer(StrEnum):
    """The reaction filter: answers that say 'no reaction', or that name one."""

    NONE = "no reaction"
    SOME = "a reaction"


@dataclass(frozen=True)
class JournalFilter:
    kind: str | None = None
    """A topical method ('soak') or an entry kind ('capsule', 'note', ...)."""
    product: str | None = None
    zone: Zone | None = None
    answer: Answer | None = None
    days: int | None = None
    """Only the last so many days."""
    month: str | None = None
    """Only one month, as '2026-10', in this machine's time zone."""
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
            parts.append(kind_named(self.kind).words)
        if self.product:
            parts.append(self.product)
        if self.zone:
            parts.append(f"{self.zone.label} zone")
        if self.answer:
            parts.append(str(self.answer))
        if self.days:
            parts.append(f"last {self.days} days")
        if self.month:
            parts.append(month_words(self.month))
        if self.text:
            parts.append(f"“{self.text}”")
        return " · ".join(parts) or "Everything"

    def wanted(self, now: datetime) -> list[tuple[str, Any]]:
        """(column, value) pairs an entry must match; 'text' and 'since' match differently."""
        found: list[tuple[str, Any]] = []
        if self.kind:
            found.append(("kind", self.kind))
        if self.product:
            found.append(("product", product_key(self.product)))
        if self.zone:
            found.append(("zone", self.zone))
        if self.answer:
            found.append(("answer", self.answer))
        if self.days:
            found.append(("since", now - timedelta(days=self.days)))
        if self.month:
            found.append(("month", self.month))
        if self.text:
            found.append(("text", self.text.casefold()))
        return found


class JournalIndex(Generic[Shown]):
    """The view in columns, one value per entry, so each filter is one pass over a list.

    Columns are made on first use; `build` makes them all at once (in the worker that reads
    the whole journal), so the first filter or find on a long journal does not wait for them.
    """

    def __init__(
        self, view: Sequence[Shown], current: Callable[[str], Content | None] = lambda _: None
    ) -> None:
        self.view = view
        self._current = current
        """The current version of the entry an id named: the use an answer follows."""
        self._columns: dict[str, list[Any]] = {}

    def column(self, name: str) -> list[Any]:
        """One value per entry in view (its kind, product, zone…), worked out once and kept; for an
        answer, some columns are those of the use it answers."""
        if name not in self._columns:
            make = COLUMNS[name]
            if name in OF_THE_USE:
                self._columns[name] = [make(self._subject(entry)) for entry in self.view]
            else:
                self._columns[name] = [make(entry) for entry in self.view]
        return self._columns[name]

    def _subject(self, entry: Entry) -> Entry:
        """What an entry is about: the use an answer names, or the entry itself."""
        if isinstance(entry, Reaction | Note) and entry.after is not None:
            return self._current(entry.after) or entry
        return entry

    def build(self) -> JournalIndex[Shown]:
        for name in COLUMNS:
            self.column(name)
        return self

    def newest_first(self, chosen: JournalFilter, now: datetime) -> list[Shown]:
        """The entries `chosen` lets through, newest first."""
        positions: list[int] | None = None  # None: every entry so far
        for name, value in chosen.wanted(now):
            if name == "kind":  # its own kind, or the kind of the use it answers
                own, of_use = self.column("kind"), self.column("use_kind")
                chosen_so_far = range(len(own)) if positions is None else positions
                positions = [i for i in chosen_so_far if value in (own[i], of_use[i])]
                continue
            values: list[Any] = self.column("at" if name == "since" else name)
            pairs = enumerate(values) if positions is None else ((i, values[i]) for i in positions)
            if name == "text":
                positions = [i for i, text in pairs if value in text]
            elif name == "since":
                positions = [i for i, at in pairs if at >= value]
            else:
                positions = [i for i, found in pairs if found == value]
        view = self.view
        if positions is None:
            return list(reversed(view))
        return [view[i] for i in reversed(positions)]


def month_words(month: str) -> str:
    """'2026-10' as 'October 2026'."""
    year, number = month.split("-")
    return f"{date(int(year), int(number), 1):%B} {year}"


def _kind_of(entry: Entry) -> str:
    """A topical session's method ('soak'), or the entry's kind ('capsule')."""
    return entry.method.value if isinstance(entry, TopicalSession) else entry.kind


def _answer(entry: Entry) -> Answer | None:
    """'Don't know' is neither answer."""
    if not isinstance(entry, Reaction) or entry.reaction is ReactionKind.DONT_KNOW:
        return None
    return Answer.SOME if entry.reaction not in NOT_A_REACTION else Answer.NONE


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
    return entry.note.casefold()


COLUMNS: dict[str, Callable[[Entry], object]] = {
    "kind": _kind_of,
    "use_kind": _kind_of,
    "product": _product_key,
    "zone": lambda entry: getattr(entry, "zone", None),
    "answer": _answer,
    "at": lambda entry: entry.at,
    "month": lambda entry: f"{entry.at.astimezone():%Y-%m}",
    "text": _searchable,
}

OF_THE_USE = frozenset({"use_kind", "product", "zone"})
"""Columns an answer takes from the use it names."""
