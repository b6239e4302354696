"""Still pictures of the journal: the zone of each day, reactions per product, relief by domain.

The zone strip is a week per row, a cell per day, with the zone's letter in every cell (its
colour only adds to the letter). Nothing here moves or changes unless the screen is opened again.
"""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from magtui.domain.history import History
from magtui.domain.pictures import (
    DayZone,
    per_product,
    relief_by_domain,
    weeks,
    zone_days,
    zone_totals,
)
from magtui.ui.screens.base import CalmScreen
from magtui.ui.themes import zone_style
from magtui.ui.widgets.blocks import heading, labelled, paragraph

STRIPS = (30, 90)
LEGEND = "G Green · Y Yellow · R Red · · not set"


def week_line(row: list[DayZone | None]) -> Content:
    """'19 Oct  · · G Y R R ·' with each letter in its zone's colours."""
    shown_day = next(cell for cell in row if cell is not None)[0]
    monday = shown_day - timedelta(days=shown_day.weekday())
    parts: list[Content | str] = [f"{monday.day:>2} {monday.strftime('%b')}  "]
    for cell in row:
        if cell is None:
            parts.append("  ")
        elif cell[1] is None:
            parts.append("· ")
        else:
            parts.extend([Content.styled(cell[1].label[0], zone_style(cell[1])), " "])
    return Content.assemble(*parts).rstrip()


class PicturesScreen(CalmScreen):
    TITLE = "Pictures"

    def __init__(self, history: History, complete: bool) -> None:
        super().__init__()
        self.history = history
        self.complete = complete

    def compose_body(self) -> ComposeResult:
        now = self.shell.session.clock()
        if not self.complete:
            yield paragraph("Older months are still being read; these show the newest ones.")
        for days in STRIPS:
            shown = zone_days(self.history.view, now, days)
            totals = zone_totals(shown)
            counts = [f"{z.label} {n}" for z, n in totals.items() if z and n]
            if totals[None]:
                counts.append(f"not set {totals[None]}")
            yield heading(f"Zone of each day, last {days} days")
            yield paragraph(f"Days: {', '.join(counts)}.")
            yield Static(Content("         M T W T F S S"), classes="strip")
            for row in weeks(shown):
                yield Static(week_line(row), classes="strip")
        yield paragraph(LEGEND)
        yield heading("Reactions per product, last 90 days")
        counts_by_product = per_product(self.history, now - timedelta(days=90))
        if counts_by_product:
            yield labelled(
                [
                    (count.name, f"used {count.uses}, reactions {count.reactions}")
                    for count in counts_by_product
                ]
            )
        else:
            yield paragraph("No products used in these days.")
        yield heading("Relief by ALPIMS domain, last 90 days")
        relief = relief_by_domain(self.history.view, now - timedelta(days=90))
        yield labelled([(domain.value.capitalize(), str(n)) for domain, n in relief.items()])
