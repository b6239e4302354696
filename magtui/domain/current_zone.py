"""Which check-in is the current zone: the one in force now, the latest by when it began.

A check-in's `at` says from when the zone held (a back-dated one, from `magtui zone --at`, began
in the past), `logged_at` when it was set. One stamped in the future (a clock that was wrong
once, or an import from such a machine) cannot be in force yet, so it counts only when there is
nothing else. The quick first screen picks the same one: the newest id, which sorts by `at`.
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
    """The newest by `at` (then `logged_at`, then id) among those not stamped in the future;
    failing those, the newest of all, unless `sane_only`."""
    limit = now + CLOCK_SLACK
    sane = [c for c in check_ins if c.at <= limit and c.logged_at <= limit]
    chosen = sane or ([] if sane_only else list(check_ins))
    return max(chosen, key=lambda c: (c.at, c.logged_at, c.id), default=None)
