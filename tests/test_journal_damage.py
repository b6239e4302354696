"""Damage, failed writes and left-over temporaries: kept aside, one sentence, nothing lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest

from magtui.domain.documents import document_of
from magtui.domain.entries import SCHEMA_VERSION
from magtui.domain.ids import new_entry_id
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal
from tests.damage import DAMAGE
from tests.journal_helpers import AT, month_file, note, own_folder


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_damage_is_kept_aside_byte_for_byte_and_the_newest_good_backup_returns(
    data_dir: Path, damage: bytes
) -> None:
    journal = Journal(data_dir)
    first, second = note("first"), note("second")
    journal.add(first)
    journal.add(second)
    month_file(data_dir).write_bytes(damage)
    reopened = Journal(data_dir)
    assert reopened.entries() == [first]  # the state before the last write
    notice = reopened.notice or ""
    kept = list(own_folder(data_dir).glob("2026-11.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage
    assert (
        str(kept[0]) in notice
        and "backup from" in notice
        and notice.endswith("after that time is missing.")
    )
    reopened.add(note("third"))
    assert [e.note for e in Journal(data_dir).entries()] == ["first", "third"]
    assert kept[0].read_bytes() == damage


@pytest.mark.parametrize("damage", list(DAMAGE.values()), ids=list(DAMAGE))
def test_damage_without_a_backup_is_kept_aside_and_the_journal_goes_on(
    data_dir: Path, damage: bytes
) -> None:
    month_file(data_dir).parent.mkdir(parents=True, exist_ok=True)
    month_file(data_dir).write_bytes(damage)
    journal = Journal(data_dir)
    journal.add(note("after the damage"))
    assert [e.note for e in Journal(data_dir).entries()] == ["after the damage"]
    assert journal.notice is not None and "no good backup" in journal.notice
    kept = list(own_folder(data_dir).glob("2026-11.json.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damage


def test_a_damaged_backup_is_skipped_for_an_older_good_one(data_dir: Path) -> None:
    journal = Journal(data_dir)
    for text in ("one", "two", "three"):
        journal.add(note(text))
    (own_folder(data_dir) / "backups" / "2026-11.json.1").write_bytes(b"{broken")
    month_file(data_dir).write_bytes(b"")
    assert [e.note for e in Journal(data_dir).entries()] == ["one"]


def test_newer_and_unreadable_entries_are_reported_and_left_untouched(data_dir: Path) -> None:
    journal = Journal(data_dir)
    journal.add(note("fine"))
    path = month_file(data_dir)
    database = orjson.loads(path.read_bytes())
    newer = {
        "kind": "zone",
        "schema_version": SCHEMA_VERSION + 1,
        "id": new_entry_id(AT),
        "aura": "teal",
    }
    broken = {**document_of(note("x")), "note": ""}
    database["entries"].update({"90": newer, "91": broken})
    path.write_bytes(orjson.dumps(database))
    reopened = Journal(data_dir)
    assert [e.note for e in reopened.entries()] == ["fine"]
    assert any("newer magtui" in n and "untouched" in n for n in reopened.notices)
    assert any("could not be read (note: cannot be empty" in n for n in reopened.notices)
    reopened.add(note("later"))
    stored = orjson.loads(path.read_bytes())["entries"]
    assert stored["90"] == newer and stored["91"] == broken


def test_stray_temporary_files_are_cleared_at_start(data_dir: Path) -> None:
    Journal(data_dir).add(note("one"))
    stray = data_dir / "journal" / "2026-11.json.4242.tmp"
    stray.write_bytes(b"half a write")
    stray_settings = data_dir / "settings.json.999999999.tmp"
    stray_settings.write_bytes(b"{")
    Journal(data_dir).tidy()
    assert not stray.exists() and not stray_settings.exists()
    assert [e.note for e in Journal(data_dir).entries()] == ["one"]


_HOLD_LOCKED = """
import fcntl, os, sys, time
descriptor = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT, 0o600)
fcntl.flock(descriptor, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(30)
"""


def test_a_live_writers_settings_temporary_is_left_alone(data_dir: Path) -> None:
    """Settings are not written under the journal lock, so only dead writers' files go: a live
    writer holds its temporary file locked (`new_temp`)."""
    data_dir.mkdir()
    live = data_dir / "settings.json.12-ab.tmp"
    writer = subprocess.Popen(
        [sys.executable, "-c", _HOLD_LOCKED, str(live)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline() == "locked\n"
        Journal(data_dir).tidy()
        assert live.exists()
    finally:
        writer.kill()
        writer.wait()
    Journal(data_dir).tidy()  # the writer has gone: its lock with it
    assert not live.exists()


def _fail_writes(monkeypatch: pytest.MonkeyPatch, errno: int, message: str) -> None:
    real_open = os.open

    def failing(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        if flags & os.O_CREAT and str(path).endswith(".tmp"):
            raise OSError(errno, message)
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr(os, "open", failing)


@pytest.mark.parametrize(
    ("errno", "cause"),
    [(28, "the disk is full"), (30, "the disk is read-only"), (13, "permission was refused")],
)
def test_a_failed_write_is_one_sentence_and_loses_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, errno: int, cause: str
) -> None:
    journal = Journal(data_dir)
    journal.add(note("kept"))
    before = month_file(data_dir).read_bytes()
    _fail_writes(monkeypatch, errno, os.strerror(errno))
    with pytest.raises(StorageError) as caught:
        journal.add(note("not saved"))
    monkeypatch.undo()
    sentence = str(caught.value)
    assert f": {cause}; " in sentence and "earlier data is unchanged" in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert month_file(data_dir).read_bytes() == before
    assert not list(own_folder(data_dir).glob("*.tmp"))
    journal.add(note("saved later"))
    assert [e.note for e in Journal(data_dir).entries()] == ["kept", "saved later"]


def test_a_full_disk_during_fsync_keeps_the_old_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = Journal(data_dir)
    journal.add(note("kept"))
    before = month_file(data_dir).read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StorageError, match="the disk is full"):
        journal.add(note("not saved"))
    monkeypatch.undo()
    assert month_file(data_dir).read_bytes() == before
