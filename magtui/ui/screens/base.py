"""What every screen shares: a title line, a body, and a key line listing every key that works."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from magtui.ui.widgets.bars import KeyBar, TitleBar

if TYPE_CHECKING:
    from magtui.ui.app import MagApp


SHARED_KEY_IDS = frozenset({"back", "help", "quit"})


class CalmScreen(Screen[None]):
    """A full screen (never a see-through overlay) with Escape going back."""

    BINDINGS = [Binding("escape", "back", "Back", id="back")]
    TITLE_TEXT = ""

    @property
    def magapp(self) -> MagApp:
        from magtui.ui.app import MagApp

        assert isinstance(self.app, MagApp)
        return self.app

    def compose(self) -> ComposeResult:
        yield TitleBar(self.TITLE_TEXT, self.magapp.zone_status())
        problem = Static(Content(self.magapp.problem or ""), id="problem")
        problem.display = self.magapp.problem is not None
        yield problem
        with Vertical(id="body"):
            yield from self.compose_body()
        yield KeyBar([])

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        """A page of reading takes the arrow keys at once; nothing else is focusable."""
        for reading in self.query("#reading"):
            reading.focus()

    def shown_keys(self) -> list[tuple[str, str]]:
        """The keys shown at the bottom: this screen's first, then the app's."""
        own: list[tuple[str, str]] = []
        shared: list[tuple[str, str]] = []
        if self.query("#reading"):
            shared.append(("↑↓ PgUp PgDn", "Scroll"))
        for active in self.active_bindings.values():
            binding = active.binding
            if not binding.show or not binding.description:
                continue
            is_shared = binding.id in SHARED_KEY_IDS
            (shared if is_shared else own).append(
                (self.app.get_key_display(binding), binding.description)
            )
        return own + shared

    def all_keys(self) -> list[tuple[str, str]]:
        """magtui's keys for this screen, hidden ones included, for the help screen."""
        keys = [
            (self.app.get_key_display(active.binding), active.binding.description)
            for active in self.active_bindings.values()
            if active.binding.id and active.binding.description
        ]
        if self.query("#reading"):
            keys.append(("↑ ↓ PgUp PgDn Home End", "Scroll the page"))
        return keys

    def on_screen_resume(self) -> None:
        self.refresh_bars()

    def journal_changed(self) -> None:
        """Another magtui wrote to the journal; screens that show its data redraw."""
        self.refresh_bars()

    def refresh_bars(self) -> None:
        """Zone, keys and any problem can change while another screen was on top."""
        self.query_one(TitleBar).set_zone_text(self.magapp.zone_status())
        self.query_one(KeyBar).set_keys(self.shown_keys())
        shown = self.magapp.problem is not None
        problem = self.query_one("#problem", Static)
        if shown or problem.display:
            problem.update(Content(self.magapp.problem or ""))
        if problem.display != shown:
            problem.display = shown

    def can_go_back(self) -> bool:
        """The first screen under everything has nowhere to go back to."""
        return len(self.app.screen_stack) > 2

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "back":
            return self.can_go_back()
        return True

    async def action_back(self) -> None:
        if self.can_go_back():
            self.app.pop_screen()
