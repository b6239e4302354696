"""Choosing a product for a quick log: the person's own first (tolerated first in Red), a new
name, or none."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from magtui.domain.ledger import tolerated_first
from magtui.domain.standing_words import standing_words
from magtui.domain.zones import Zone
from magtui.session import Session
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.widgets.choice import Choice

NEW = "\x00new"
NEVER = datetime.min.replace(tzinfo=UTC)
LISTED = 9


def product_picker(session: Session, picked: Callable[[str], Awaitable[None] | None]) -> PickScreen:
    ledger = session.journaling.ledger()
    known = ledger.products
    by_name = {standing.name: standing for standing in known.values()}
    names = sorted(by_name, key=lambda name: by_name[name].last_used or NEVER, reverse=True)
    if session.zone is Zone.RED:
        names = tolerated_first(names, ledger)
    names = names[:LISTED]
    choices = [
        Choice(str(n), name, standing_words(by_name[name]), name) for n, name in enumerate(names, 1)
    ]
    choices += [
        Choice("n", "A new name", "type it in", NEW),
        Choice("u", "Unnamed", "leave the name out", ""),
    ]

    async def chosen(value: str) -> None:
        if value == NEW:
            ask = AskScreen("Product", "What is it called?", picked, may_be_empty=False)
            await screen.app.push_screen(ask)
            return
        result = picked(value)
        if result is not None:
            await result

    screen = PickScreen("Product", "Which product?", choices, chosen)
    return screen
