"""Each durability promise has a test that fails if the promise is taken away: the folder is
synced after every rename, the newest good backup is the one restored, and a local time near a
month's end is filed and found again."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from magtui.domain.entries import Note
from magtui.storage.files import atomic_write
from magtui.storage.journal import Journal

AT = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)


def _note(number: int, at: datetime = AT) -> Note:
    entry_id = f"{int(at.timestamp() * 1000):012x}{number:010x}"
    return Note(id=entry_id, at=at, logged_at=at, note=f"note {number}")


def test_every_rename_is_followed_by_a_sync_of_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        is_dir = stat.S_ISDIR(os.fstat(descriptor).st_mode)
        events.append("sync folder" if is_dir else "sync file")
        real_fsync(descriptor)

    def replace(source: object, target: object) -> None:
        events.append("rename")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    atomic_write(tmp_path / "settings.json", b"{}")
    journal = Journal(tmp_path / "data")
    journal.add(_note(1))
    journal.add(_note(2))
    renames = [index for index, event in enumerate(events) if event == "rename"]
    assert len(renames) >= 3
    for index in renames:
        assert "sync file" in events[:index], "the new file is synced before it is renamed"
        assert events[index + 1 : index + 2] == ["sync folder"], events


def test_the_newest_good_backup_is_the_one_restored(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    for number in range(1, 5):
        journal.add(_note(number, AT + timedelta(minutes=number)))
    month = journal.folder / "2026-11.json"
    month.write_bytes(b"{damaged")
    restored = Journal(tmp_path)
    assert [e.note for e in restored.entries()] == ["note 1", "note 2", "note 3"]
    assert restored.notice is not None and "backup" in restored.notice


def test_a_damaged_newest_backup_gives_way_to_the_next_newest(tmp_path: Path) -> None:
    journal = Journal(tmp_path)
    for number in range(1, 5):
        journal.add(_note(number, AT + timedelta(minutes=number)))
    folder = journal.folder
    newest_backup = folder / "backups" / "2026-11.json.1"
    newest_backup.unlink()  # a hard link to an earlier state: replace it, never write into it
    newest_backup.write_bytes(b"{also damaged")
    (folder / "2026-11.json").write_bytes(b"{damaged")
    entries = Journal(tmp_path).entries()
    assert [e.note for e in entries] == ["note 1", "note 2"]


@pytest.mark.parametrize(
    ("local", "month"),
    [
        (datetime(2026, 12, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))), "2026-11"),
        (datetime(2026, 11, 30, 23, 30, tzinfo=timezone(timedelta(hours=-5))), "2026-12"),
    ],
    ids=["just-after-midnight-east", "just-before-midnight-west"],
)
def test_a_local_time_near_a_months_end_is_filed_by_utc_and_found_again(
    tmp_path: Path, local: datetime, month: str
) -> None:
    journal = Journal(tmp_path)
    journal.add(_note(1, local))
    assert [p.name for p in journal.folder.glob("*.json")] == [f"{month}.json"]
    found = Journal(tmp_path).entries()
    assert [e.at for e in found] == [local]
    newest = next(Journal(tmp_path).newest_months())
    assert [e.at for e in newest] == [local]
    since_local_midnight = local.replace(hour=0, minute=0)
    assert [e.at for e in Journal(tmp_path).entries(since=since_local_midnight)] == [local]
