"""How to use one topical method: the seed's tip a sentence a line, then its cautions."""

from __future__ import annotations

from textual.app import ComposeResult

from magtui.domain.guidance import Method
from magtui.domain.zones import Zone
from magtui.ui.kit.base import CalmScreen
from magtui.ui.pages.cautions import cautions_and_avoid_if
from magtui.ui.widgets.blocks import heading, numbered


class MethodScreen(CalmScreen):
    """Read-only: the steps, then when to be cautious, then when to avoid it altogether."""

    def __init__(self, method: Method, zone: Zone) -> None:
        super().__init__()
        self.method = method
        self.zone = zone
        self.title = method.name

    def compose_body(self) -> ComposeResult:
        topical = self.shell.session.guidance.topical
        yield heading(topical.methods_heading)
        yield numbered(self.method.steps)
        yield from cautions_and_avoid_if(topical)
