"""A product the journal has never seen, outside Green: the seed's caution, and a second key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from magtui.ui.kit.base import CalmScreen
from magtui.ui.pages.cautions import first_time_use
from magtui.ui.widgets.blocks import labelled


class FirstTimeScreen(CalmScreen[bool]):
    """Enter does not go on here: only `y` does (answering True), so a first trial is always a
    choice."""

    TITLE = "First-time use"
    BINDINGS = [
        Binding("y", "go_on", "Use it anyway", id="go-on"),
        Binding("enter", "back", "Choose another", id="choose-another"),
    ]

    def __init__(self, product: str) -> None:
        super().__init__()
        self.product = product

    def compose_body(self) -> ComposeResult:
        yield Static(
            Content.assemble("Your journal has no entry for ", (self.product, "bold"), "."),
            classes="question",
        )
        yield labelled([first_time_use(self.shell.session.guidance.topical)])

    def action_go_on(self) -> None:
        self.dismiss(True)
