"""The seed's disclaimer, shown once before anything else, and one key to acknowledge."""

from __future__ import annotations

from textual.app import ComposeResult

from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.pages.disclaimer import disclaimer_blocks


class DisclaimerScreen(CalmScreen):
    """First start only; afterwards the same text opens the guide."""

    QUICK_LOG = False

    BINDINGS = [binding("understood", "understood")]

    def __init__(self) -> None:
        super().__init__()
        self.title = self.shell.session.guidance.disclaimer.title

    def compose_body(self) -> ComposeResult:
        yield from disclaimer_blocks(self.shell.session.guidance.disclaimer)

    def can_go_back(self) -> bool:
        """At first start there is nothing behind the disclaimer to go back to."""
        return False

    def action_understood(self) -> None:
        self.shell.session.acknowledge_disclaimer()
        self.dismiss()
