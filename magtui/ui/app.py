"""The app: holds what the screens share and knows nothing of how they are drawn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.worker import Worker, WorkerFailed

from magtui.domain.clock import Clock
from magtui.domain.first_look import FirstLook
from magtui.domain.themes import ThemeName
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone, ZoneNow
from magtui.ui.themes import CUSTOM_VARIABLES, THEMES

if TYPE_CHECKING:
    from magtui.domain.content import Content
    from magtui.domain.settings import Settings
    from magtui.storage.journal import Journal
    from magtui.storage.settings_store import SettingsStore

NO_COLOR_AS_TEXT = ("key", "heading", "zone-green", "zone-yellow", "zone-red", "scrollbar")
NO_COLOR_AS_BACKGROUND = ("title-background",)
JOURNAL_CHECK_SECONDS = 2.0
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "question_mark": "?"}


class StartupFailed(Exception):
    """Loading the guidance or the data folder failed; the message is one sentence to show."""


@dataclass
class Services:
    """Everything the app needs from outside, handed in so tests can hand in their own."""

    settings: Settings
    settings_store: SettingsStore
    journal: Journal
    content: Content


class MagApp(App[int]):
    """Full-screen magtui. Nothing moves, nothing beeps, every key is shown."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "magtui"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(
        self,
        first_look: FirstLook,
        clock: Clock,
        *,
        services: Services | None = None,
        load_services: Callable[[], Services] | None = None,
    ) -> None:
        super().__init__()
        self.first_look = first_look
        self.clock = clock
        self._services = services
        self._load_services = load_services
        self._loader: Worker[Services] | None = None
        self.startup_error: str | None = None
        self.animation_level = "none"
        for theme in THEMES.values():
            self.register_theme(theme)
        self._apply_first_theme(first_look.theme)
        self.current_zone: ZoneNow | None = first_look.zone_now
        self.problem: str | None = services.journal.notice if services else None

    def _apply_first_theme(self, name: ThemeName) -> None:
        """Apply the theme before the first style pass rather than restyling everything after.

        Setting `theme` runs a watcher that re-parses all CSS once the app is mounted, which
        cost the first screen a fifth of its start-up. The terminal theme still goes through
        it, as its watcher also switches Textual's handling of the terminal's own colours.
        """
        theme = THEMES[name]
        if theme.ansi:
            self.theme = theme.name
            return
        self.set_reactive(App.theme, theme.name)
        self.stylesheet.set_variables(self.get_css_variables())
        self.set_class(theme.dark, "-dark-mode")
        self.set_class(not theme.dark, "-light-mode")

    @property
    def services(self) -> Services:
        """Loaded before any screen but the check-in is shown; actions await `ready()` first."""
        assert self._services is not None, "services are used before they were loaded"
        return self._services

    @property
    def content(self) -> Content:
        return self.services.content

    async def ready(self) -> bool:
        """Wait for the background load (a fraction of a second after the first paint).

        False means loading failed: the app is already closing with one sentence to show.
        """
        if self._services is not None:
            return True
        if self._loader is None:
            self._start_loading()
        assert self._loader is not None
        try:
            self._accept(await self._loader.wait())
        except WorkerFailed:
            return False
        return True

    def _accept(self, services: Services) -> None:
        """Loaded services arrive either through `ready()` or the worker's finish message."""
        if self._services is None:
            self._services = services
            self.problem = services.journal.notice

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Custom variables must exist before any theme is applied, or the CSS will not parse."""
        return {name: "ansi_default" for name in CUSTOM_VARIABLES}

    def get_css_variables(self) -> dict[str, str]:
        """With NO_COLOR every accent becomes the plain text colour, so grey never fades text."""
        variables = super().get_css_variables()
        if self.no_color:
            foreground, background = variables["foreground"], variables["background"]
            for name in NO_COLOR_AS_TEXT:
                variables[name] = foreground
            for name in NO_COLOR_AS_BACKGROUND:
                variables[name] = background
            variables["block-cursor-background"] = foreground
            variables["block-cursor-foreground"] = background
        return variables

    def get_key_display(self, binding: Binding) -> str:
        """Key names spelled out as printed on the keyboard, not as symbols."""
        return KEY_NAMES.get(binding.key, super().get_key_display(binding))

    def bell(self) -> None:
        """Silent: sound is never made unless a person turns a cue on."""

    def on_mount(self) -> None:
        from magtui.ui.screens.checkin import CheckInScreen

        self.push_screen(CheckInScreen())
        if self.first_look.needs_disclaimer:
            from magtui.ui.screens.disclaimer import DisclaimerScreen

            self.push_screen(DisclaimerScreen())
        if self._services is None:
            self.call_after_refresh(self._start_loading)
        self.set_interval(JOURNAL_CHECK_SECONDS, self._notice_outside_writes)

    def _notice_outside_writes(self) -> None:
        """Pick up a zone set by `magtui zone` or `magtui log` in another terminal.

        One `stat` every few seconds; nothing is redrawn unless the zone or a notice changed.
        """
        if self._services is None or not self._services.journal.has_changed():
            return
        journal = self._services.journal
        latest = journal.latest_zone()
        zone_now = ZoneNow(latest.zone, latest.at) if latest else None
        problem = self.problem or journal.notice
        if zone_now == self.current_zone and problem == self.problem:
            return
        self.current_zone = zone_now
        self.problem = problem
        from magtui.ui.screens.base import CalmScreen

        if isinstance(self.screen, CalmScreen):
            self.screen.journal_changed()

    def _start_loading(self) -> None:
        if self._loader is not None or self._services is not None:
            return
        assert self._load_services is not None
        self._loader = self.run_worker(
            self._load_services, thread=True, exit_on_error=False, name="load"
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker is not self._loader:
            return
        if event.worker.error is not None:
            error = event.worker.error
            self.startup_error = str(error) if isinstance(error, StartupFailed) else repr(error)
            self.exit(return_code=1)
        elif event.worker.is_finished and event.worker.result is not None:
            self._accept(event.worker.result)

    def leave_check_in(self) -> None:
        """At start-up the zone home takes the check-in's place; later, go back to it.

        The home is only built once the check-in is answered, so the first screen shows sooner.
        """
        from magtui.ui.screens.home import HomeScreen

        if len(self.screen_stack) <= 2:
            self.switch_screen(HomeScreen())
        else:
            self.pop_screen()

    def zone_status(self) -> str:
        """'Red zone · set today at 14:02', or a prompt before the first check-in."""
        if self.current_zone is None:
            return "No zone set yet"
        when = describe_when(self.current_zone.at, self.clock())
        return f"{self.current_zone.zone.label} zone · set {when}"

    async def set_zone(self, zone: Zone) -> None:
        """Record a change of zone; choosing the zone you are already in records nothing."""
        if self.current_zone is not None and self.current_zone.zone is zone:
            return
        from magtui.domain.entries import ZoneCheckIn
        from magtui.domain.ids import new_entry_id
        from magtui.storage.files import StorageError

        if not await self.ready():
            return
        services = self.services
        now = self.clock()
        check_in = ZoneCheckIn(id=new_entry_id(now), at=now, logged_at=now, zone=zone)
        try:
            services.journal.add(check_in)
        except StorageError as error:
            self.problem = str(error)
        self.current_zone = ZoneNow(zone, now)

    def acknowledge_disclaimer(self) -> None:
        version = self.content.disclaimer.version
        self._save_settings(self.services.settings.model_copy(update={"disclaimer_seen": version}))

    def choose_theme(self, theme: ThemeName) -> None:
        self.theme = theme.value
        self._save_settings(self.services.settings.model_copy(update={"theme": theme}))

    def _save_settings(self, settings: Settings) -> None:
        from magtui.storage.files import StorageError

        self.services.settings = settings
        try:
            self.services.settings_store.save(settings)
        except StorageError as error:
            self.problem = str(error)

    def action_help(self) -> None:
        from magtui.ui.screens.base import CalmScreen
        from magtui.ui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen) or not isinstance(screen, CalmScreen):
            return
        self.push_screen(HelpScreen(screen.TITLE_TEXT, screen.all_keys()))


def first_look_of(services: Services) -> FirstLook:
    """The first screen's data taken from fully loaded services (tests, and the slow path)."""
    latest = services.journal.latest_zone()
    content = services.content
    return FirstLook(
        zone_meanings={zone: content.zones.zone(zone).meaning for zone in Zone},
        zone_now=ZoneNow(latest.zone, latest.at) if latest else None,
        theme=services.settings.theme,
        needs_disclaimer=services.settings.disclaimer_seen < content.disclaimer.version,
    )


def create_app(
    *,
    settings: Settings,
    settings_store: SettingsStore,
    journal: Journal,
    content: Content,
    clock: Clock,
) -> MagApp:
    """The app with everything loaded up front, used by every test and the careful start."""
    services = Services(settings, settings_store, journal, content)
    return MagApp(first_look_of(services), clock, services=services)


def create_fast_app(
    first_look: FirstLook, clock: Clock, load_services: Callable[[], Services]
) -> MagApp:
    """The app drawn from a quick read; `load_services` validates everything after first paint."""
    return MagApp(first_look, clock, load_services=load_services)
