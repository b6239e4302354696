"""A session timer worked out from the clock, never by counting ticks, so it cannot drift.

Everything is derived from when it started, the spans it was paused and how long it should
run: remaining time after a crash, a reboot or a missed tick is simply read off the clock
again. A clock that jumps backwards never makes a span negative, and a pause, resume, change or stop
after such a jump keeps the time already run (the saved times are moved back with the clock).
`scale` speeds the timer up for demonstrations and tests (60 makes a minute pass in a second).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Annotated, Self

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from magtui.domain.time_range import RANGE_WORDS, in_range
from magtui.domain.time_scale import FASTEST_SCALE, SLOWEST_SCALE

ONE_MINUTE = timedelta(minutes=1)
LONGEST = timedelta(hours=4)
"""The longest a guided session may be set to run: the journal's own limit for a duration."""


def _clock_time(at: datetime) -> datetime:
    """A saved time must be one a clock can have read, or the sums below overflow."""
    if not in_range(at):
        raise ValueError(f"a time {RANGE_WORDS}")
    return at


ClockTime = Annotated[AwareDatetime, AfterValidator(_clock_time)]


class Pause(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    start: ClockTime
    end: ClockTime


def _span(start: datetime, end: datetime) -> timedelta:
    """Real time between two readings of the clock; never negative, whatever the clock did."""
    return max(end - start, timedelta(0))


class Timer(BaseModel):
    """Immutable: every change returns a new timer, which is what gets saved."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    planned: timedelta = Field(ge=ONE_MINUTE, le=LONGEST)
    started: ClockTime
    scale: float = Field(default=1.0, ge=SLOWEST_SCALE, le=FASTEST_SCALE, allow_inf_nan=False)
    pauses: tuple[Pause, ...] = Field(default=(), max_length=10_000)
    paused_since: ClockTime | None = None
    stopped_at: ClockTime | None = None

    @model_validator(mode="after")
    def _not_paused_once_stopped(self) -> Self:
        if self.stopped_at is not None and self.paused_since is not None:
            raise ValueError("a stopped timer is not also paused")
        return self

    @classmethod
    def start(cls, planned: timedelta, now: datetime, scale: float = 1.0) -> Timer:
        return cls(planned=planned, started=now, scale=scale)

    @property
    def is_paused(self) -> bool:
        return self.paused_since is not None

    @property
    def is_stopped(self) -> bool:
        return self.stopped_at is not None

    def _paused_for(self, until: datetime) -> timedelta:
        total = sum((_span(p.start, p.end) for p in self.pauses), timedelta(0))
        if self.paused_since is not None:
            total += _span(self.paused_since, until)
        return total

    def _last_reading(self, now: datetime) -> datetime:
        """The clock time the timer stopped counting at: now, or when it was paused or stopped."""
        return self.stopped_at or self.paused_since or now

    def elapsed(self, now: datetime) -> timedelta:
        """Timer time run so far, pauses left out; never more than planned."""
        reading = self._last_reading(now)
        real = _span(self.started, reading) - self._paused_for(reading)
        return min(max(real, timedelta(0)) * self.scale, self.planned)

    def remaining(self, now: datetime) -> timedelta:
        return self.planned - self.elapsed(now)

    def is_over(self, now: datetime) -> bool:
        return self.remaining(now) <= timedelta(0)

    def ends_at(self, now: datetime) -> datetime:
        """The clock time it will end if nothing changes (while paused: if resumed now)."""
        return max(now, self._last_reading(now)) + self.remaining(now) / self.scale

    def real_until_shown_change(self, now: datetime, *, calm: bool) -> timedelta:
        """Real time until the shown remaining time changes (whole seconds, or minutes if calm)."""
        step = 60 if calm else 1
        left = self.remaining(now).total_seconds()
        shown_now = math.ceil(left / step) * step
        return timedelta(seconds=max(left - (shown_now - step), 0.0) / self.scale)

    def _latest_known(self) -> datetime:
        known = [self.started, *(p.end for p in self.pauses)]
        return max([*known, self.paused_since] if self.paused_since else known)

    def _rebased(self, now: datetime) -> Timer:
        """If the clock now reads earlier than a time already saved, it jumped back: move every
        saved time back by as much, so the time already run is kept and no span is negative."""
        jump = self._latest_known() - now
        if jump <= timedelta(0) or self.is_stopped:
            return self
        return self.model_copy(
            update={
                "started": self.started - jump,
                "pauses": tuple(Pause(start=p.start - jump, end=p.end - jump) for p in self.pauses),
                "paused_since": self.paused_since - jump if self.paused_since else None,
            }
        )

    def pause(self, now: datetime) -> Timer:
        if self.is_paused or self.is_stopped:
            return self
        return self._rebased(now).model_copy(update={"paused_since": now})

    def resume(self, now: datetime) -> Timer:
        """Ends the pause now; the time paused is not counted against the session."""
        if self.paused_since is None:
            return self
        timer = self._rebased(now)
        assert timer.paused_since is not None
        pause = Pause(start=timer.paused_since, end=now)
        return timer.model_copy(update={"pauses": (*timer.pauses, pause), "paused_since": None})

    def can_shorten(self, now: datetime) -> bool:
        """A minute less must leave more than nothing, and at least a minute in all."""
        return self.planned - ONE_MINUTE > self.elapsed(now) and self.planned > ONE_MINUTE

    def can_lengthen(self) -> bool:
        return self.planned + ONE_MINUTE <= LONGEST

    def adjust(self, minutes: int, now: datetime) -> Timer:
        """One minute more or less; a change it cannot make leaves the timer as it was."""
        if minutes < 0 and not self.can_shorten(now):
            return self
        if minutes > 0 and not self.can_lengthen():
            return self
        timer = self._rebased(now)
        return timer.model_copy(update={"planned": self.planned + minutes * ONE_MINUTE})

    def stop(self, now: datetime) -> Timer:
        """Stopped for good: elapsed time is frozen at this moment (or when it was paused)."""
        if self.is_stopped:
            return self
        timer = self._rebased(now)
        reading = timer._last_reading(now)
        return timer.resume(reading).model_copy(update={"stopped_at": reading})


def shown_remaining(left: timedelta, *, calm: bool) -> str:
    """'4:59', or in calm mode whole minutes, rounded up: '5 min'."""
    seconds = max(math.ceil(left.total_seconds()), 0)
    if calm:
        return f"{math.ceil(seconds / 60)} min"
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes}:{seconds:02d}"
