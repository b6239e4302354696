"""The seed's disclaimer, shown once before anything else and one key to acknowledge."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll

from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.blocks import bullets, paragraph

if TYPE_CHECKING:
    from magtui.domain.content import DisclaimerFile


def disclaimer_blocks(disclaimer: DisclaimerFile) -> ComposeResult:
    """The disclaimer in the seed's own order; also used by the guide."""
    for text in disclaimer.opening:
        yield paragraph(text)
    yield paragraph(disclaimer.consult_before_heading)
    yield bullets(disclaimer.consult_before)
    for text in disclaimer.closing:
        yield paragraph(text)


class DisclaimerScreen(CalmScreen):
    """First start only; afterwards the same text is in the guide."""

    TITLE_TEXT = "Before you start: disclaimer"
    BINDINGS = [Binding("enter", "understood", "I understand, continue", id="understood")]

    def compose_body(self) -> ComposeResult:
        with VerticalScroll(id="reading"):
            yield from disclaimer_blocks(self.magapp.content.disclaimer)

    def can_go_back(self) -> bool:
        """At first start there is nothing behind the disclaimer to go back to."""
        return False

    def action_understood(self) -> None:
        self.magapp.acknowledge_disclaimer()
        self.app.pop_screen()
