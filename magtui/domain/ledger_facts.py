"""The facts the ledger is made of: what a use's answers say, a product's or form's standing
and what it rests on, a day's zone and doses. The rules are told in `ledger.py`."""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from magtui.domain.entries import (
    CapsuleDose,
    Note,
    Product,
    Reaction,
    TopicalSession,
)
from magtui.domain.vocabulary import (
    AlpimsDomain,
    ReactionKind,
)
from magtui.domain.zones import Zone

RECENT_PRODUCTS = 5
"""Products offered first on the guided product step."""
TOLERATED_AFTER_ANSWERS = 2
"""Uses answered 'no reaction', with none answered with a reaction, before 'tolerated' is shown."""

Use = TopicalSession | CapsuleDose
AnswerEntry = Reaction | Note
NOT_A_REACTION = frozenset({ReactionKind.NONE, ReactionKind.DONT_KNOW})


def product_key(name: str) -> str:
    """'Magnesium  Cream' and 'magnesium cream' are one product."""
    return " ".join(name.casefold().split())


def tidy_name(name: str) -> str:
    return " ".join(name.split())


class Said(StrEnum):
    """What the answers to one use say."""

    NO_REACTION = "no reaction"
    REACTION = "a reaction"
    DONT_KNOW = "don't know"
    NOT_ANSWERED = "not answered"


class Tolerance(StrEnum):
    NEW = "new"
    TOLERATED = "tolerated"
    REACTED = "reacted"


def is_reaction(answer: AnswerEntry) -> bool:
    """Whether an answer names a reaction: not 'no reaction', not "don't know", not a note."""
    return isinstance(answer, Reaction) and answer.reaction not in NOT_A_REACTION


@dataclass
class UseFacts:
    """One use and every answer that names it, oldest first."""

    use: Use
    answers: list[AnswerEntry] = field(default_factory=list)
    _standing: weakref.ReferenceType[Standing] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The product or form it counts for, told when an answer is added. Weak, so a ledger holds
    no reference cycle: one that is replaced is freed at once, even frozen out of collections."""

    def counts_for(self, standing: Standing) -> None:
        self._standing = weakref.ref(standing)

    def answer(self, answer: AnswerEntry) -> None:
        self.answers.append(answer)
        standing = self._standing() if self._standing is not None else None
        if standing is not None:
            standing.changed()

    @property
    def reactions(self) -> list[Reaction]:
        return [a for a in self.answers if isinstance(a, Reaction) and is_reaction(a)]

    @property
    def said(self) -> Said:
        """What the answers say together: any named reaction outweighs 'no reaction', which
        outweighs 'don't know'; with no answer, not answered."""
        if not self.answers:
            return Said.NOT_ANSWERED
        kinds = {a.reaction for a in self.answers if isinstance(a, Reaction)}
        if kinds - NOT_A_REACTION:
            return Said.REACTION
        if ReactionKind.NONE in kinds:
            return Said.NO_REACTION
        if ReactionKind.DONT_KNOW in kinds:
            return Said.DONT_KNOW
        return Said.NOT_ANSWERED

    @property
    def answered(self) -> bool:
        """Whether the person said 'no reaction' or named one; "don't know" leaves it open."""
        return self.said in (Said.NO_REACTION, Said.REACTION)


class Counted:
    """What a standing says from its answer counts alone: the one home of "tolerated" and of
    the words a standing rests on, for a standing with its uses and for a tally without them."""

    def count(self, said: Said) -> int:
        raise NotImplementedError

    @property
    def times_used(self) -> int:
        raise NotImplementedError

    @property
    def tolerance(self) -> Tolerance:
        if self.count(Said.REACTION):
            return Tolerance.REACTED
        if self.count(Said.NO_REACTION) >= TOLERATED_AFTER_ANSWERS:
            return Tolerance.TOLERATED
        return Tolerance.NEW

    def rests_on(self) -> str:
        """What the standing rests on: '2 uses answered no reaction, none with a reaction, 1 not
        answered'."""
        if not self.times_used:
            return "not used yet"
        none, reacted = self.count(Said.NO_REACTION), self.count(Said.REACTION)
        words = [
            f"{_uses(none)} answered no reaction" if none else "none answered no reaction",
            f"{reacted} with a reaction" if reacted else "none with a reaction",
        ]
        if dont_know := self.count(Said.DONT_KNOW):
            words.append(f"{dont_know} don't know")
        if unanswered := self.count(Said.NOT_ANSWERED):
            words.append(f"{unanswered} not answered")
        return ", ".join(words)


