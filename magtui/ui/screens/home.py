"""The zone home: what is safe in this zone, gentlest first, each one key away."""

from __future__ import annotations

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from magtui.domain.content import Method
from magtui.domain.zones import Zone
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.choice import ChoiceRow

FIRST_TIME_ZONES = (Zone.YELLOW, Zone.RED)


class HomeScreen(CalmScreen):
    """Redrawn whenever the zone changes; nothing else on it changes by itself."""

    TITLE_TEXT = "Zone home"
    BINDINGS = [
        Binding("1", "method(1)", "How to use", key_display="1–4", id="method-1"),
        Binding("2", "method(2)", "", show=False, id="method-2"),
        Binding("3", "method(3)", "", show=False, id="method-3"),
        Binding("4", "method(4)", "", show=False, id="method-4"),
        Binding("enter", "method(1)", "How to use the gentlest", show=False, id="gentlest"),
        Binding("z", "check_in", "Change zone", id="zone"),
        Binding("g", "guide", "Guide", id="guide"),
        Binding("t", "themes", "Theme", id="theme"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._drawn_zone: Zone | None = None

    def methods(self) -> list[Method]:
        """The four topical methods in this zone's gentlest-first order."""
        zone = self._zone()
        content = self.magapp.content
        return [content.topical.method(m) for m in content.zones.zone(zone).method_order]

    def _zone(self) -> Zone:
        current = self.magapp.current_zone
        return current.zone if current else Zone.RED

    def compose_body(self) -> ComposeResult:
        zone = self._zone()
        self._drawn_zone = zone
        info = self.magapp.content.zones.zone(zone)
        yield Static(
            Content.assemble(
                (f"{zone.label} zone", f"bold $zone-{zone.value}"), f" · {info.meaning}"
            ),
            id="zone-line",
        )
        yield Static(
            Content(f"Safe in {zone.label}, gentlest first (Enter opens 1):"), classes="heading"
        )
        for number, method in enumerate(self.methods(), 1):
            yield ChoiceRow(str(number), method.name, method.hint)
        yield Static(
            Content.assemble(("Capsules: ", "bold"), info.capsule_advice), classes="paragraph"
        )
        if zone in FIRST_TIME_ZONES:
            first_time = self.magapp.content.topical.cautions[0]
            yield Static(
                Content.assemble((f"{first_time.situation}: ", "bold"), f"{first_time.why}."),
                classes="paragraph",
            )

    def journal_changed(self) -> None:
        self.refresh_bars()
        self.call_later(self._redraw_for_a_new_zone)

    @on(events.ScreenResume)
    async def _redraw_for_a_new_zone(self) -> None:
        if self._drawn_zone is not None and self._drawn_zone is not self._zone():
            await self.recompose()
            self.refresh_bars()

    def action_method(self, number: int) -> None:
        from magtui.ui.screens.method import MethodScreen

        self.app.push_screen(MethodScreen(self.methods()[number - 1], self._zone()))

    def action_check_in(self) -> None:
        from magtui.ui.screens.checkin import CheckInScreen

        self.app.push_screen(CheckInScreen())

    def action_guide(self) -> None:
        from magtui.ui.screens.guide import GuideScreen

        self.app.push_screen(GuideScreen())

    def action_themes(self) -> None:
        from magtui.ui.screens.themes import ThemeScreen

        self.app.push_screen(ThemeScreen())
