"""One journal folder shared by several devices: each writes only its own folder, every reader
merges them all, and the sync tools' conflict copies are read in, never lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from magtui.domain.documents import document_of
from magtui.domain.entries import Note
from magtui.domain.zones import Zone
from magtui.storage.device import device_file, this_device
from magtui.storage.files import clear_stray_temps
from magtui.storage.journal import Journal
from magtui.storage.layout import conflict_copy_of
from tests.commandline import magtui_in
from tests.journal_helpers import check_in, note, own_folder


@pytest.mark.parametrize(
    ("name", "original"),
    [
        ("2026-11.sync-conflict-20261201-101010-ABCDEF7.json", "2026-11.json"),
        ("2026-11.p2.sync-conflict-20261201-101010-7XQ2ZZA.json", "2026-11.p2.json"),
        ("2026-11 (Laptop's conflicted copy 2026-12-01).json", "2026-11.json"),
        ("2026-11 (Laptop's conflicted copy 2026-12-01 (1)).json", "2026-11.json"),
        ("2026-11 (conflicted copy 2026-12-01 101010).json", "2026-11.json"),
        ("2026-11.p3 (conflicted copy 2026-12-01 101010).json", "2026-11.p3.json"),
        ("2026-11.json", None),
        ("2026-11.json.damaged-20261201T101010", None),
        ("2026-11.json.1", None),
        ("notes (conflicted copy).txt", None),
        (".syncthing.2026-11.json.tmp", None),
    ],
)
def test_each_tool_s_conflict_copies_are_known_by_name(name: str, original: str | None) -> None:
    assert conflict_copy_of(name) == original


def _shared(tmp_path: Path, count: int = 2) -> list[Path]:
    """Data folders of `count` devices, each having saved once, with every device's folder
    copied into every other's journal folder (as a sync tool leaves them)."""
    folders = [tmp_path / f"device-{n}" / "data" for n in range(count)]
    for number, data_dir in enumerate(folders):
        Journal(data_dir).add(note(f"from device {number}"))
    _sync(folders)
    return folders


def _sync(folders: list[Path]) -> None:
    for source in folders:
        own = Journal(source).folder
        for target in folders:
            if target != source:
                shutil.copytree(own, target / "journal" / own.name, dirs_exist_ok=True)


def test_two_devices_writing_at_once_each_write_only_their_own_folder(tmp_path: Path) -> None:
    first, second = _shared(tmp_path)
    assert Journal(first).device != Journal(second).device
    folder = first / "journal" / str(Journal(second).device)
    theirs = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    Journal(first).add(check_in(Zone.YELLOW))
    assert {p: p.read_bytes() for p in theirs} == theirs
    shown = [[e.note for e in Journal(d).entries() if isinstance(e, Note)] for d in (first, second)]
    assert shown[0] == shown[1] == ["from device 0", "from device 1"]


def test_the_latest_check_in_from_any_device_is_the_zone(tmp_path: Path) -> None:
    first, second = _shared(tmp_path)
    Journal(first).add(check_in(Zone.RED, note("x").at))
    later = note("y").at
    Journal(second).add(check_in(Zone.GREEN, later))
    _sync([first, second])
    for data_dir in (first, second):
        latest = Journal(data_dir).latest_zone()
        assert latest is not None and latest.zone is Zone.GREEN


def test_a_copy_of_a_data_folder_becomes_a_device_of_its_own(tmp_path: Path) -> None:
    """Its identity file came with it, but was made for another folder: a new one is made."""
    original = tmp_path / "original" / "data"
    Journal(original).add(note("on the original"))
    copy = tmp_path / "copy" / "data"
    shutil.copytree(original, copy, symlinks=True)
    assert this_device(copy) is None
    Journal(copy).add(note("on the copy"))
    assert Journal(copy).device not in (None, Journal(original).device)
    assert this_device(original) == Journal(original).device
    assert [e.note for e in Journal(copy).entries()] == ["on the original", "on the copy"]
    assert len(list((copy / "journal").iterdir())) == 2


@pytest.mark.parametrize(
    "content", [b"", b"{", b"[]", b'{"device": "../../etc"}', b'{"device": 5, "machine": 1}']
)
def test_an_identity_file_that_cannot_be_read_means_a_new_device(
    data_dir: Path, content: bytes
) -> None:
    Journal(data_dir).add(note("before"))
    device_file(data_dir).write_bytes(content)
    journal = Journal(data_dir)
    journal.add(note("after"))
    assert journal.device is not None and (data_dir / "journal" / journal.device).is_dir()
    assert [e.note for e in Journal(data_dir).entries()] == ["before", "after"]
    assert json.loads(device_file(data_dir).read_text())["device"] == journal.device


@pytest.mark.parametrize("tool", ["syncthing", "dropbox", "nextcloud"])
def test_conflict_copies_are_read_in_once_and_counted_by_check(tmp_path: Path, tool: str) -> None:
    first, second = _shared(tmp_path)
    journal = Journal(second)
    part = next(journal.folder.glob("*.json"))
    names = {
        "syncthing": f"{part.stem}.sync-conflict-20261201-101010-ABCDEF7.json",
        "dropbox": f"{part.stem} (Laptop's conflicted copy 2026-12-01).json",
        "nextcloud": f"{part.stem} (conflicted copy 2026-12-01 101010).json",
    }
    copy_only = note("only in the conflict copy")
    other = Journal(tmp_path / "scratch")
    other.add(copy_only)
    conflict = part.parent / names[tool]
    raw = json.loads(part.read_text())
    raw["entries"]["99"] = document_of(copy_only)
    conflict.write_text(json.dumps(raw, default=str))
    notes = [e.note for e in Journal(second).entries() if isinstance(e, Note)]
    assert notes == ["from device 0", "from device 1", "only in the conflict copy"]
    checked = magtui_in(second, "check")
    assert checked.returncode == 0, checked.stdout
    assert "1 conflict copy made by a sync tool was found and read in" in checked.stdout
    assert conflict.exists(), "a conflict copy is never removed"


