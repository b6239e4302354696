"""Which check-in is the current zone: the one set most recently, whatever times others carry.

A check-in's `logged_at` says when it was set. One stamped in the future (a clock that was
wrong once, or an import from such a machine) cannot have been set after the person's latest
choice, so it counts only when there is nothing else.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from magtui.domain.entries import ZoneCheckIn

CLOCK_SLACK = timedelta(minutes=5)
"""How far ahead of this machine's clock a check-in may be stamped and still count as set."""


def current_check_in(
    check_ins: Sequence[ZoneCheckIn], now: datetime, *, sane_only: bool = False
) -> ZoneCheckIn | None:
    """The newest by `logged_at` (then id) among those not set in the future; failing those,
    the newest of all, unless `sane_only`."""
    sane = [c for c in check_ins if c.logged_at <= now + CLOCK_SLACK]
    chosen = sane or ([] if sane_only else list(check_ins))
    return max(chosen, key=lambda c: (c.logged_at, c.id), default=None)
