"""How to use one topical method, with the cautions that apply, in the seed's words."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll

from magtui.domain.content import Method
from magtui.domain.zones import Zone
from magtui.ui.screens.base import CalmScreen
from magtui.ui.widgets.blocks import bullets, definitions, heading, numbered, paragraph


class MethodScreen(CalmScreen):
    """Read-only: the steps, then when to be cautious, then when to avoid it altogether."""

    def __init__(self, method: Method, zone: Zone) -> None:
        super().__init__()
        self.method = method
        self.zone = zone
        self.TITLE_TEXT = method.name

    def compose_body(self) -> ComposeResult:
        topical = self.magapp.content.topical
        with VerticalScroll(id="reading"):
            yield heading(f"How to use it in the {self.zone.label} zone")
            yield numbered(self.method.steps)
            if self.zone is not Zone.GREEN:
                first = topical.cautions[0]
                yield paragraph(f"{first.situation}: {first.why}.")
            yield heading("When to be cautious")
            yield definitions((c.situation, c.why) for c in topical.cautions)
            yield heading("Avoid if")
            yield bullets(topical.avoid_if)
