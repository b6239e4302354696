"""The journal on disk: whole writes, private files, backups, damage kept aside, nothing lost."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from magtui.domain.entries import Note, ZoneCheckIn
from magtui.domain.zones import Zone
from magtui.storage import journal as journal_module
from magtui.storage import journal_lock
from magtui.storage.backups import KEEP
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal
from tests.journal_helpers import AT, check_in, file_mode, month_file, note, own_folder


def test_nothing_is_created_until_the_first_write(data_dir: Path) -> None:
    journal = Journal(data_dir)
    assert journal.latest_zone() is None and journal.entries() == []
    assert not data_dir.exists()


def test_entries_come_back_in_order_from_a_fresh_journal(data_dir: Path) -> None:
    written = [note(f"entry {n}", AT + timedelta(minutes=n)) for n in (3, 1, 2)]
    for entry in written:
        Journal(data_dir).add(entry)
    read = Journal(data_dir).entries()
    assert read == sorted(written, key=lambda entry: entry.id)


def test_files_and_folders_are_private(data_dir: Path) -> None:
    journal = Journal(data_dir)
    for number in range(3):
        journal.add(note(f"entry {number}"))
    own = own_folder(data_dir)
    folders = [data_dir, data_dir / "journal", own, own / "backups", data_dir / "ledger"]
    assert [file_mode(folder) for folder in folders] == [0o700] * 5
    files = [p for folder in folders for p in folder.iterdir() if p.is_file()]
    assert len(files) >= 4 and all(file_mode(path) == 0o600 for path in files), files


def test_entries_go_to_the_month_they_happened_in(data_dir: Path) -> None:
    journal = Journal(data_dir)
    journal.add(note("autumn", datetime(2026, 10, 31, 23, 59, tzinfo=UTC)))
    journal.add(note("winter", datetime(2026, 11, 1, 0, 0, tzinfo=UTC)))
    names = sorted(p.name for p in own_folder(data_dir).glob("*.json"))
    assert names == ["2026-10.json", "2026-11.json"]


def test_since_keeps_only_later_entries(data_dir: Path) -> None:
    journal = Journal(data_dir)
    for day in (1, 15, 28):
        journal.add(note(f"day {day}", datetime(2026, 10, day, tzinfo=UTC)))
    journal.add(note("november", AT))
    since = datetime(2026, 10, 15, tzinfo=UTC)
    assert [e.note for e in journal.entries(since)] == ["day 15", "day 28", "november"]
    months = [[e.note for e in month] for month in journal.each_month(since)]
    assert months == [["day 15", "day 28"], ["november"]]


def test_a_full_part_starts_another_and_a_pair_is_never_split(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journal_module, "PART_LIMIT", 3)
    journal = Journal(data_dir)
    journal.add(note("one"), note("two"))
    journal.add(note("three"), note("four"))  # would overfill part 1: both go to part 2
    journal.add(*(note(f"bulk {n}") for n in range(7)))  # too big for one part: split
    sizes = {
        path.name: len(orjson.loads(path.read_bytes())["entries"])
        for path in own_folder(data_dir).glob("*.json")
    }
    assert sizes == {
        "2026-11.json": 2,
        "2026-11.p2.json": 2,
        "2026-11.p3.json": 3,
        "2026-11.p4.json": 3,
        "2026-11.p5.json": 1,
    }
    assert len(Journal(data_dir).entries()) == 11


def test_the_latest_zone_comes_from_the_newest_month_that_has_one(data_dir: Path) -> None:
    journal = Journal(data_dir)
    journal.add(check_in(Zone.GREEN, datetime(2026, 9, 1, tzinfo=UTC)))
    journal.add(check_in(Zone.RED, datetime(2026, 10, 2, tzinfo=UTC)))
    journal.add(check_in(Zone.YELLOW, datetime(2026, 10, 1, tzinfo=UTC)))
    journal.add(note("no zone this month"))
    latest = Journal(data_dir).latest_zone()
    assert isinstance(latest, ZoneCheckIn) and latest.zone is Zone.RED


def test_each_write_keeps_the_previous_states_as_backups(data_dir: Path) -> None:
    journal = Journal(data_dir)
    states = []
    for number in range(KEEP + 2):
        journal.add(note(f"entry {number}"))
        states.append(month_file(data_dir).read_bytes())
    backups = own_folder(data_dir) / "backups"
    kept = [(backups / f"2026-11.json.{slot}").read_bytes() for slot in range(1, KEEP + 1)]
    assert kept == states[-2::-1][:KEEP]
    assert sorted(p.name for p in backups.iterdir()) == [
        f"2026-11.json.{slot}" for slot in range(1, KEEP + 1)
    ]


def test_another_writer_is_noticed(data_dir: Path) -> None:
    app_side = Journal(data_dir)
    app_side.add(check_in(Zone.GREEN))
    assert app_side.has_changed() is True
    assert app_side.has_changed() is False
    Journal(data_dir).add(check_in(Zone.RED, AT + timedelta(minutes=5)))
    assert app_side.has_changed() is True
    latest = app_side.latest_zone()
    assert latest is not None and latest.zone is Zone.RED


def test_merging_twice_adds_nothing(data_dir: Path) -> None:
    entries = [note(f"entry {n}", AT + timedelta(minutes=n)) for n in range(5)]
    first = Journal(data_dir).merge(entries)
    second = Journal(data_dir).merge([*entries, entries[0]])
    assert (first.added, first.already_there) == (5, 0)
    assert (second.added, second.already_there) == (0, 6)
    assert Journal(data_dir).entries() == entries


def test_a_held_lock_makes_a_writer_wait_then_say_so(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    monkeypatch.setattr(journal_lock, "LOCK_TIMEOUT_SECONDS", 0.2)
    Journal(data_dir).add(note("first"))
    with FileLock(data_dir / "journal.lock"), pytest.raises(StorageError, match="try again"):
        Journal(data_dir).add(note("second"))
    assert [e.note for e in Journal(data_dir).entries()] == ["first"]


def test_notes_are_notes(data_dir: Path) -> None:
    Journal(data_dir).add(note("plain"))
    (entry,) = Journal(data_dir).entries()
    assert isinstance(entry, Note)


@pytest.mark.parametrize(
    ("errno", "cause"), [(30, "the disk is read-only"), (28, "the disk is full")]
)
def test_a_lock_file_that_cannot_be_made_is_one_sentence(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, errno: int, cause: str
) -> None:
    data_dir.mkdir()
    real_open = os.open

    def failing(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if str(path).endswith("journal.lock"):
            raise OSError(errno, os.strerror(errno))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", failing)
    with pytest.raises(StorageError, match=rf"lock file .*: {cause}; nothing was saved"):
        Journal(data_dir).add(note("not saved"))
