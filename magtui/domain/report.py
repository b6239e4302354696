"""What the clinician report holds for a period, read from the ledger: pure facts, no drawing.

The report is drawn as a PDF (`exchange/pdf_report.py`) and its pictures are drawn on the journal's
pictures screen; both take their numbers from here, and this takes them from the ledger, so every
count is the app's. A period is whole local days, first to last, both included.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from magtui.domain.entries import (
    CapsuleDose,
    Content,
    Note,
    Reaction,
    TopicalSession,
    ZoneCheckIn,
)
from magtui.domain.entry_words import METHOD_NAMES
from magtui.domain.history import History
from magtui.domain.ledger import Ledger, id_prefix
from magtui.domain.ledger_facts import DayDoses, DayZone, Said, UseFacts, is_reaction
from magtui.domain.pictures import UseCount, per_form, per_product
from magtui.domain.vocabulary import AlpimsDomain

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
LONGEST_DAYS = 366
"""A year at most: its zone strip and its bars still fit the page's width."""


def day_words(day: date) -> str:
    """'Tue 24 Nov 2026': absolute, as a page is read on later days."""
    return f"{WEEKDAYS[day.weekday()]} {day.day} {day:%b %Y}"


class PeriodError(ValueError):
    """A period that cannot be reported; the message is one sentence saying what would do."""


@dataclass(frozen=True)
class Period:
    """Local days `first` to `last`, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def last_days(today: date, days: int) -> Period:
    """`today` and the `days - 1` days before it."""
    return Period(today - timedelta(days=days - 1), today)


def period_between(first: date, last: date, today: date) -> Period:
    """The days from `first` to `last` (today at the latest); refused when there are none or more
    than a year of them."""
    last = min(last, today)
    if first > last:
        raise PeriodError("The first day comes after the last; give a first day before the last.")
    period = Period(first, last)
    if period.days > LONGEST_DAYS:
        raise PeriodError(
            f"A report covers {LONGEST_DAYS} days at most; give a first day closer to the last."
        )
    return period


@dataclass(frozen=True)
class ReactionFollowed:
    """A named reaction, and the use it answered (None when it names none still in the view)."""

    reaction: Reaction
    use: UseFacts | None


@dataclass(frozen=True)
class Report:
    period: Period
    entries: int
    """Entries of the current view that happened in the period."""
    zones: list[DayZone]
    """Each day of the period, oldest first."""
    doses: list[DayDoses]
    """Each day of the period, oldest first."""
    sessions: dict[str, Counter[Said]]
    """Uses on the skin per method, in the guide's order, and how each was answered."""
    products: list[UseCount]
    forms: list[UseCount]
    reactions: list[ReactionFollowed]
    """Oldest first."""
    relief: dict[AlpimsDomain, int]
    notes: list[Note]
    """Notes the person marked important, oldest first."""


def _bounds(period: Period, zone: tzinfo | None) -> tuple[datetime, datetime]:
    """The first moment of the period's first day, and of the day after its last."""
    since = datetime.combine(period.first, datetime.min.time(), zone)
    return since, datetime.combine(period.last + timedelta(days=1), datetime.min.time(), zone)


def period_ledger(history: History, period: Period, zone: tzinfo | None) -> Ledger:
    """A ledger of what the report of `period` rests on, whose report is the whole ledger's.

    That is every entry of the view from the period's start on; the uses its answers name, and
    the answers to its uses, from before; and, for the zone carried into the period, the last
    check-in and the last use logged in a zone before it. The ledger's rules are not worked out
    again here: `Ledger` builds on this smaller view, so a 30-day report of a long journal
    costs its 30 days, not its years (a property test checks both give the same page).
    """
    since, _ = _bounds(period, zone)
    view = history.view
    start = max(0, bisect.bisect_left(view, id_prefix(since), key=lambda e: e.id) - 1)
    later = [e for e in view[start:] if e.at >= since]
    kept = {e.id for e in later}
    earlier = view[:start] + [e for e in view[start:] if e.at < since]
    last_check_in: Content | None = None
    last_zoned: Content | None = None
    named: set[str] = set()
    for entry in later:
        if isinstance(entry, Reaction | Note) and entry.after is not None:
            use = history.current(entry.after)
            if use is not None and use.id not in kept:
                named.add(use.id)
    for entry in earlier:
        if isinstance(entry, ZoneCheckIn):
            if last_check_in is None or entry.at >= last_check_in.at:
                last_check_in = entry
        elif isinstance(entry, TopicalSession | CapsuleDose):
            if entry.zone is not None and (last_zoned is None or entry.at >= last_zoned.at):
                last_zoned = entry
        elif isinstance(entry, Reaction | Note) and entry.after is not None:
            use = history.current(entry.after)
            if use is not None and use.id in kept:
                named.add(entry.id)
    chosen = {e.id for e in (last_check_in, last_zoned) if e is not None} | named
    before = [e for e in earlier if e.id in chosen]
    return Ledger(history.narrowed(sorted(before, key=lambda e: e.id) + later), zone)


def report_of(ledger: Ledger, period: Period) -> Report:
    """The report of `period` from the ledger's facts."""
    since, until = _bounds(period, ledger.zone)
    entries = [e for e in ledger.entries_since(since) if e.at < until]
    uses = [u for u in ledger.uses_since(since) if u.use.at < until]
    by_method: dict[str, Counter[Said]] = {}
    for use in uses:
        if not isinstance(use.use, CapsuleDose):
            by_method.setdefault(use.use.method.value, Counter())[use.said] += 1
    reactions = [
        ReactionFollowed(entry, ledger.use_of(entry))
        for entry in entries
        if isinstance(entry, Reaction) and is_reaction(entry)
    ]
    return Report(
        period=period,
        entries=len(entries),
        zones=ledger.zone_days(period.last, period.days),
        doses=ledger.dose_days(period.last, period.days)[::-1],
        sessions={method: by_method[method] for method in METHOD_NAMES if method in by_method},
        products=per_product(ledger, since, until),
        forms=per_form(ledger, since, until),
        reactions=reactions,
        relief=ledger.relief(since, until),
        notes=[e for e in entries if isinstance(e, Note) and e.important],
    )
