"""The one range of times the journal stores, whoever writes them: the app, the shell or an import.

Ids begin with milliseconds since 1970, so nothing earlier can be given an id; month files are
named by a four-digit year. Standard library only: the shell's time parsing uses it too.
"""

from __future__ import annotations

from datetime import UTC, datetime

EARLIEST = datetime(1970, 1, 2, tzinfo=UTC)
LATEST = datetime(2100, 12, 31, 23, 59, 59, tzinfo=UTC)
RANGE_WORDS = "between 1970 and 2100"


def in_range(at: datetime) -> bool:
    return EARLIEST <= at <= LATEST
