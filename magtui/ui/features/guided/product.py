"""Step two: which product. Recent ones from the journal with what the journal says of each
(new, tolerated, reacted), tolerated ones first in Red; a new name, or none given.

A product the journal has never seen, or one left unnamed (so the journal cannot tell), in Red
or Yellow, shows the seed's first-time caution and goes on only with a second, deliberate key;
there Enter never starts with a product the journal shows a reaction to.
"""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.guided import Plan
from magtui.domain.ledger import Ledger, tolerated_first
from magtui.domain.ledger_facts import Tolerance
from magtui.domain.zones import Zone
from magtui.ui.features.guided.first_time import FirstTimeScreen
from magtui.ui.features.guided.naming import NameScreen
from magtui.ui.features.guided.onward import Onward
from magtui.ui.keys import choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.pages.cautions import FIRST_TIME_ZONES, first_time_use
from magtui.ui.widgets.blocks import labelled
from magtui.ui.widgets.choice import Choice

NEW = "\x00new"
UNNAMED = ""


class ProductScreen(StepScreen):
    """Enter takes the product used last with this method, or 'unnamed' the first time."""

    TITLE = "Product"
    question = "Which product?"

    def __init__(self, plan: Plan, onward: Onward, ledger: Ledger) -> None:
        self.plan = plan
        self.onward = onward
        self.ledger = ledger
        recent = ledger.recent_products(plan.method)
        self.recent = tolerated_first(recent, self.ledger) if plan.zone is Zone.RED else recent
        super().__init__()

    def default_choice(self) -> int | None:
        """The newest product used with this method ('unnamed' when there is none); in Red and
        Yellow the newest one the journal shows no reaction to."""
        if self.plan.zone not in FIRST_TIME_ZONES:
            return 0 if self.recent else len(self.recent) + 1
        for row, name in enumerate(self.recent):
            standing = self.ledger.product(name)
            if standing is None or standing.tolerance is not Tolerance.REACTED:
                return row
        return len(self.recent) + 1

    def options(self) -> list[Choice]:
        from magtui.domain.standing_words import standing_words

        recent = [
            Choice(str(n), name, standing_words(self.ledger.product(name)), name)
            for n, name in enumerate(self.recent, 1)
        ]
        return [
            *recent,
            choice("new-name", "type it in", NEW),
            choice("unnamed", "leave the name out", UNNAMED),
        ]

    def extra(self) -> list[Widget]:
        if self.plan.zone in FIRST_TIME_ZONES:
            return [labelled([first_time_use(self.shell.session.guidance.topical)])]
        return []

    async def choose(self, value: str) -> None:
        if value == NEW:
            await self.app.push_screen(NameScreen(), self.named)
            return
        await self.named(value)

    async def named(self, name: str | None) -> None:
        """A name, listed or typed: checked against the journal before going on."""
        if name is None:
            return
        unknown = name == UNNAMED or not self.ledger.used_before(name)
        if self.plan.zone in FIRST_TIME_ZONES and unknown:

            async def used_anyway(go_on: bool | None) -> None:
                if go_on:
                    await self.go_on(name)

            await self.app.push_screen(FirstTimeScreen(name), used_anyway)
            return
        await self.go_on(name)

    async def go_on(self, product: str) -> None:
        await self.onward.product_chosen(self, self.plan.choose(product=product))
