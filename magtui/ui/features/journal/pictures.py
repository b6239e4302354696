"""Still pictures of the journal: the zone of each day, capsule mg per day, reactions per
product, relief by domain.

Both pictures are a week per row and a cell per day, so a day's zone and its milligrams sit in
the same place in each. The zone strip has the zone's letter in every cell (its colour only adds
to the letter); the mg strip has a bar as high as where the day's total sits against the guide's
two starting-dose ranges, which stand beside it with the consult line. Nothing here moves or
changes unless the journal does.
"""

from __future__ import annotations

from datetime import timedelta

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.domain.capsules import STARTING_DOSE
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import DayDoses, DayZone, zone_totals
from magtui.domain.pictures import (
    MgRanges,
    day_letter,
    mg_legend,
    mg_logged,
    mg_mark,
    per_form,
    per_product,
    weeks,
)
from magtui.ui.kit.base import CalmScreen
from magtui.ui.themes import zone_style
from magtui.ui.widgets.blocks import heading, labelled, labelled_dose, paragraph
from magtui.ui.widgets.text import Content, assemble, plain, styled

STRIPS = (30, 90)
LEGEND = (
    "G Green · Y Yellow · R Red: checked in that day. "
    "g y r: carried on, or from that day's entries. · not set."
)


DAY_NAMES = "         M T W T F S S"


def _monday(row: list[DayZone | None] | list[DayDoses | None]) -> str:
    """'19 Oct  ': the row's Monday, whichever of its days are shown."""
    shown_day = next(cell for cell in row if cell is not None).day
    monday = shown_day - timedelta(days=shown_day.weekday())
    return f"{monday.day:>2} {monday.strftime('%b')}  "


def mg_line(row: list[DayDoses | None], ranges: MgRanges) -> Content:
    """'19 Oct  · ▂ ▂ · ▆ ? ·': a bar per day, as high as its logged milligrams."""
    marks = ["  " if cell is None else f"{mg_mark(cell, ranges)} " for cell in row]
    return plain(_monday(row) + "".join(marks)).rstrip()


def week_line(row: list[DayZone | None]) -> Content:
    """'19 Oct  · · G Y R R ·' with each letter in its zone's colours."""
    parts: list[Content | str] = [_monday(row)]
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
        today = self.ledger.local_day(now)
        for first, days in enumerate(STRIPS):
            yield from self._zone_strip(self.ledger.zone_days(today, days), days)
            if first == 0:
                yield paragraph(LEGEND)
            yield from self._mg_strip(self.ledger.dose_days(today, days)[::-1], days)
            if first == 0:
                yield from self._mg_legend()
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

    def _zone_strip(self, shown: list[DayZone], days: int) -> ComposeResult:
        """The days counted by zone, then a row of lettered cells per week."""
        totals = zone_totals(shown)
        counts = [f"{z.label} {n}" for z, n in totals.items() if z and n]
        if totals[None]:
            counts.append(f"not set {totals[None]}")
        yield heading(f"Zone of each day, last {days} days")
        yield paragraph(f"Days: {', '.join(counts)}.")
        yield Static(plain(DAY_NAMES), classes="strip")
        for row in weeks(shown):
            yield Static(week_line(row), classes="strip")

    def _ranges(self) -> MgRanges:
        capsules = self.shell.session.guidance.capsules
        low, high = capsules.starting_range_mg, capsules.upper_range_mg
        return (low[0], low[1]), (high[0], high[1])

    def _mg_strip(self, doses: list[DayDoses], days: int) -> ComposeResult:
        """The bars, then the milligrams they add up to (a total never includes a guess)."""
        yield heading(f"Capsule mg per day, last {days} days")
        dosed = [day for day in doses if day.doses]
        if not dosed:
            yield paragraph("No capsule doses logged in these days.")
            return
        yield Static(plain(DAY_NAMES), classes="strip")
        for row in weeks(doses):
            yield Static(mg_line(row, self._ranges()), classes="strip")
        yield paragraph(f"Logged: {mg_logged(dosed)}.")

    def _mg_legend(self) -> ComposeResult:
        """What the bars mean, then the guide's two lines they stand beside, with its consult
        line."""
        yield labelled(mg_legend(self._ranges()))
        guidance = self.shell.session.guidance
        lines = guidance.capsules.starting_dose
        yield labelled_dose(
            [(STARTING_DOSE, lines[0]), ("", lines[1])],
            consult_line=guidance.disclaimer.consult_line,
        )
