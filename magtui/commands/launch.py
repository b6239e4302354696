"""Opens the full-screen app, and builds it for the command line and for every test.

On an ordinary day the check-in is drawn from a quick standard-library read, and the guidance,
settings and journal are validated in the background straight after; a failure there still ends
the app with one sentence before any choice is acted on. The first start, a --theme change or
anything unusual takes the careful path: validate everything, then draw.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from magtui.assets import default_assets_dir
from magtui.commands.output import complain
from magtui.domain.clock import Clock, system_clock
from magtui.domain.first_look import FirstLook
from magtui.domain.themes import ThemeName
from magtui.storage.first_look import read_first_look

if TYPE_CHECKING:
    from magtui.domain.guidance import Guidance
    from magtui.domain.opening import Opening
    from magtui.domain.settings import Settings
    from magtui.session import Services
    from magtui.storage.journal import Journal
    from magtui.storage.settings_store import SettingsStore
    from magtui.ui.app import MagApp


def create_app(
    *,
    settings: Settings,
    settings_store: SettingsStore,
    journal: Journal,
    guidance: Guidance,
    clock: Clock,
    time_scale: float = 1.0,
    opening: Opening | None = None,
) -> MagApp:
    """The app with everything loaded up front: every test, and the careful start."""
    from magtui.session import Services, Session, first_look_of
    from magtui.storage.guided_store import GuidedStore
    from magtui.ui.app import MagApp

    services = Services(guidance, settings, settings_store, journal, GuidedStore(journal.data_dir))
    session = Session(first_look_of(services), clock, services, time_scale=time_scale)
    return MagApp(session, opening=opening)


def create_fast_app(
    first_look: FirstLook,
    clock: Clock,
    load_services: Callable[[], Services],
    time_scale: float = 1.0,
) -> MagApp:
    """The app drawn from a quick read; `load_services` validates everything after first paint."""
    from magtui.session import Session
    from magtui.ui.app import MagApp

    return MagApp(Session(first_look, clock, time_scale=time_scale), load_services)


def launch_app(
    data_dir: Path,
    theme: ThemeName | None,
    opening: Opening | None = None,
    time_scale: float = 1.0,
) -> int:
    """A session opening takes the careful path: its first screen needs the guidance."""
    careful = theme is not None or opening is not None
    first_look = None if careful else read_first_look(default_assets_dir(), data_dir)
    if first_look is None or first_look.needs_disclaimer:
        return _launch_carefully(data_dir, theme, opening, time_scale)
    app = create_fast_app(first_look, system_clock, lambda: load_services(data_dir), time_scale)
    return _run(app)


def load_services(data_dir: Path, theme: ThemeName | None = None) -> Services:
    """Guidance, settings and journal, validated; `StartupFailed` carries one sentence."""
    from magtui.content import ContentError, load_content
    from magtui.session import Services, StartupFailed
    from magtui.storage.files import StorageError
    from magtui.storage.guided_store import GuidedStore
    from magtui.storage.journal import Journal
    from magtui.storage.settings_store import SettingsStore

    try:
        guidance = load_content()
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
    return Services(guidance, settings, settings_store, journal, GuidedStore(data_dir))


def _launch_carefully(
    data_dir: Path, theme: ThemeName | None, opening: Opening | None, time_scale: float
) -> int:
    """The app on everything already checked in the foreground: a failure before the first screen
    is one sentence and status 1, never a half-drawn screen."""
    from magtui.session import Session, StartupFailed, first_look_of
    from magtui.ui.app import MagApp

    try:
        services = load_services(data_dir, theme)
    except StartupFailed as error:
        complain(str(error))
        return 1
    session = Session(first_look_of(services), system_clock, services, time_scale=time_scale)
    return _run(MagApp(session, opening=opening))


def _run(app: MagApp) -> int:
    """Keyboard only: no mouse reporting, so moving the mouse never makes the screen redraw."""
    app.run(mouse=False)
    if app.startup_error:
        complain(app.startup_error)
    if app.stopped_by is not None:
        from magtui.commands.stopping import stopped

        return stopped(app.stopped_by, session_kept=app.session.guiding.current is not None)
    return app.return_code or 0
