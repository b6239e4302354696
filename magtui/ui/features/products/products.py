"""Products, `p`: each of the person's products with what the journal says of it.

Its standing from the ledger (new, tolerated or reacted) with the answers it rests on, and
what the person said it is. `a` adds one: a name, what kind, unscented or not, ingredients.
"""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

from magtui.domain.entry_words import describe
from magtui.domain.ledger_facts import Standing
from magtui.domain.standing_words import RULE, standing_words
from magtui.domain.vocabulary import ProductType
from magtui.domain.when import describe_when
from magtui.session.outcome import Saved
from magtui.ui.keys import choice
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import heading, labelled, paragraph
from magtui.ui.widgets.choice import Choice

ADD = "add"


class ProductsScreen(StepScreen):
    TITLE = "Products"
    FOLLOWS_THE_JOURNAL = True
    question = ""

    def options(self) -> list[Choice]:
        return [choice("add-product", "its name, kind and ingredients", ADD)]

    def before(self) -> list[Widget]:
        """Every product with its standing, from the ledger the zone home had read whole."""
        session = self.shell.session
        known = sorted(
            session.journaling.ledger_so_far().products.values(),
            key=lambda standing: standing.name.casefold(),
        )
        if not known:
            return [paragraph("No products yet. Add one, or name one in a session.")]
        now = session.clock()
        rows = [(standing.name, _words(standing, now)) for standing in known]
        return [heading("Your products"), labelled(rows), paragraph(RULE)]

    async def choose(self, value: str) -> None:
        self.run_worker(self.add_a_product(), group="errand", exclusive=True)

    async def add_a_product(self) -> None:
        """Its name, what kind, unscented or not, then its ingredients: one answer at a time.
        Going back from any question ends it, saving nothing."""
        ask = self.app.push_screen_wait
        name = await ask(AskScreen(TITLE, "What is it called?", may_be_empty=False))
        if name is None:
            return
        kind = await ask(PickScreen(TITLE, "What kind?", _KINDS))
        if kind is None:
            return
        scented = await ask(PickScreen(TITLE, "Unscented?", _YES_NO, default=2))
        if scented is None:
            return
        ingredients = await ask(
            AskScreen(TITLE, "Ingredients (or leave it empty):", max_length=320)
        )
        if ingredients is None:
            return
        product_type = ProductType(kind) if kind else None
        unscented = {"y": True, "n": False}.get(scented)
        journaling = self.shell.session.journaling
        product = journaling.save_product(name, product_type, unscented, ingredients)
        if isinstance(product, Saved):  # else the notice line says nothing was saved
            self.shell.confirm(f"Saved: {describe(product.what)}.")
            self.call_later(self.recompose)


TITLE = "Add a product"
_KINDS = [
    *(
        Choice(str(n), kind.value.capitalize(), "", kind.value)
        for n, kind in enumerate(ProductType, 1)
    ),
    choice("dont-know", "", ""),
]
_YES_NO = [
    choice("unscented", "", "y"),
    choice("scented", "", "n"),
    choice("dont-know", "", "d"),
]


def _words(standing: Standing, now: Any) -> str:
    """'tolerated (2 no reaction) · used 3 times, last today at 14:02 · soak salts'."""
    if standing.uses:
        times = "once" if standing.times_used == 1 else f"{standing.times_used} times"
        assert standing.last_used is not None
        parts = [standing_words(standing)]
        parts.append(f"used {times}, last {describe_when(standing.last_used, now)}")
    else:
        parts = ["not used yet"]
    record = standing.record
    if record is not None:
        said = [record.product_type.value] if record.product_type else []
        if record.unscented is not None:
            said.append("unscented" if record.unscented else "scented")
        if record.ingredients:
            said.append(f"ingredients: {record.ingredients}")
        if said:
            parts.append(", ".join(said))
    return " · ".join(parts)
