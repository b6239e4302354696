"""What the still pictures and the summary show, read from the ledger: pure numbers, no drawing.

- The zone of each day (the ledger's rule: a check-in, else the entries of that day, else
  carried on), laid out a week a row.
- Uses and answers per product and per capsule form in a period, with the standing over all time.
- Relief by ALPIMS domain: how many reactions and notes named each domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol, TypeVar

from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import DayDoses, DayZone, Said, Standing, UseFacts, ZoneSource


class OfADay(Protocol):
    @property
    def day(self) -> date: ...


T = TypeVar("T", bound=OfADay)


def day_letter(day: DayZone) -> str:
    """'R' for a day the person checked in, 'r' for one carried on or from entries, '·' for none.

    A letter in every cell, so the strip never tells a zone by colour alone.
    """
    if day.zone is None:
        return "·"
    letter = day.zone.label[0]
    return letter if day.source is ZoneSource.CHECK_IN else letter.lower()


ZONE_LEGEND = (
    "G Green, Y Yellow, R Red: checked in that day. "
    "g y r: carried on, or from that day's entries. · not set."
)
"""What the zone strip's letters mean, wherever the strip is printed."""


def mg_logged(days: Sequence[DayDoses]) -> str:
    """'300 mg on 3 days; 1 dose logged without mg': the days' logged milligrams, and the doses
    that have none counted apart (a total never includes a guess)."""
    with_mg = [day for day in days if day.mg]
    words = f"{sum(day.mg for day in with_mg):g} mg on {len(with_mg)} "
    words += "day" if len(with_mg) == 1 else "days"
    without = sum(day.without_mg for day in days)
    if without:
        words += f"; {without} dose{'' if without == 1 else 's'} logged without mg"
    return words


MgRanges = tuple[tuple[int, int], tuple[int, int]]
"""The guide's two starting-dose ranges, in mg per day: (50, 100) and (200, 400)."""


def mg_mark(day: DayDoses, ranges: MgRanges) -> str:
    """A bar one cell wide, as high as where the day's logged milligrams sit against the guide's
    two ranges: '·' no dose, '?' doses but no mg known, then ▁ ▂ ▄ ▆ █ from under the first
    range to over the second. A shape, so it reads without colour."""
    (low, high), (upper_low, upper_high) = ranges
    if not day.doses:
        return "·"
    if not day.mg:
        return "?"
    mg = day.mg
    if mg < low:
        return "▁"
    if mg <= high:
        return "▂"
    if mg < upper_low:
        return "▄"
    return "▆" if mg <= upper_high else "█"


def mg_legend(ranges: MgRanges) -> list[tuple[str, str]]:
    """What each mark means, in the guide's own ranges."""
    (low, high), (upper_low, upper_high) = ranges
    return [
        ("█", f"over {upper_high} mg"),
        ("▆", f"{upper_low}–{upper_high} mg/day"),
        ("▄", f"over {high} mg, under {upper_low} mg"),
        ("▂", f"{low}–{high} mg/day"),
        ("▁", f"under {low} mg"),
        ("?", "doses logged without mg"),
        ("·", "no doses logged"),
    ]


def weeks(days: Sequence[T]) -> list[list[T | None]]:
    """Rows of seven, Monday first; cells before the first day or after today are None."""
    if not days:
        return []
    lead = days[0].day.weekday()
    cells: list[T | None] = [None] * lead + list(days)
    cells += [None] * (-len(cells) % 7)
    return [cells[row : row + 7] for row in range(0, len(cells), 7)]


@dataclass(frozen=True)
class UseCount:
    """One product or capsule form in a period: its uses and what their answers said."""

    name: str
    uses: int
    reactions: int
    """Uses answered with a reaction."""
    no_reaction: int
    dont_know: int
    not_answered: int
    standing: Standing
    """Over all time: the tolerance and what it rests on."""

    def answers(self, said: Said) -> int:
        """How many uses in the period were answered as `said`."""
        return {
            Said.REACTION: self.reactions,
            Said.NO_REACTION: self.no_reaction,
            Said.DONT_KNOW: self.dont_know,
            Said.NOT_ANSWERED: self.not_answered,
        }[said]


def _count(name: str, uses: Sequence[UseFacts], standing: Standing) -> UseCount:
    """How the uses of one product or form in the period were answered, beside its standing over
    all time."""
    said = [use.said for use in uses]
    return UseCount(
        name=name,
        uses=len(uses),
        reactions=said.count(Said.REACTION),
        no_reaction=said.count(Said.NO_REACTION),
        dont_know=said.count(Said.DONT_KNOW),
        not_answered=said.count(Said.NOT_ANSWERED),
        standing=standing,
    )


def _in_period(
    standing: Standing, since: datetime | None, until: datetime | None
) -> list[UseFacts]:
    """Uses at `since` or later and before `until`; either bound may be open."""
    return [
        use
        for use in standing.uses
        if (since is None or use.use.at >= since) and (until is None or use.use.at < until)
    ]


def per_product(
    ledger: Ledger, since: datetime | None = None, until: datetime | None = None
) -> list[UseCount]:
    """Each skin product used in the period, most used first."""
    counts = [
        _count(standing.name, used, standing)
        for standing in ledger.products.values()
        if (used := _in_period(standing, since, until))
    ]
    return sorted(counts, key=lambda count: (-count.uses, count.name.casefold()))


def per_form(
    ledger: Ledger, since: datetime | None = None, until: datetime | None = None
) -> list[UseCount]:
    """Each capsule form dosed in the period, most used first."""
    counts = [
        _count(form.value, used, standing)
        for form, standing in ledger.forms.items()
        if (used := _in_period(standing, since, until))
    ]
    return sorted(counts, key=lambda count: (-count.uses, count.name))
