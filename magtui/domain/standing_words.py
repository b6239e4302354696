"""A product's or a form's standing in words, always with what it rests on.

Shared by the pickers, the products and capsules screens, the gate and the exports, so a
standing reads the same wherever it is shown.
"""

from __future__ import annotations

from magtui.domain.entry_words import reaction_words
from magtui.domain.ledger_facts import Said, Standing, Tolerance

BRIEF = (
    (Said.NO_REACTION, "no reaction"),
    (Said.REACTION, "with a reaction"),
    (Said.DONT_KNOW, "don't know"),
    (Said.NOT_ANSWERED, "not answered"),
)


def brief_counts(standing: Standing) -> str:
    """'2 no reaction, 1 not answered': each answer that some use has, in one order."""
    return ", ".join(f"{n} {words}" for said, words in BRIEF if (n := standing.count(said)))


def standing_words(standing: Standing | None) -> str:
    """'tolerated (2 no reaction)', 'new (1 not answered)', 'reacted: itch (1 with a reaction,
    2 no reaction)', or 'no uses yet'."""
    if standing is None or not standing.uses:
        return "no uses yet"
    head = standing.tolerance.value
    last = standing.last_reaction
    if standing.tolerance is Tolerance.REACTED and last is not None:
        head = f"reacted: {reaction_words(last)}"
    return f"{head} ({brief_counts(standing)})"


RULE = (
    "Tolerated: at least two uses answered no reaction, and none with a reaction. "
    "Reacted: a use answered with a reaction. New: anything else. "
    "A use nobody answered is not answered, never no reaction; don't know is neither."
)
"""The rule behind the words, for screens and exports that explain them."""
