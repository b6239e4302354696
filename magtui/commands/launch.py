"""Opens the full-screen app.

On an ordinary day the check-in is drawn from a quick standard-library read, and the guidance,
settings and journal are validated in the background straight after; a failure there still ends
the app with one sentence before any choice is acted on. The first start, a --theme change or
anything unusual takes the careful path: validate everything, then draw.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from magtui.assets import default_assets_dir
from magtui.commands.output import complain
from magtui.domain.clock import system_clock
from magtui.domain.themes import ThemeName
from magtui.first_look import read_first_look

if TYPE_CHECKING:
    from magtui.ui.app import Services


def launch_app(data_dir: Path, theme: ThemeName | None) -> int:
    first_look = None if theme else read_first_look(default_assets_dir(), data_dir)
    if first_look is None or first_look.needs_disclaimer:
        return _launch_carefully(data_dir, theme)
    from magtui.ui.app import create_fast_app

    app = create_fast_app(first_look, system_clock, lambda: load_services(data_dir))
    app.run()
    if app.startup_error:
        complain(app.startup_error)
    return app.return_code or 0


def load_services(data_dir: Path, theme: ThemeName | None = None) -> Services:
    """Guidance, settings and journal, validated; `StartupFailed` carries one sentence."""
    from magtui.content import ContentError, load_content
    from magtui.storage.files import StorageError
    from magtui.storage.journal import Journal
    from magtui.storage.settings_store import SettingsStore
    from magtui.ui.app import Services, StartupFailed

    try:
        content = load_content()
        settings_store = SettingsStore(data_dir)
        settings = settings_store.load()
        if theme is not None and theme is not settings.theme:
            settings = settings.model_copy(update={"theme": theme})
            settings_store.save(settings)
        journal = Journal(data_dir)
        journal.tidy()
        journal.has_changed()
        journal.latest_zone()
    except (ContentError, StorageError) as error:
        raise StartupFailed(str(error)) from None
    return Services(settings, settings_store, journal, content)


def _launch_carefully(data_dir: Path, theme: ThemeName | None) -> int:
    from magtui.ui.app import MagApp, StartupFailed, first_look_of

    try:
        services = load_services(data_dir, theme)
    except StartupFailed as error:
        complain(str(error))
        return 1
    app = MagApp(first_look_of(services), system_clock, services=services)
    app.run()
    return app.return_code or 0
