"""The clock is passed in, so tests and screenshots can fix the time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The current local time, timezone-aware, as every stored timestamp must be."""
    return datetime.now().astimezone()
