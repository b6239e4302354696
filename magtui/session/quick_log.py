"""What a quick log will save, changed a key at a time; the journal writes it (`journaling`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from magtui.domain.entries import Entry, Reaction, TopicalSession
from magtui.domain.ids import Stamp, answer_id
from magtui.domain.vocabulary import ReactionKind, TopicalMethod
from magtui.domain.zones import Zone

TIME_PRESETS = (0, 15, 30, 60)
"""Minutes ago a quick log can say it happened (now, 15, 30 or 60 minutes ago)."""


@dataclass(frozen=True)
class QuickLog:
    """What a quick log will save: pre-filled from the last session, changed by a key each."""

    method: TopicalMethod
    product: str = ""
    area: str = ""
    amount: str = ""
    minutes_ago: int = 0
    reaction: ReactionKind | None = None
    """The answer saved with the use; None ("don't know") saves the use alone, not answered."""
    severity: int | None = None
    note: str = ""

    def entries(self, stamp: Stamp, zone: Zone | None) -> list[Entry]:
        """The use and, when known, its answer, a millisecond after it (`answer_id`)."""
        use = TopicalSession(
            id=stamp.id,
            at=stamp.at,
            logged_at=stamp.logged_at,
            method=self.method,
            product=self.product,
            area=self.area,
            amount=self.amount,
            zone=zone,
            note=self.note if self.reaction is None else "",
        )
        if self.reaction is None:
            return [use]
        severity = {ReactionKind.NONE: 0, ReactionKind.DONT_KNOW: None}.get(
            self.reaction, self.severity
        )
        answer = Reaction(
            id=answer_id(stamp.at),
            at=stamp.at,
            logged_at=stamp.logged_at,
            reaction=self.reaction,
            severity=severity,
            after=use.id,
            note=self.note,
        )
        return [use, answer]

    def change(self, **changes: Any) -> QuickLog:
        from dataclasses import replace

        return replace(self, **changes)
