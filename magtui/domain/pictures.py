"""What the still pictures show, counted from the current view: pure numbers, no drawing.

- The zone of each day: the zone set last that day, or carried on from the day before (a zone
  stays until it is changed); days before the first check-in have none.
- Uses and reactions per product, from the tolerance rules.
- Relief by ALPIMS domain: how many reactions and notes named each domain.

Days are the reader's own: times are turned into `now`'s time zone before taking the date.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from magtui.domain.entries import Entry, Note, Reaction, TopicalSession, ZoneCheckIn
from magtui.domain.history import History
from magtui.domain.tolerance import product_key, standings
from magtui.domain.vocabulary import AlpimsDomain, ReactionKind
from magtui.domain.zones import Zone

DayZone = tuple[date, Zone | None]


def zone_days(view: Sequence[Entry], now: datetime, days: int) -> list[DayZone]:
    """The last `days` days, oldest first, each with its zone."""
    today = now.date()
    first = today - timedelta(days=days - 1)
    last_of_day: dict[date, Zone] = {}
    before_first: Zone | None = None
    for entry in view:  # oldest first, so a later check-in of a day wins
        if not isinstance(entry, ZoneCheckIn):
            continue
        day = entry.at.astimezone(now.tzinfo).date()
        if day < first:
            before_first = entry.zone
        elif day <= today:
            last_of_day[day] = entry.zone
    shown: list[DayZone] = []
    zone = before_first
    for offset in range(days):
        day = first + timedelta(days=offset)
        zone = last_of_day.get(day, zone)
        shown.append((day, zone))
    return shown


def weeks(days: list[DayZone]) -> list[list[DayZone | None]]:
    """Rows of seven, Monday first; cells before the first day or after today are None."""
    if not days:
        return []
    lead = days[0][0].weekday()
    cells: list[DayZone | None] = [None] * lead + list(days)
    cells += [None] * (-len(cells) % 7)
    return [cells[row : row + 7] for row in range(0, len(cells), 7)]


def zone_totals(days: list[DayZone]) -> dict[Zone | None, int]:
    counted = Counter(zone for _, zone in days)
    return {zone: counted[zone] for zone in (Zone.GREEN, Zone.YELLOW, Zone.RED, None)}


@dataclass(frozen=True)
class ProductCount:
    name: str
    uses: int
    reactions: int
    tolerance: str
    last_reaction: Reaction | None


def per_product(history: History, since: datetime | None = None) -> list[ProductCount]:
    """Uses and reactions per product in the period, most used first; tolerance over all time."""
    uses: Counter[str] = Counter()
    reactions: Counter[str] = Counter()
    for entry in history.view:
        if since is not None and entry.at < since:
            continue
        if isinstance(entry, TopicalSession) and product_key(entry.product):
            uses[product_key(entry.product)] += 1
        elif isinstance(entry, Reaction) and entry.reaction is not ReactionKind.NONE:
            session = history.current(entry.after) if entry.after else None
            if isinstance(session, TopicalSession) and product_key(session.product):
                reactions[product_key(session.product)] += 1
    known = standings(history)
    return [
        ProductCount(
            name=known[key].name,
            uses=uses[key],
            reactions=reactions[key],
            tolerance=known[key].tolerance.value,
            last_reaction=known[key].last_reaction,
        )
        for key in sorted(uses, key=lambda key: (-uses[key], key))
    ]


def relief_by_domain(
    view: Sequence[Entry], since: datetime | None = None
) -> dict[AlpimsDomain, int]:
    """How many reactions and notes named each domain, in ALPIMS order."""
    counted: Counter[AlpimsDomain] = Counter()
    for entry in view:
        if isinstance(entry, Reaction | Note) and (since is None or entry.at >= since):
            counted.update(entry.relief)
    return {domain: counted[domain] for domain in AlpimsDomain}
