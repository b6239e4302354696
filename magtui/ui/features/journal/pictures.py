"""Still pictures of the journal: the zone of each day, reactions per product, relief by domain.

The zone strip is a week per row, a cell per day, with the zone's letter in every cell (its
colour only adds to the letter). Nothing here moves or changes unless the screen is opened again.
"""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import DayZone, zone_totals
from magtui.domain.pictures import day_letter, per_form, per_product, weeks
from magtui.ui.kit.base import CalmScreen
from magtui.ui.themes import zone_style
from magtui.ui.widgets.blocks import heading, labelled, paragraph
from magtui.ui.widgets.text import Content, assemble, plain, styled

STRIPS = (30, 90)
LEGEND = (
    "G Green · Y Yellow · R Red: checked in that day. "
    "g y r: carried on, or from that day's entries. · not set."
)


def week_line(row: list[DayZone | None]) -> Content:
    """'19 Oct  · · G Y R R ·' with each letter in its zone's colours."""
    shown_day = next(cell for cell in row if cell is not None).day
    monday = shown_day - timedelta(days=shown_day.weekday())
    parts: list[Content | str] = [f"{monday.day:>2} {monday.strftime('%b')}  "]
    for cell in row:
        if cell is None:
            parts.append("  ")
        elif cell.zone is None:
            parts.append("· ")
        else:
            parts.extend([styled(day_letter(cell), zone_style(cell.zone)), " "])
    return assemble(*parts).rstrip()


def counts_words(count_uses: int, reactions: int, no_reaction: int, rest: int) -> str:
    """'used 3: 1 with a reaction, 1 no reaction, 1 not answered or don't know'."""
    words = [f"{reactions} with a reaction", f"{no_reaction} no reaction"]
    if rest:
        words.append(f"{rest} not answered or don't know")
    return f"used {count_uses}: " + ", ".join(words)


class PicturesScreen(CalmScreen):
    TITLE = "Pictures"

    FOLLOWS_THE_JOURNAL = True

    def journal_changed(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.refresh(recompose=True)

    def __init__(self, ledger: Ledger, complete: bool) -> None:
        super().__init__()
        self.ledger = ledger
        self.complete = complete

    def compose_body(self) -> ComposeResult:
        now = self.shell.session.clock()
        if not self.complete:
            yield paragraph("Older months are still being read; these show the newest ones.")
        for days in STRIPS:
            shown = self.ledger.zone_days(self.ledger.local_day(now), days)
            totals = zone_totals(shown)
            counts = [f"{z.label} {n}" for z, n in totals.items() if z and n]
            if totals[None]:
                counts.append(f"not set {totals[None]}")
            yield heading(f"Zone of each day, last {days} days")
            yield paragraph(f"Days: {', '.join(counts)}.")
            yield Static(plain("         M T W T F S S"), classes="strip")
            for row in weeks(shown):
                yield Static(week_line(row), classes="strip")
        yield paragraph(LEGEND)
        since = now - timedelta(days=90)
        yield heading("Reactions per product and capsule form, last 90 days")
        used = [*per_product(self.ledger, since), *per_form(self.ledger, since)]
        if used:
            yield labelled(
                [
                    (
                        count.name,
                        counts_words(
                            count.uses,
                            count.reactions,
                            count.no_reaction,
                            count.dont_know + count.not_answered,
                        ),
                    )
                    for count in used
                ]
            )
        else:
            yield paragraph("No products used in these days.")
        yield heading("Relief by ALPIMS domain, last 90 days")
        relief = self.ledger.relief(since)
        yield labelled([(domain.value.capitalize(), str(n)) for domain, n in relief.items()])
