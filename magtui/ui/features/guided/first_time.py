"""A product the journal has never seen, outside Green: the seed's caution, and a second key."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Static

from magtui.ui.kit.base import CalmScreen
from magtui.ui.pages.cautions import first_time_use
from magtui.ui.widgets.blocks import labelled


class FirstTimeScreen(CalmScreen):
    """Enter does not go on here: only `y` does, so a first trial is always a choice."""

    TITLE = "First-time use"
    BINDINGS = [
        Binding("y", "go_on", "Use it anyway", id="go-on"),
        Binding("enter", "back", "Choose another", id="choose-another"),
    ]

    def __init__(self, product: str, go_on: Callable[[str], Awaitable[None]]) -> None:
        super().__init__()
        self.product = product
        self.go_on = go_on

    def compose_body(self) -> ComposeResult:
        yield Static(
            Content.assemble("Your journal has no entry for ", (self.product, "bold"), "."),
            classes="question",
        )
        yield labelled([first_time_use(self.shell.session.guidance.topical)])

    async def action_go_on(self) -> None:
        self.app.pop_screen()
        await self.go_on(self.product)
