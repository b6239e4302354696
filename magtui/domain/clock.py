"""The clock is passed in, so tests and screenshots can fix the time.

The system clock carries the local time zone itself (a `zoneinfo` zone, with its summer-time
rules), not today's fixed offset: a time in July read in December is still shown at the hour it
happened, and local days fall where the zone's rules put them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]
LOCALTIME = "/etc/localtime"


@cache
def local_zone() -> tzinfo:
    """This machine's time zone by its rules: `TZ` if it names one, else the system's.

    A `TZ` that names no zone in the time zone database (a POSIX rule such as 'UTC0') and a
    system without one fall back to the offset the C library reports now.
    """
    named = os.environ.get("TZ", "").removeprefix(":")
    if named:
        try:
            return ZoneInfo(named) if not named.startswith("/") else _from_file(named)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return _fixed()
    try:
        target = os.path.realpath(LOCALTIME)
        if "/zoneinfo/" in target:  # the usual link into the database: keep the zone's name
            return ZoneInfo(target.split("/zoneinfo/", 1)[1])
        return _from_file(LOCALTIME)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return _fixed()


def _from_file(path: str) -> tzinfo:
    with open(path, "rb") as file:
        return ZoneInfo.from_file(file, key=os.path.basename(path))


def _fixed() -> tzinfo:
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def system_clock() -> datetime:
    """The current local time, aware of the local zone's rules, as every stored time must be."""
    return datetime.now(local_zone())
