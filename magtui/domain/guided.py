"""A guided topical session as it is saved at every change, so a crash never loses it.

It is one of two things: a session whose timer is running (or paused), or one that has ended
and been logged but whose reaction is not known yet. Either way the next start finds it and
offers to carry on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from magtui.domain.entries import ID_PATTERN, LINE_LIMIT, ONE_LINE_PATTERN, SHORT_LIMIT
from magtui.domain.timer import ClockTime, Timer
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone

METHOD_WORDS = {
    TopicalMethod.SOAK: "foot soak",
    TopicalMethod.SPRAY: "spray",
    TopicalMethod.CREAM: "cream",
    TopicalMethod.BALM: "balm",
}
"""How a sentence names each method: 'your foot soak from 14:05'."""


@dataclass(frozen=True)
class Plan:
    """What the steps before the timer chose; each step returns a copy with its answer."""

    method: TopicalMethod
    zone: Zone | None
    minutes: int
    amount: str = ""
    area: str = ""
    dilution: str = ""
    product: str = ""
    watched: bool = False
    """A cream, balm or spray: the timer watches the absorption window instead of a soak."""

    def choose(self, **answers: str | int) -> Plan:
        return replace(self, **answers)  # type: ignore[arg-type]

    @property
    def words(self) -> str:
        return METHOD_WORDS[self.method]


JOURNAL_FIELDS = ("method", "zone", "product", "amount", "area", "dilution")
"""The choices of a session that its journal entry carries."""


class GuidedSession(BaseModel):
    """What the person chose, the timer, and (once logged) the journal entry it became."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    schema_version: Literal[1] = 1
    method: TopicalMethod
    zone: Zone | None = None
    product: str = Field(default="", max_length=LINE_LIMIT, pattern=ONE_LINE_PATTERN)
    amount: str = Field(default="", max_length=SHORT_LIMIT, pattern=ONE_LINE_PATTERN)
    area: str = Field(default="", max_length=LINE_LIMIT, pattern=ONE_LINE_PATTERN)
    dilution: str = Field(default="", max_length=SHORT_LIMIT, pattern=ONE_LINE_PATTERN)
    watched: bool = False
    timer: Timer
    logged_as: str | None = Field(default=None, pattern=ID_PATTERN)
    """The topical entry written when the timer ended; set once the session is over."""
    ask_at: ClockTime | None = None
    """When to ask again how it went, after 'don't know yet'."""

    @property
    def words(self) -> str:
        return METHOD_WORDS[self.method]

    @property
    def is_logged(self) -> bool:
        return self.logged_as is not None

    @classmethod
    def begin(cls, plan: Plan, now: datetime, scale: float) -> GuidedSession:
        timer = Timer.start(timedelta(minutes=plan.minutes), now, scale)
        chosen = {name: getattr(plan, name) for name in (*JOURNAL_FIELDS, "watched")}
        return cls(**chosen, timer=timer)

    @property
    def journal_fields(self) -> dict[str, object]:
        """What the journal entry says of the session besides its times."""
        return {name: getattr(self, name) for name in JOURNAL_FIELDS}

    @property
    def choices_in_words(self) -> list[str]:
        """What was chosen, for a line on screen: 'Calm · ¼ cup · Red zone'."""
        zone = f"{self.zone.label} zone" if self.zone else ""
        parts = [self.product, self.amount, self.area, self.dilution, zone]
        return [part for part in parts if part]

    @property
    def duration_seconds(self) -> int:
        """The running time to the second once stopped (never 0: the journal counts from 1)."""
        timer = self.timer
        return max(1, round(timer.elapsed(timer.stopped_at or timer.started).total_seconds()))

    def with_timer(self, timer: Timer) -> GuidedSession:
        return self.model_copy(update={"timer": timer})

    def logged(self, entry_id: str) -> GuidedSession:
        return self.model_copy(update={"logged_as": entry_id})

    def asking_again(self, window_end: timedelta) -> GuidedSession:
        """Ask at the end of the seed's absorption window, counted from when the magnesium went
        on; if that has passed already, the next start asks."""
        return self.model_copy(
            update={"ask_at": self.timer.started + window_end / self.timer.scale}
        )

    def is_time_to_ask(self, now: datetime) -> bool:
        return self.ask_at is not None and now >= self.ask_at
