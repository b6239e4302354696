"""Each kind of entry in one place: what it is called in a list, the key that picks it in the
journal's filter, and the fields a person can correct.

A kind here is what a person tells apart: a foot soak and a cream are one entry class (a topical
session) but two kinds to look back at. Entries that change other entries (a deletion, an
undo) are kinds of their own that a person never picks. A new kind is one `Kind` added to
`KINDS`; `tests/test_kinds.py` holds that every entry class has one.
"""

from __future__ import annotations

from dataclasses import dataclass

from magtui.domain.entries import (
    CapsuleDose,
    Deletion,
    Entry,
    Note,
    Product,
    Reaction,
    TopicalSession,
    Undo,
    ZoneCheckIn,
)

EVERY_ENTRY_CORRECTS = ("at", "note")
"""Every entry a person made can have its time and its note corrected."""
TOPICAL_CORRECTS = ("zone", "product", "area", "amount", "dilution", "length")


@dataclass(frozen=True)
class Kind:
    """One kind of entry a person can look back at."""

    name: str
    """What the journal's filter matches: a topical method ('soak') or an entry kind."""
    entry: type[Entry]
    words: str
    """The kind as a list of it: 'Foot soaks'."""
    corrects: tuple[str, ...]
    """The fields a person can correct, in the order the correct screen offers them."""


KINDS = (
    Kind("soak", TopicalSession, "Foot soaks", (*TOPICAL_CORRECTS, *EVERY_ENTRY_CORRECTS)),
    Kind("spray", TopicalSession, "Sprays", (*TOPICAL_CORRECTS, *EVERY_ENTRY_CORRECTS)),
    Kind("cream", TopicalSession, "Creams", (*TOPICAL_CORRECTS, *EVERY_ENTRY_CORRECTS)),
    Kind("balm", TopicalSession, "Balms", (*TOPICAL_CORRECTS, *EVERY_ENTRY_CORRECTS)),
    Kind("capsule", CapsuleDose, "Capsules", ("zone", "fraction", "mg", *EVERY_ENTRY_CORRECTS)),
    Kind("reaction", Reaction, "Reactions", ("reaction", *EVERY_ENTRY_CORRECTS)),
    Kind("note", Note, "Notes", EVERY_ENTRY_CORRECTS),
    Kind("zone", ZoneCheckIn, "Zone changes", ("zone", *EVERY_ENTRY_CORRECTS)),
    Kind("product", Product, "Products", EVERY_ENTRY_CORRECTS),
)
CHANGES: tuple[type[Entry], ...] = (Deletion, Undo)
"""Entries that change others: they are never listed, filtered or corrected themselves."""

FILTER_KEYS = "123456789abcdefghijkmnoprstuvwxyz"
"""The keys that pick a kind in the filter, in order: digits first, then letters (without `l`,
the quick log, and `q`, quit), so a list of up to 33 kinds has a key for each."""


def filter_keys() -> dict[str, Kind]:
    """Each kind's key in the journal's filter: the nine of today keep 1 to 9."""
    if len(KINDS) > len(FILTER_KEYS):
        raise ValueError(f"{len(KINDS)} kinds, but {len(FILTER_KEYS)} filter keys")
    return dict(zip(FILTER_KEYS, KINDS, strict=False))


def kind_named(name: str) -> Kind:
    """The kind a filter names; KeyError for a name no kind has."""
    for kind in KINDS:
        if kind.name == name:
            return kind
    raise KeyError(name)


def kind_of(entry: Entry) -> Kind | None:
    """The kind a person would call this entry; None for a change to other entries."""
    if isinstance(entry, TopicalSession):
        return kind_named(entry.method.value)
    return next((kind for kind in KINDS if isinstance(entry, kind.entry)), None)
