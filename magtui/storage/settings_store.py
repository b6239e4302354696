"""Remembers settings in a small JSON file; a damaged one falls back to defaults, kept aside."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from magtui.domain.settings import Settings
from magtui.storage.files import atomic_write, keep_aside, read_bytes_or_none
from magtui.storage.folder_watch import FolderWatch
from magtui.storage.names import SETTINGS_FILE


class SettingsStore:
    """Reads and writes `settings.json` in the data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / SETTINGS_FILE
        self.watch = FolderWatch(data_dir)

    def load(self) -> Settings:
        """Defaults when the file is missing; a damaged file is renamed aside, never overwritten."""
        raw = read_bytes_or_none(self.path)
        if raw is None:
            return Settings()
        self.watch.saw()
        try:
            return Settings.model_validate_json(raw)
        except ValidationError:
            keep_aside(self.path)
            return Settings()

    def save(self, settings: Settings) -> None:
        self.watch.check()
        atomic_write(self.path, settings.model_dump_json(indent=2).encode(), root=self.data_dir)
        self.watch.saw()
