"""A product the journal has never seen, outside Green: the seed's caution, and a second key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.pages.cautions import first_time_use
from magtui.ui.widgets.blocks import labelled
from magtui.ui.widgets.text import assemble, plain


class FirstTimeScreen(CalmScreen[bool]):
    """Enter does not go on here: only `y` does (answering True), so a first trial is always a
    choice."""

    TITLE = "First-time use"
    SAFETY_QUESTION = True
    BINDINGS = [
        binding("use-anyway", "go_on"),
        binding("choose-another", "back"),
    ]

    def __init__(self, product: str) -> None:
        super().__init__()
        self.product = product

    def compose_body(self) -> ComposeResult:
        """What the journal knows of the product, then the seed's first-time caution."""
        said = (
            assemble("Your journal has no entry for ", (self.product, "bold"), ".")
            if self.product
            else plain("Unnamed, so your journal cannot tell whether it is new to you.")
        )
        yield Static(said, classes="question")
        yield labelled([first_time_use(self.shell.session.guidance.topical)])

    def action_go_on(self) -> None:
        if self.read_to_the_end("y"):
            self.dismiss(True)
