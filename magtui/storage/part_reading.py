"""Reading journal part files fast: one pass over the bytes, and no garbage collection storms.

100,000 entries are about a million small objects with no reference cycles, so how they are
read matters more than anything else for opening a long journal.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from pydantic import ConfigDict, TypeAdapter, ValidationError

from magtui.domain.documents import NewerEntry
from magtui.domain.entries import Entry

TABLE = "entries"
"""The one TinyDB table in every part file."""

Signature = tuple[int, int, int]


@contextmanager
def bulk_read(*, kept: bool) -> Iterator[None]:
    """Read many entries without the cyclic garbage collector scanning them over and over.

    Collecting while entries are made doubles the read time; once read, entries that are `kept`
    (cached for the app's lifetime) are frozen out of future collections, which would otherwise
    rescan them all.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if kept:
            gc.freeze()
        if was_enabled:
            gc.enable()


@cache
def _part_adapter() -> TypeAdapter[dict[str, dict[str, Entry]]]:
    # Only field names are worth caching as they are parsed: ids, times and notes are all
    # different, and looking each up in the string cache made reading a third slower.
    return TypeAdapter(dict[str, dict[str, Entry]], config=ConfigDict(cache_strings="keys"))


def current_entries(raw: bytes) -> list[Entry] | None:
    """The common case in one pass over the bytes: a sound part holding only current entries.

    Parsing and validating together skips building a dict for every document first.
    """
    try:
        tables = _part_adapter().validate_json(raw)
    except ValidationError:
        return None
    if set(tables) - {TABLE}:
        return None
    return list(tables.get(TABLE, {}).values())


def signature(path: Path) -> Signature | None:
    """Changes whenever the file is replaced or rewritten; None when it does not exist."""
    try:
        status = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return (status.st_ino, status.st_mtime_ns, status.st_size)


def unreadable_sentences(name: str, problems: Sequence[tuple[object, Exception]]) -> list[str]:
    """What to tell about entries of part `name` that could not be read: newer ones apart."""
    newer = [problem for _, problem in problems if isinstance(problem, NewerEntry)]
    sentences = []
    if newer:
        sentences.append(
            f"{len(newer)} entries in {name} were written by a newer magtui; "
            "they are left untouched — update magtui to see them."
        )
    if len(problems) > len(newer):
        first = next(p for _, p in problems if not isinstance(p, NewerEntry))
        sentences.append(
            f"{len(problems) - len(newer)} entries in {name} could not be read "
            f"({first}); they are left untouched in the file."
        )
    return sentences
