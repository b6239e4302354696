"""Choosing a product for a quick log: the person's own first (tolerated first in Red), a new
name, or none."""

from __future__ import annotations

from datetime import UTC, datetime

from magtui.domain.ledger import Ledger, tolerated_first
from magtui.domain.standing_words import standing_words
from magtui.domain.zones import Zone
from magtui.ui.keys import choice
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.widgets.choice import Choice

NEW = "\x00new"
NEVER = datetime.min.replace(tzinfo=UTC)
LISTED = 9


class ProductPickScreen(PickScreen):
    """Answers with the product's name: one listed, one typed in (Escape from typing comes back
    to the list), or "" for unnamed."""

    async def choose(self, value: str) -> None:
        if value != NEW:
            self.dismiss(value)
            return

        def typed(name: str | None) -> None:
            if name is not None:
                self.dismiss(name)

        await self.app.push_screen(
            AskScreen("Product", "What is it called?", may_be_empty=False), typed
        )


def product_picker(ledger: Ledger, zone: Zone | None) -> ProductPickScreen:
    """The nine last used, each with what the journal says of it; in Red, tolerated first."""
    known = ledger.products
    by_name = {standing.name: standing for standing in known.values()}
    names = sorted(by_name, key=lambda name: by_name[name].last_used or NEVER, reverse=True)
    if zone is Zone.RED:
        names = tolerated_first(names, ledger)
    names = names[:LISTED]
    choices = [
        Choice(str(n), name, standing_words(by_name[name]), name) for n, name in enumerate(names, 1)
    ]
    choices += [
        choice("new-name", "type it in", NEW),
        choice("unnamed", "leave the name out", ""),
    ]
    return ProductPickScreen("Product", "Which product?", choices)
