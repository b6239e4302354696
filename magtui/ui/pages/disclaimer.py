"""The seed's disclaimer, in its own order, for the first start and the guide."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget

from magtui.domain.guidance import DisclaimerFile
from magtui.ui.widgets.blocks import bullets, paragraph


def disclaimer_blocks(disclaimer: DisclaimerFile) -> Iterator[Widget]:
    """The disclaimer as the seed writes it: its opening, when to consult, its closing."""
    for text in disclaimer.opening:
        yield paragraph(text)
    yield paragraph(disclaimer.consult_before_heading)
    yield bullets(disclaimer.consult_before)
    for text in disclaimer.closing:
        yield paragraph(text)
