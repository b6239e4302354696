"""`?` on any screen: every key that works on the screen you came from, and what it does."""

from __future__ import annotations

from textual.app import ComposeResult

from magtui.ui.kit.base import CalmScreen
from magtui.ui.widgets.blocks import heading, labelled, paragraph


class HelpScreen(CalmScreen):
    """A plain list; Escape returns to exactly where you were."""

    QUICK_LOG = False

    TITLE = "Help"

    def __init__(self, screen_title: str, keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.screen_title = screen_title
        self.keys = keys

    def compose_body(self) -> ComposeResult:
        yield heading(f"Keys on “{self.screen_title}”")
        yield labelled(self.keys)
        yield paragraph("No mouse is needed. Capital letters work like small ones.")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "help":
            return False
        return super().check_action(action, parameters)
