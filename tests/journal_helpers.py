"""Small entries and paths the journal tests share."""

from __future__ import annotations

import itertools
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

from magtui.domain.documents import new_entry
from magtui.domain.entries import Entry
from magtui.domain.ids import new_entry_id
from magtui.domain.zones import Zone

AT = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def file_mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


_TICKS = itertools.count()


def note(text: str, at: datetime | None = None) -> Entry:
    """A note; without a time, each is a millisecond after the last, so order is known."""
    at = at or AT + timedelta(milliseconds=next(_TICKS))
    return new_entry(
        {"kind": "note", "id": new_entry_id(at), "at": at, "logged_at": at, "note": text}
    )


def check_in(zone: Zone, at: datetime = AT) -> Entry:
    return new_entry(
        {"kind": "zone", "id": new_entry_id(at), "at": at, "logged_at": at, "zone": zone.value}
    )


def own_folder(data_dir: Path) -> Path:
    """This data folder's device folder in the journal folder, made (as by a first start) if
    it is not there yet."""
    from magtui.storage.journal import Journal

    return Journal(data_dir).folder


def month_file(data_dir: Path, name: str = "2026-11.json") -> Path:
    return own_folder(data_dir) / name
