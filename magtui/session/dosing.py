"""Capsules as the screens use them: today at a glance, the person's capsules, logging a dose.

No Textual. A dose is pre-filled from the last one, so the common case is the same again now;
with no dose yet nothing is pre-filled, since an amount the person did not choose would be a
suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from magtui.domain.capsules import Glance, dose_mg, glance, needs_gate
from magtui.domain.entries import CapsuleDose, Product, Reaction
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Said, Standing
from magtui.domain.vocabulary import CapsuleForm, ProductType, ReactionKind
from magtui.domain.zones import Zone
from magtui.session.outcome import NotSaved, Saved, saving

if TYPE_CHECKING:
    from magtui.session import Session

AMOUNTS = (0.25, 0.5, 1.0)
"""The fractions offered as one key each: the seed's '¼ to ½ capsule' start, and a whole one."""


@dataclass(frozen=True)
class DoseAsked:
    """What a dose will save: pre-filled from the last dose, changed by a key each."""

    form: CapsuleForm | None = None
    product: str = ""
    """One of the person's capsules, by name; empty when only the form is known."""
    fraction: float | None = None
    mg: float | None = None
    """Typed milligrams; otherwise worked out from the capsule's label when it is known."""
    with_food: bool | None = None
    minutes_ago: int = 0
    note: str = ""

    def change(self, **changes: Any) -> DoseAsked:
        return replace(self, **changes)

    @property
    def ready(self) -> bool:
        """A form, and an amount as a share of a capsule or in milligrams: enough to save."""
        return self.form is not None and (self.fraction is not None or self.mg is not None)


class Dosing:
    """Reads the ledger of the journal as read so far; every dose is written at once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def ledger(self) -> Ledger:
        """The journal's ledger as read so far: never a read of its own. The screens have the
        whole journal read in a thread (`Shell.whole_ledger`) before they show or decide on it."""
        return self.session.journaling.ledger_so_far()

    @property
    def zone(self) -> Zone | None:
        """The zone in force, or None before the first check-in."""
        zone = self.session.zone
        return zone if isinstance(zone, Zone) else None

    def glance(self) -> Glance:
        """Today's and the last days' doses, as the capsules screen shows them."""
        return glance(self.ledger, self.session.clock())

    def capsules(self) -> list[Product]:
        return self.ledger.my_capsules()

    def forms(self) -> dict[CapsuleForm, Standing]:
        return self.ledger.forms

    def last_dose(self) -> CapsuleDose | None:
        return self.ledger.last_dose()

    def prefilled(self) -> DoseAsked:
        """The last dose as the start of the next: its form, capsule and food. Typed milligrams
        are kept only where the label cannot work them out."""
        last = self.last_dose()
        if last is None:
            return DoseAsked()
        capsule = self.capsule(last.product)
        labelled = capsule is not None and capsule.mg_per_capsule is not None
        typed_mg = last.mg if last.fraction is None or not labelled else None
        return DoseAsked(
            form=last.form,
            product=last.product,
            fraction=None if typed_mg is not None else last.fraction,
            mg=typed_mg,
            with_food=last.with_food,
        )

    def capsule(self, name: str) -> Product | None:
        return self.ledger.capsule(name)

    def mg_of(self, asked: DoseAsked) -> float | None:
        """Milligrams typed, else worked out from the capsule's label; never guessed."""
        if asked.mg is not None:
            return asked.mg
        if asked.fraction is None:
            return None
        return dose_mg(asked.fraction, self.capsule(asked.product))

    def needs_gate(self, form: CapsuleForm) -> bool:
        """Whether the caution and a second key come first (`domain.capsules.needs_gate`)."""
        return needs_gate(self.zone, self.forms().get(form))

    def log(self, asked: DoseAsked) -> Saved[CapsuleDose] | NotSaved:
        """The dose as asked, in the zone now; `asked.ready` must hold."""
        return saving(self.session, lambda: self._log(asked))

    def _log(self, asked: DoseAsked) -> CapsuleDose:
        """The dose as asked, at the time chosen, in the zone in force, written at once."""
        assert asked.form is not None
        journaling = self.session.journaling
        s = journaling.stamp(self.session.clock() - timedelta(minutes=asked.minutes_ago))
        dose = CapsuleDose(
            id=s.id,
            at=s.at,
            logged_at=s.logged_at,
            form=asked.form,
            product=asked.product,
            fraction=asked.fraction,
            mg=self.mg_of(asked),
            with_food=asked.with_food,
            zone=self.zone,
            note=asked.note,
        )
        journaling.write(dose)
        return dose

    def add_capsule(
        self, name: str, form: CapsuleForm, mg_per_capsule: float | None
    ) -> Saved[Product] | NotSaved:
        return saving(self.session, lambda: self._add_capsule(name, form, mg_per_capsule))

    def _add_capsule(self, name: str, form: CapsuleForm, mg_per_capsule: float | None) -> Product:
        """One of the person's capsules, as a product of type capsules, written at once."""
        s = self.session.journaling.stamp()
        product = Product(
            id=s.id,
            at=s.at,
            logged_at=s.logged_at,
            name=name,
            product_type=ProductType.CAPSULES,
            form=form,
            mg_per_capsule=mg_per_capsule,
        )
        self.session.journaling.write(product)
        return product

    def answer_of(self, dose: CapsuleDose) -> Said:
        """What the answers to `dose` say so far (the ledger's rule)."""
        found = self.ledger.facts_of(dose.id)
        return found.said if found is not None else Said.NOT_ANSWERED

    def react(
        self, dose: CapsuleDose, kind: ReactionKind, severity: int | None
    ) -> Saved[Reaction] | NotSaved:
        """How the body answered `dose`: counts for its form's standing."""
        return saving(self.session, lambda: self._react(dose, kind, severity))

    def _react(self, dose: CapsuleDose, kind: ReactionKind, severity: int | None) -> Reaction:
        """An answer to `dose`, written at once; it counts against the dose's form."""
        s = self.session.journaling.stamp()
        reaction = Reaction(
            id=s.id, at=s.at, logged_at=s.logged_at, reaction=kind, severity=severity, after=dose.id
        )
        self.session.journaling.write(reaction)
        return reaction
