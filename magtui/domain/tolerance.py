"""What the journal says about each product: new, tolerated, or reacted to.

- **reacted**: a reaction (anything but 'none') was logged after a use of it; the last one is kept.
- **tolerated**: used at least twice, and no reaction after any use.
- **new**: anything else — never used, or used once.

A reaction belongs to a use only when it names that use (`after`), as the guided session and the
quick log write it; the app never guesses which product a loose reaction was about. Names match
whatever their letter case or spacing. Only the current view counts: a corrected entry counts as
corrected, a deleted one not at all. Capsule forms follow the same rules, counted by form
(`form_standings`); capsule products are not skin products and are left to them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from magtui.domain.entries import CapsuleDose, Content, Product, Reaction, TopicalSession
from magtui.domain.history import History
from magtui.domain.vocabulary import CapsuleForm, ProductType, ReactionKind

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
    """Every skin product named in the current view, by `product_key`, in the order first seen."""
    found: dict[str, Standing] = {}

    def standing(name: str) -> Standing:
        key = product_key(name)
        if key not in found:
            found[key] = Standing(name=" ".join(name.split()))
        return found[key]

    for entry in history.view:
        if isinstance(entry, Product) and entry.product_type is not ProductType.CAPSULES:
            standing(entry.name).record = entry
        elif isinstance(entry, TopicalSession) and product_key(entry.product):
            used = standing(entry.product)
            used.name = " ".join(entry.product.split())
            _count_use(used, entry)
    for reaction, use in _reactions_to_uses(history):
        if isinstance(use, TopicalSession) and product_key(use.product):
            _count_reaction(standing(use.product), reaction)
    return found


def form_standings(history: History) -> dict[CapsuleForm, Standing]:
    """Every capsule form dosed in the current view, by the same rules as products."""
    found: dict[CapsuleForm, Standing] = {}

    def standing(form: CapsuleForm) -> Standing:
        return found.setdefault(form, Standing(name=form.value))

    for entry in history.view:
        if isinstance(entry, CapsuleDose):
            _count_use(standing(entry.form), entry)
    for reaction, use in _reactions_to_uses(history):
        if isinstance(use, CapsuleDose):
            _count_reaction(standing(use.form), reaction)
    return found


def _count_use(standing: Standing, use: Content) -> None:
    standing.uses += 1
    standing.last_used = use.at


def _count_reaction(standing: Standing, reaction: Reaction) -> None:
    if standing.last_reaction is None or reaction.at >= standing.last_reaction.at:
        standing.last_reaction = reaction


def _reactions_to_uses(history: History) -> Iterator[tuple[Reaction, Content | None]]:
    """Each reaction other than 'none' in the current view, with the use it names, if any."""
    for entry in history.view:
        if isinstance(entry, Reaction) and entry.reaction is not ReactionKind.NONE:
            yield entry, history.current(entry.after) if entry.after else None


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
