"""'How is your body right now?': one key per zone, Enter keeps the last one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from magtui.domain.zones import Zone
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.choice import ChoiceRow

ZONE_KEYS = {Zone.GREEN: "g", Zone.YELLOW: "y", Zone.RED: "r"}


class CheckInScreen(CalmScreen):
    """Shown at every start, and from the zone home with `z`."""

    TITLE_TEXT = "Check-in"
    BINDINGS = [
        Binding("g", "choose('green')", "Green", id="green"),
        Binding("y", "choose('yellow')", "Yellow", id="yellow"),
        Binding("r", "choose('red')", "Red", id="red"),
        Binding("enter", "keep", "Keep", id="keep"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(Content("How is your body right now?"), classes="question")
        for zone, key in ZONE_KEYS.items():
            meaning = self.magapp.first_look.zone_meanings[zone]
            yield ChoiceRow(
                key, zone.label, meaning, name_width=9, name_style=f"$zone-{zone.value}"
            )
        yield Static(Content(self._keep_hint()), id="keep-hint")

    def _keep_hint(self) -> str:
        current = self.magapp.current_zone
        if current is None:
            return "No zone set yet. Press g, y or r."
        return f"Now: {self.magapp.zone_status()}. Enter keeps it."

    def journal_changed(self) -> None:
        """A zone set elsewhere becomes the one Enter keeps, and Enter appears if it was hidden."""
        self.query_one("#keep-hint", Static).update(Content(self._keep_hint()))
        self.refresh_bindings()
        self.refresh_bars()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "keep":
            return self.magapp.current_zone is not None
        return super().check_action(action, parameters)

    def can_go_back(self) -> bool:
        """Going back keeps the zone, so it needs one to keep."""
        return self.magapp.current_zone is not None

    async def action_back(self) -> None:
        await self.action_keep()

    async def action_choose(self, zone_name: str) -> None:
        if await self.magapp.ready():
            await self.magapp.set_zone(Zone(zone_name))
            self.magapp.leave_check_in()

    async def action_keep(self) -> None:
        if self.magapp.current_zone is not None and await self.magapp.ready():
            self.magapp.leave_check_in()
