"""The app: holds what the screens share and knows nothing of how they are drawn."""

from __future__ import annotations

from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding

from magtui.domain.clock import Clock
from magtui.domain.content import Content
from magtui.domain.entries import ZoneCheckIn
from magtui.domain.ids import new_entry_id
from magtui.domain.settings import Settings
from magtui.domain.themes import ThemeName
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal
from magtui.storage.settings_store import SettingsStore
from magtui.ui.themes import CUSTOM_VARIABLES, THEMES

NO_COLOR_AS_TEXT = ("key", "heading", "zone-green", "zone-yellow", "zone-red", "scrollbar")
NO_COLOR_AS_BACKGROUND = ("title-background",)
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "question_mark": "?"}


@dataclass
class Services:
    """Everything the app needs from outside, handed in so tests can hand in their own."""

    settings: Settings
    settings_store: SettingsStore
    journal: Journal
    content: Content
    clock: Clock


class MagApp(App[int]):
    """Full-screen magtui. Nothing moves, nothing beeps, every key is shown."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "magtui"
    BINDINGS = [
        Binding("question_mark", "help", "Help", key_display="?", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.animation_level = "none"
        for theme in THEMES.values():
            self.register_theme(theme)
        self.theme = services.settings.theme.value
        self.current_zone: ZoneCheckIn | None = services.journal.latest_zone()
        self.problem: str | None = services.journal.notice

    @property
    def content(self) -> Content:
        return self.services.content

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Custom variables must exist before any theme is applied, or the CSS will not parse."""
        return {name: "ansi_default" for name in CUSTOM_VARIABLES}

    def get_key_display(self, binding: Binding) -> str:
        """Key names spelled out as printed on the keyboard, not as symbols."""
        return KEY_NAMES.get(binding.key, super().get_key_display(binding))

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

    def bell(self) -> None:
        """Silent: sound is never made unless a person turns a cue on."""

    def on_mount(self) -> None:
        from magtui.ui.screens.checkin import CheckInScreen
        from magtui.ui.screens.disclaimer import DisclaimerScreen

        self.push_screen(CheckInScreen())
        if self.services.settings.disclaimer_seen < self.content.disclaimer.version:
            self.push_screen(DisclaimerScreen())

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
        when = describe_when(self.current_zone.at, self.services.clock())
        return f"{self.current_zone.zone.label} zone · set {when}"

    def set_zone(self, zone: Zone) -> None:
        """Record a change of zone; choosing the zone you are already in records nothing."""
        if self.current_zone is not None and self.current_zone.zone is zone:
            return
        now = self.services.clock()
        check_in = ZoneCheckIn(id=new_entry_id(now), at=now, zone=zone)
        try:
            self.services.journal.record_zone(check_in)
        except StorageError as error:
            self.problem = str(error)
        self.current_zone = check_in

    def acknowledge_disclaimer(self) -> None:
        version = self.content.disclaimer.version
        self._save_settings(self.services.settings.model_copy(update={"disclaimer_seen": version}))

    def choose_theme(self, theme: ThemeName) -> None:
        self.theme = theme.value
        self._save_settings(self.services.settings.model_copy(update={"theme": theme}))

    def _save_settings(self, settings: Settings) -> None:
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


def create_app(
    *,
    settings: Settings,
    settings_store: SettingsStore,
    journal: Journal,
    content: Content,
    clock: Clock,
) -> MagApp:
    """The one way to build the app, used by the command line and by every test."""
    return MagApp(Services(settings, settings_store, journal, content, clock))