@dataclass
class Standing(Counted):
    """One product or capsule form, with every use of it and what their answers say."""

    name: str
    """As the person wrote it most recently."""
    uses: list[UseFacts] = field(default_factory=list)
    record: Product | None = None
    """What the person said about it on the products screen, if anything."""
    _counts: Counter[Said] | None = field(default=None, repr=False, compare=False)

    def add(self, use: UseFacts) -> None:
        use.counts_for(self)
        self.uses.append(use)
        self.changed()

    def changed(self) -> None:
        self._counts = None

    def count(self, said: Said) -> int:
        """How many of its uses' answers say `said`; counted once until a use or answer joins."""
        if self._counts is None:
            self._counts = Counter(use.said for use in self.uses)
        return self._counts[said]

    @property
    def times_used(self) -> int:
        return len(self.uses)

    @property
    def last_used(self) -> datetime | None:
        return max((use.use.at for use in self.uses), default=None)

    @property
    def reactions(self) -> list[Reaction]:
        """Every reaction to a use of it, oldest first."""
        return sorted((r for use in self.uses for r in use.reactions), key=lambda r: r.at)

    @property
    def last_reaction(self) -> Reaction | None:
        found = self.reactions
        return found[-1] if found else None


def _uses(count: int) -> str:
    return f"{count} use" if count == 1 else f"{count} uses"


class ZoneSource(StrEnum):
    """Where a day's zone comes from."""

    CHECK_IN = "checked in"
    ENTRIES = "from entries"
    CARRIED = "carried on"


@dataclass(frozen=True)
class DayZone:
    day: date
    zone: Zone | None
    source: ZoneSource | None = None


@dataclass
class DayDoses:
    """One local day's capsule doses."""

    day: date
    mg: float = 0.0
    """Milligrams of the doses that have them."""
    doses: int = 0
    without_mg: int = 0
    """Doses logged without milligrams (a share of a capsule whose label was not given)."""
    capsules_without_mg: float = 0.0

    def add(self, dose: CapsuleDose) -> None:
        """Counts a dose into the day's total: its milligrams where it has them, else its share of
        a capsule, counted apart."""
        self.doses += 1
        if dose.mg is None:
            self.without_mg += 1
            self.capsules_without_mg += dose.fraction or 0.0
        else:
            self.mg += dose.mg


Relief = dict[AlpimsDomain, int]
"""How many answers named each ALPIMS domain, in ALPIMS order."""

ZonesByDay = dict[date, tuple[datetime, Zone]]
"""The last zone given on each local day, and when."""


def keep_latest(
    days: dict[date, tuple[datetime, Zone]], day: date, at: datetime, zone: Zone
) -> None:
    """Keep the zone given last on `day`."""
    known = days.get(day)
    if known is None or at >= known[0]:
        days[day] = (at, zone)


def zone_days(check_ins: ZonesByDay, entries: ZonesByDay, today: date, days: int) -> list[DayZone]:
    """The `days` days up to `today`, oldest first: each day's zone by the ledger's rule, from
    the zones check-ins gave (`check_ins`) and the zones entries were logged in (`entries`)."""
    first = today - timedelta(days=days - 1)
    checked: Zone | None = None  # the check-in in force
    logged: Zone | None = None  # the zone entries gave last

    def advance(day: date) -> None:
        nonlocal checked, logged
        checked_in, entry = check_ins.get(day), entries.get(day)
        checked = checked_in[1] if checked_in else checked
        logged = entry[1] if entry else logged

    for day in sorted(set(check_ins) | set(entries)):
        if day >= first:
            break
        advance(day)
    shown: list[DayZone] = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        shown.append(_one_day(day, check_ins, entries, checked, logged))
        advance(day)
    return shown


def _one_day(
    day: date, check_ins: ZonesByDay, entries: ZonesByDay, checked: Zone | None, logged: Zone | None
) -> DayZone:
    """A check-in that day; else the one in force; else that day's entries; else theirs."""
    if day in check_ins:
        return DayZone(day, check_ins[day][1], ZoneSource.CHECK_IN)
    if checked is not None:
        return DayZone(day, checked, ZoneSource.CARRIED)
    if day in entries:
        return DayZone(day, entries[day][1], ZoneSource.ENTRIES)
    if logged is not None:
        return DayZone(day, logged, ZoneSource.CARRIED)
    return DayZone(day, None)


def zone_totals(days: Sequence[DayZone]) -> dict[Zone | None, int]:
    counted = Counter(day.zone for day in days)
    return {zone: counted[zone] for zone in (Zone.GREEN, Zone.YELLOW, Zone.RED, None)}
