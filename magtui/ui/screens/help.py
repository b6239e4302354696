"""`?` on any screen: every key that works on the screen you came from, and what it does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll

from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.blocks import heading, paragraph
from magtui.ui.widgets.choice import ChoiceRow


class HelpScreen(CalmScreen):
    """A plain list; Escape returns to exactly where you were."""

    TITLE_TEXT = "Help"

    def __init__(self, screen_title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.screen_title = screen_title
        self.keys = keys

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="reading"):
            yield heading(f"Keys on “{self.screen_title}”")
            for key, description in self.keys:
                yield ChoiceRow(key, description, key_width=24, name_width=36)
            yield paragraph("No mouse is needed. Escape always goes back; q quits from anywhere.")
