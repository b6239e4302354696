"""The seed's cautions and avoid-if list, the same wherever they are shown."""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget

from magtui.domain.guidance import TopicalFile
from magtui.domain.zones import Zone
from magtui.ui.widgets.blocks import bullets, definitions, heading

FIRST_TIME_ZONES = frozenset({Zone.YELLOW, Zone.RED})
"""Where the seed's first-time caution applies: 'wait until Green or stable Yellow Zone'."""


def first_time_use(topical: TopicalFile) -> tuple[str, str]:
    """The seed's first-time caution as a label and its sentence."""
    caution = topical.first_time_use
    return caution.situation, f"{caution.why}."


def cautions_and_avoid_if(topical: TopicalFile) -> Iterator[Widget]:
    yield heading("When to be cautious")
    yield definitions((c.situation, c.why) for c in topical.cautions)
    yield heading("Avoid if")
    yield bullets(topical.avoid_if)