def test_another_device_s_damaged_file_is_never_moved_or_restored_here(tmp_path: Path) -> None:
    first, second = _shared(tmp_path)
    theirs = first / "journal" / str(Journal(second).device)
    part = next(theirs.glob("*.json"))
    whole = part.read_bytes()
    assert len(Journal(first).entries()) == 2  # read whole once
    part.write_bytes(whole[: len(whole) // 2])  # cut short, in place
    reader = Journal(first)
    assert [e.note for e in reader.entries() if isinstance(e, Note)] == [
        "from device 0",
        "from device 1",
    ], "its last whole version stands in for it"
    reader.add(note("written meanwhile"))
    assert part.read_bytes() == whole[: len(whole) // 2]
    assert sorted(p.name for p in theirs.iterdir()) == sorted(
        p.name for p in (second / "journal" / theirs.name).iterdir()
    ), "nothing kept aside or restored in another device's folder"


def test_an_older_version_brought_by_a_third_device_hides_nothing_shown(tmp_path: Path) -> None:
    """The first device's file reaches the third whole, then an older copy of it arrives from
    the second, which had not caught up: what the third showed stays shown, and once the newer
    version is back it is read as before."""
    first, _, third = _shared(tmp_path, count=3)
    theirs = Journal(first).folder
    older = {p.name: p.read_bytes() for p in theirs.glob("*.json")}
    Journal(first).add(note("written after the second's copy"))
    newer = {p.name: p.read_bytes() for p in theirs.glob("*.json")}
    into = third / "journal" / theirs.name
    for name, content in newer.items():
        (into / name).write_bytes(content)
    shown = {e.id for e in Journal(third).entries()}
    for name, content in older.items():
        (into / name).write_bytes(content)  # the second device's copy, one entry short
    assert shown <= {e.id for e in Journal(third).entries()}, "an entry shown before is hidden"
    for name, content in newer.items():
        (into / name).write_bytes(content)
    assert {e.id for e in Journal(third).entries()} == shown


def test_a_sync_tool_s_own_temporary_files_are_never_cleared(tmp_path: Path) -> None:
    folder = tmp_path / "journal"
    folder.mkdir()
    theirs = [folder / ".syncthing.2026-11.json.tmp", folder / "~syncthing~2026-11.json.tmp"]
    for path in theirs:
        path.write_text("arriving")
    (folder / "2026-11.json.4242.tmp").write_text("magtui's, left by a killed writer")
    clear_stray_temps(folder, writers_locked_out=True)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in theirs)


def test_the_older_layout_is_moved_into_this_device_s_folder_at_first_start(
    data_dir: Path,
) -> None:
    journal = Journal(data_dir)
    journal.add(note("one"))
    journal.add(note("two"))
    journal.add(note("three", note("x").at.replace(month=10)))
    _as_the_older_layout(data_dir)
    before = [document_of(e) for e in Journal(data_dir).entries()]
    assert len(before) == 3, "the older layout is read as it is"
    started = magtui_in(data_dir, "check")
    assert started.returncode == 0, started.stdout
    own = own_folder(data_dir)
    assert sorted(p.name for p in own.glob("*.json")) == ["2026-10.json", "2026-11.json"]
    assert not list((data_dir / "journal").glob("*.json"))
    assert sorted(p.name for p in (own / "backups").iterdir()) == ["2026-11.json.1"]
    assert [document_of(e) for e in Journal(data_dir).entries()] == before


def test_an_older_layout_file_found_later_is_read_at_once_and_never_over_a_file(
    data_dir: Path,
) -> None:
    """Copied in from a backup, say: its name is taken, so it becomes the month's next part."""
    journal = Journal(data_dir)
    journal.add(note("kept"))
    (data_dir / "journal" / "2026-11.json").write_bytes(
        (journal.folder / "2026-11.json").read_bytes()
    )
    Journal(data_dir).add(note("after"))
    assert [e.note for e in Journal(data_dir).entries()] == ["kept", "after"]
    assert sorted(p.name for p in journal.folder.glob("*.json")) == [
        "2026-11.json",
        "2026-11.p2.json",
    ]


def _as_the_older_layout(data_dir: Path) -> None:
    """The data folder as magtui left it before devices: parts and backups in the journal
    folder itself, and no identity file."""
    own = own_folder(data_dir)
    root = data_dir / "journal"
    for part in own.glob("*.json"):
        part.rename(root / part.name)
    (own / "backups").rename(root / "backups")
    shutil.rmtree(own)
    device_file(data_dir).unlink()
    shutil.rmtree(data_dir / "ledger", ignore_errors=True)


def test_a_file_still_arriving_from_another_device_is_said_and_is_no_problem(
    data_dir: Path,
) -> None:
    Journal(data_dir).add(note("here"))
    arriving = data_dir / "journal" / "desk-0a1b2c3d" / "2026-12.json"
    arriving.parent.mkdir()
    arriving.write_bytes(b'{"entries": {"1": {"kind": "no')
    checked = magtui_in(data_dir, "check")
    assert checked.returncode == 0, checked.stdout
    assert "Entries from desk-0a1b2c3d are still arriving (2026-12.json)" in checked.stdout
    assert arriving.read_bytes() == b'{"entries": {"1": {"kind": "no'
