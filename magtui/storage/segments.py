"""Where journal entries live on disk: one folder, one file per month of entries.

A month's file is split into parts of at most `PART_LIMIT` entries, so a write never rewrites
more than one part however large the journal grows. Months partition time, so the newest zone
check-in is always in the newest month that has one. Standard library only: the fast start
reads this layout before pydantic is imported.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path

PART_LIMIT = 1000

_SEGMENT = re.compile(r"^(\d{4}-\d{2})(?:\.p(\d+))?\.json$")


def month_of(at: datetime) -> str:
    """'2026-11' for an entry that happened in November 2026, in UTC like the entry's id."""
    return at.astimezone(UTC).strftime("%Y-%m")


def part_name(month: str, part: int) -> str:
    return f"{month}.json" if part == 1 else f"{month}.p{part}.json"


def months(folder: Path) -> dict[str, list[Path]]:
    """Every month's part files in order, newest month first; empty when there is no journal."""
    found: dict[str, list[tuple[int, Path]]] = {}
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return {}
    for name in names:
        match = _SEGMENT.match(name)
        if match:
            part = int(match.group(2) or 1)
            found.setdefault(match.group(1), []).append((part, folder / name))
    return {
        month: [path for _, path in sorted(found[month])] for month in sorted(found, reverse=True)
    }


def part_number(path: Path) -> int:
    match = _SEGMENT.match(path.name)
    return int(match.group(2) or 1) if match else 1


def month_and_part(name: str) -> tuple[str, int] | None:
    """('2026-11', 2) for '2026-11.p2.json'; None for a name that is not a part file's."""
    match = _SEGMENT.match(name)
    return (match.group(1), int(match.group(2) or 1)) if match else None
