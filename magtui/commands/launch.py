"""Opens the full-screen app: loads guidance, settings and journal, then hands them to the UI."""

from __future__ import annotations

from pathlib import Path

from magtui.commands.output import complain
from magtui.content import ContentError, load_content
from magtui.domain.clock import system_clock
from magtui.domain.themes import ThemeName
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore


def launch_app(data_dir: Path, theme: ThemeName | None) -> int:
    try:
        content = load_content()
    except ContentError as error:
        complain(str(error))
        return 1
    settings_store = SettingsStore(data_dir)
    try:
        settings = settings_store.load()
        if theme is not None and theme is not settings.theme:
            settings = settings.model_copy(update={"theme": theme})
            settings_store.save(settings)
        journal = Journal(data_dir)
        journal.latest_zone()
    except StorageError as error:
        complain(str(error))
        return 1
    from magtui.ui.app import create_app

    app = create_app(
        settings=settings,
        settings_store=settings_store,
        journal=journal,
        content=content,
        clock=system_clock,
    )
    app.run()
    return app.return_code or 0
