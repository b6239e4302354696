"""Files are written whole or not at all, private to their owner, and damage is kept aside."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from magtui.domain.settings import Settings
from magtui.domain.themes import ThemeName
from magtui.storage.files import StorageError, atomic_write, ensure_private_dir
from magtui.storage.location import resolve_data_dir
from magtui.storage.settings_store import SettingsStore

AT = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_write_makes_a_private_folder_and_file(tmp_path: Path) -> None:
    target = tmp_path / "new" / "deeper" / "file.json"
    atomic_write(target, b"{}", root=tmp_path)
    assert target.read_bytes() == b"{}"
    assert _mode(target) == 0o600
    assert _mode(target.parent) == 0o700
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_magtuis_own_folders_are_made_private_and_the_chosen_data_folder_is_left_as_given(
    tmp_path: Path,
) -> None:
    data = tmp_path / "chosen"
    own = data / "journal"
    own.mkdir(mode=0o755, parents=True)
    data.chmod(0o755)
    ensure_private_dir(own, root=data)
    atomic_write(data / "settings.json", b"{}", root=data)
    assert (_mode(data), _mode(own), _mode(data / "settings.json")) == (0o755, 0o700, 0o600)


def test_a_link_in_place_of_one_of_magtuis_folders_is_refused_and_left_unchanged(
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    data = tmp_path / "data"
    data.mkdir()
    (data / "journal").symlink_to(elsewhere)
    with pytest.raises(StorageError, match="a link is in the way.*move the link away"):
        atomic_write(data / "journal" / "file.json", b"{}", root=data)
    assert (list(elsewhere.iterdir()), _mode(elsewhere)) == ([], 0o755)


def test_a_read_only_folder_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated with EROFS from open(), since root (as in CI) may write anywhere."""
    target = tmp_path / "data" / "file.json"
    atomic_write(target, b"old", root=target.parent)
    real_open = os.open

    def read_only(path: str | Path, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(30, "Read-only file system")
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(StorageError, match="the disk is read-only; your earlier data is unchanged"):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "data" / "file.json"
    atomic_write(target, b"old", root=target.parent)

    def disk_full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(StorageError, match="the disk is full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["file.json"]


def test_settings_round_trip(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "data")
    store.save(Settings(theme=ThemeName.SOFT, disclaimer_seen=1))
    assert store.load() == Settings(theme=ThemeName.SOFT, disclaimer_seen=1)
    assert _mode(store.path) == 0o600


def test_damaged_settings_fall_back_to_defaults_and_every_one_is_kept(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "data")
    store.path.parent.mkdir()
    for damage in ('{"theme": "neon"}', "not json"):
        store.path.write_text(damage)
        assert store.load() == Settings()
    kept = sorted(p.read_text() for p in store.path.parent.glob("settings.json.damaged-*"))
    assert kept == sorted(['{"theme": "neon"}', "not json"])


def test_data_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAGTUI_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert resolve_data_dir() == tmp_path / "env"
    monkeypatch.delenv("MAGTUI_DATA_DIR")
    assert resolve_data_dir().name == "magtui"
