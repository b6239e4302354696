"""Pick how the app looks; remembered for next time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from magtui.domain.themes import ThemeName
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.choice import ChoiceRow

THEME_ORDER = list(ThemeName)


class ThemeScreen(CalmScreen):
    """Four choices, a number each; the change shows at once, Escape goes back."""

    TITLE_TEXT = "Theme"
    BINDINGS = [
        Binding("1", "choose(1)", "Choose", key_display="1–4", id="theme-1"),
        Binding("2", "choose(2)", "", show=False, id="theme-2"),
        Binding("3", "choose(3)", "", show=False, id="theme-3"),
        Binding("4", "choose(4)", "", show=False, id="theme-4"),
    ]

    def compose_body(self) -> ComposeResult:
        yield Static(Content("How should magtui look?"), classes="question")
        current = self.magapp.services.settings.theme
        for number, theme in enumerate(THEME_ORDER, 1):
            marker = " (now)" if theme is current else ""
            yield ChoiceRow(str(number), theme.value, f"{theme.description}{marker}")

    def action_choose(self, number: int) -> None:
        self.magapp.choose_theme(THEME_ORDER[number - 1])
        self.app.pop_screen()
