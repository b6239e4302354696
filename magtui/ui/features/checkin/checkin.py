"""'How is your body right now?': one key per zone, and Enter keeps the zone you are in."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.domain.zones import Zone, ZoneNow
from magtui.ui.keys import KEYS, binding
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.themes import zone_style
from magtui.ui.widgets.choice import Choice
from magtui.ui.widgets.text import plain

ZONE_KEYS = {zone: KEYS[zone.value].press for zone in Zone}
"""g, y and r: the zones' own initials, from the key table."""


class CheckInScreen(ChoiceScreen):
    """Shown at every start, and from the zone home with `z`."""

    TITLE = "Check-in"
    BINDINGS = [
        *(binding(zone.value, f"choose('{zone.value}')") for zone in ZONE_KEYS),
        binding("pick", "pick"),
    ]

    def choices(self) -> list[Choice]:
        meanings = self.shell.session.first_look.zone_meanings
        return [
            Choice(key, zone.label, meanings[zone], zone.value, zone_style(zone))
            for zone, key in ZONE_KEYS.items()
        ]

    def default_choice(self) -> int | None:
        """The zone you are in, so Enter keeps it; none before the first check-in."""
        zone = self.shell.session.zone
        return None if zone is None else list(ZONE_KEYS).index(zone)

    def compose_body(self) -> ComposeResult:
        yield Static(plain("How is your body right now?"), classes="question")
        yield from self.compose_choices()
        yield Static(id="now")

    def on_mount(self) -> None:
        self.watch(self.shell, "zone_now", self._zone_changed)

    def _zone_changed(self, zone_now: ZoneNow | None) -> None:
        """A zone set elsewhere is shown here, and becomes the one Escape keeps."""
        session = self.shell.session
        text = f"Now: {session.zone_status()}." if zone_now else "No zone set yet. Press g, y or r."
        self.query_one("#now", Static).update(plain(text))
        self.refresh_bindings()

    def can_go_back(self) -> bool:
        """Going back keeps the zone, so it needs one to keep."""
        return self.shell.session.zone is not None

    def action_back(self) -> None:
        self._leave()

    async def choose(self, value: str) -> None:
        if await self.shell.ready():
            self.shell.session.set_zone(Zone(value))
            self._leave()

    def _leave(self) -> None:
        """At start-up the zone home takes the check-in's place; later, go back to it."""
        if len(self.app.screen_stack) <= 2:
            self.app.switch_screen(self.shell.routes.home())
        else:
            self.dismiss()
