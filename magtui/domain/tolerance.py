"""What the journal says about each product: new, tolerated, or reacted to.

- **reacted**: a reaction (anything but 'none') was logged after a use of it; the last one is kept.
- **tolerated**: used at least twice, and no reaction after any use.
- **new**: anything else — never used, or used once.

A reaction belongs to a use only when it names that use (`after`), as the guided session and the
quick log write it; the app never guesses which product a loose reaction was about. Names match
whatever their letter case or spacing. Only the current view counts: a corrected entry counts as
corrected, a deleted one not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from magtui.domain.entries import Product, Reaction, TopicalSession
from magtui.domain.history import History
from magtui.domain.vocabulary import ReactionKind

TOLERATED_AFTER_USES = 2


class Tolerance(StrEnum):
    NEW = "new"
    TOLERATED = "tolerated"
    REACTED = "reacted"


def product_key(name: str) -> str:
    """'Magnesium  Cream' and 'magnesium cream' are one product."""
    return " ".join(name.casefold().split())


@dataclass
class Standing:
    """One product as the journal knows it."""

    name: str
    """As the person wrote it most recently."""
    uses: int = 0
    last_used: datetime | None = None
    last_reaction: Reaction | None = None
    record: Product | None = None
    """What the person said about it on the products screen, if anything."""

    @property
    def tolerance(self) -> Tolerance:
        if self.last_reaction is not None:
            return Tolerance.REACTED
        if self.uses >= TOLERATED_AFTER_USES:
            return Tolerance.TOLERATED
        return Tolerance.NEW


def standings(history: History) -> dict[str, Standing]:
    """Every product named in the current view, by `product_key`, in the order first seen."""
    found: dict[str, Standing] = {}

    def standing(name: str) -> Standing:
        key = product_key(name)
        if key not in found:
            found[key] = Standing(name=" ".join(name.split()))
        return found[key]

    for entry in history.view:
        if isinstance(entry, Product):
            standing(entry.name).record = entry
        elif isinstance(entry, TopicalSession) and product_key(entry.product):
            used = standing(entry.product)
            used.name = " ".join(entry.product.split())
            used.uses += 1
            used.last_used = entry.at
    for entry in history.view:
        if not isinstance(entry, Reaction) or entry.reaction is ReactionKind.NONE:
            continue
        session = history.current(entry.after) if entry.after else None
        if isinstance(session, TopicalSession) and product_key(session.product):
            reacted = standing(session.product)
            if reacted.last_reaction is None or entry.at >= reacted.last_reaction.at:
                reacted.last_reaction = entry
    return found


def tolerance_of(history: History, name: str) -> Tolerance:
    standing = standings(history).get(product_key(name))
    return standing.tolerance if standing else Tolerance.NEW


def tolerated_first(names: Iterable[str], known: dict[str, Standing]) -> list[str]:
    """The same names with the tolerated ones first, each group in its own order (Red lists)."""
    listed = list(names)

    def tolerated(name: str) -> bool:
        standing = known.get(product_key(name))
        return standing is not None and standing.tolerance is Tolerance.TOLERATED

    return [n for n in listed if tolerated(n)] + [n for n in listed if not tolerated(n)]
