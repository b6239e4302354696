"""Every test runs against its own data folder; none touches a real home."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from magtui.content import load_content
from magtui.domain.content import Content
from magtui.domain.entries import ZoneCheckIn
from magtui.domain.settings import Settings
from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore

FIXED_NOW = datetime(2026, 11, 22, 14, 2, tzinfo=timezone(timedelta(hours=1)))


def fixed_clock() -> datetime:
    return FIXED_NOW


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point data and config at tmp_path, and keep NO_COLOR from the runner's shell out."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("MAGTUI_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("MAGTUI_ASSETS_DIR", raising=False)
    yield home


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_app(content: Content, data_dir: Path) -> Callable[..., object]:
    """Build the app as the command line does, with a fixed clock and a chosen starting state."""
    from magtui.ui.app import MagApp, create_app

    def build(
        *,
        zone: Zone | None = Zone.RED,
        disclaimer_seen: bool = True,
        theme: ThemeName = ThemeName.CONTRAST_DARK,
    ) -> MagApp:
        journal = Journal(data_dir)
        if zone is not None:
            at = FIXED_NOW - timedelta(hours=2)
            entry_id = f"{int(at.timestamp() * 1000):012x}{0:010x}"
            journal.add(ZoneCheckIn(id=entry_id, at=at, logged_at=at, zone=zone))
        store = SettingsStore(data_dir)
        settings = Settings(theme=theme, disclaimer_seen=1 if disclaimer_seen else 0)
        store.save(settings)
        return create_app(
            settings=settings,
            settings_store=store,
            journal=Journal(data_dir),
            content=content,
            clock=fixed_clock,
        )

    return build
