"""Products a person has used, read from the journal: what to offer first, and what is new."""

from __future__ import annotations

from magtui.domain.entries import TopicalSession
from magtui.domain.vocabulary import TopicalMethod
from magtui.storage.journal import Journal

RECENT_PRODUCTS = 5


def recent_products(journal: Journal, method: TopicalMethod) -> list[str]:
    """The products last used with this method, newest first, each once."""
    found: list[str] = []
    for month in journal.newest_months():
        sessions = [e for e in month if isinstance(e, TopicalSession) and e.method is method]
        for entry in sorted(sessions, key=lambda e: e.id, reverse=True):
            if entry.product and entry.product.casefold() not in map(str.casefold, found):
                found.append(entry.product)
                if len(found) == RECENT_PRODUCTS:
                    return found
    return found


def has_history(journal: Journal, product: str) -> bool:
    """Whether any topical entry names this product (letter case aside)."""
    wanted = product.strip().casefold()
    return any(
        isinstance(entry, TopicalSession) and entry.product.strip().casefold() == wanted
        for month in journal.newest_months()
        for entry in month
    )
