"""Capsules at a glance (the ledger's days), a share of a labelled capsule in mg, and the gate.

Days and totals are the ledger's (`ledger.py`): the reader's local day, milligrams never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from magtui.domain.entries import Product
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Counted, DayDoses, Tolerance
from magtui.domain.zones import Zone

STARTING_DOSE = "Suggested starting dose"
"""The seed's heading for its dose lines, shown as their label: the seed frames them as where
to start, "as tolerated", not as a range to reach."""
GLANCE_DAYS = 7
GATED_ZONES = frozenset({Zone.YELLOW, Zone.RED})
"""Where the seed says not to start a form: 'do not trial during Red Zone', and in Yellow
'avoid introducing new oral forms'."""


@dataclass
class Glance:
    """Today and the days before it, newest first; today is `days[0]`."""

    days: list[DayDoses] = field(default_factory=list)

    @property
    def today(self) -> DayDoses:
        return self.days[0]


def glance(ledger: Ledger, now: datetime, days: int = GLANCE_DAYS) -> Glance:
    """The doses of today and the `days - 1` days before it, by the ledger's local days."""
    return Glance(ledger.dose_days(ledger.local_day(now), days))


def above(mg: float, mg_range: tuple[int, int]) -> bool:
    """Whether a day's milligrams are beyond the top of one of the seed's ranges."""
    return mg > mg_range[1]


def dose_mg(fraction: float, capsule: Product | None) -> float | None:
    """Milligrams of `fraction` of a capsule whose label is known; None when it is not."""
    if capsule is None or capsule.mg_per_capsule is None:
        return None
    return round(fraction * capsule.mg_per_capsule, 1)


def needs_gate(zone: Zone | None, standing: Counted | None) -> bool:
    """Outside Green, a form the journal does not show as tolerated needs a second key first.

    A form with no answered history, or reacted to, is not yet tolerated (the ledger's rule); a
    tolerated form is not asked about again. With no zone set there is no zone's caution to show.
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
    if mg > MG_LIMIT:
        raise MgError(
            "That is more than magtui can log as one dose or one capsule;"
            " type the milligrams the label gives."
        )
    if not mg > 0:  # also refuses nan
        raise MgError("Type the milligrams in digits, as the label gives them.")
    return mg
