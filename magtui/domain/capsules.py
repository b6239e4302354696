"""Capsule doses added up by the reader's local day, the person's capsules, and the gate.

A day is the reader's local day: doses at 23:30 and at 00:30 fall on two days, and a dose logged
in another time zone counts on the day it was where the reader is now. Milligrams are never
guessed: a dose logged without them is counted apart, in capsules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from magtui.domain.entries import CapsuleDose, Content, Product
from magtui.domain.history import History
from magtui.domain.tolerance import Standing, Tolerance, form_standings, product_key
from magtui.domain.vocabulary import ProductType
from magtui.domain.zones import Zone

GLANCE_DAYS = 7
GATED_ZONES = frozenset({Zone.YELLOW, Zone.RED})
"""Where the seed says not to start a form: 'do not trial during Red Zone', and in Yellow
'avoid introducing new oral forms'."""


@dataclass
class DayDoses:
    """One local day's doses."""

    day: date
    mg: float = 0.0
    """Milligrams of the doses that have them."""
    doses: int = 0
    without_mg: int = 0
    """Doses logged without milligrams (a fraction of a capsule whose label was not given)."""
    capsules_without_mg: float = 0.0

    def add(self, dose: CapsuleDose) -> None:
        self.doses += 1
        if dose.mg is None:
            self.without_mg += 1
            self.capsules_without_mg += dose.fraction or 0.0
        else:
            self.mg += dose.mg


@dataclass
class Glance:
    """Today and the days before it, newest first; today is `days[0]`."""

    days: list[DayDoses] = field(default_factory=list)

    @property
    def today(self) -> DayDoses:
        return self.days[0]


def local_day(at: datetime, now: datetime) -> date:
    """The day `at` falls on where the reader is now (`now` carries their offset)."""
    return at.astimezone(now.tzinfo).date()


def glance(view: Iterable[Content], now: datetime, days: int = GLANCE_DAYS) -> Glance:
    """The doses of today and the `days - 1` days before it, by local day."""
    today = now.date()
    by_day = {today - timedelta(days=n): DayDoses(today - timedelta(days=n)) for n in range(days)}
    for entry in view:
        if isinstance(entry, CapsuleDose):
            day = by_day.get(local_day(entry.at, now))
            if day is not None:
                day.add(entry)
    return Glance(list(by_day.values()))


def above(mg: float, mg_range: tuple[int, int]) -> bool:
    """Whether a day's milligrams are beyond the top of one of the seed's ranges."""
    return mg > mg_range[1]


def dose_mg(fraction: float, capsule: Product | None) -> float | None:
    """Milligrams of `fraction` of a capsule whose label is known; None when it is not."""
    if capsule is None or capsule.mg_per_capsule is None:
        return None
    return round(fraction * capsule.mg_per_capsule, 1)


def my_capsules(view: Iterable[Content]) -> list[Product]:
    """The person's capsules, each as last described, by name."""
    found: dict[str, Product] = {}
    for entry in view:
        if isinstance(entry, Product) and entry.product_type is ProductType.CAPSULES:
            found[product_key(entry.name)] = entry
    return sorted(found.values(), key=lambda product: product.name.casefold())


def capsule_named(view: Iterable[Content], name: str) -> Product | None:
    key = product_key(name)
    return next((c for c in my_capsules(view) if product_key(c.name) == key), None)


def tolerated_forms(history: History) -> list[str]:
    """The forms the journal shows as tolerated, in the order first dosed."""
    return [
        form.value
        for form, standing in form_standings(history).items()
        if standing.tolerance is Tolerance.TOLERATED
    ]


def needs_gate(zone: Zone | None, standing: Standing | None) -> bool:
    """Outside Green, a form the journal does not show as tolerated needs a second key first.

    A form with no history, used once, or reacted to is not yet tolerated; a tolerated form is
    not asked about again. With no zone set there is no zone's caution to show.
    """
    tolerated = standing is not None and standing.tolerance is Tolerance.TOLERATED
    return zone in GATED_ZONES and not tolerated


class MgError(ValueError):
    """Typed milligrams that will not do; the message is one sentence saying what to type."""


def parse_mg(text: str) -> float:
    """'120' or '37.5' as milligrams of one dose or one capsule."""
    from magtui.domain.entries import MG_LIMIT

    words = text.strip().removesuffix("mg").strip().replace(",", ".")
    try:
        mg = float(words) if len(words) <= 10 else float("nan")
    except ValueError:
        mg = float("nan")
    if not mg > 0 or mg > MG_LIMIT:  # also refuses nan and inf
        raise MgError(f"Type the milligrams in digits, more than 0 and up to {MG_LIMIT}.")
    return mg
