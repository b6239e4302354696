"""What the still pictures and the summary show, read from the ledger: pure numbers, no drawing.

- The zone of each day (the ledger's rule: a check-in, else the entries of that day, else
  carried on), laid out a week a row.
- Uses and answers per product and per capsule form in a period, with the standing over all time.
- Relief by ALPIMS domain: how many reactions and notes named each domain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import DayZone, Said, Standing, UseFacts, ZoneSource


def day_letter(day: DayZone) -> str:
    """'R' for a day the person checked in, 'r' for one carried on or from entries, '·' for none.

    A letter in every cell, so the strip never tells a zone by colour alone.
    """
    if day.zone is None:
        return "·"
    letter = day.zone.label[0]
    return letter if day.source is ZoneSource.CHECK_IN else letter.lower()


def weeks(days: Sequence[DayZone]) -> list[list[DayZone | None]]:
    """Rows of seven, Monday first; cells before the first day or after today are None."""
    if not days:
        return []
    lead = days[0].day.weekday()
    cells: list[DayZone | None] = [None] * lead + list(days)
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


def _in_period(standing: Standing, since: datetime | None) -> list[UseFacts]:
    return [use for use in standing.uses if since is None or use.use.at >= since]


def per_product(ledger: Ledger, since: datetime | None = None) -> list[UseCount]:
    """Each skin product used in the period, most used first."""
    counts = [
        _count(standing.name, used, standing)
        for standing in ledger.products.values()
        if (used := _in_period(standing, since))
    ]
    return sorted(counts, key=lambda count: (-count.uses, count.name.casefold()))


def per_form(ledger: Ledger, since: datetime | None = None) -> list[UseCount]:
    """Each capsule form dosed in the period, most used first."""
    counts = [
        _count(form.value, used, standing)
        for form, standing in ledger.forms.items()
        if (used := _in_period(standing, since))
    ]
    return sorted(counts, key=lambda count: (-count.uses, count.name))
