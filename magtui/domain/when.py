"""Says when something happened in the few words a tired reader takes in at a glance."""

from __future__ import annotations

from datetime import datetime


def describe_when(at: datetime, now: datetime) -> str:
    """'today at 14:02', 'yesterday at 09:10', or '3 Nov at 18:45' in the reader's local time."""
    local_at = at.astimezone(now.tzinfo)
    days = (now.date() - local_at.date()).days
    clock = local_at.strftime("%H:%M")
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"yesterday at {clock}"
    day = f"{local_at.day} {local_at.strftime('%b')}"
    if local_at.year != now.year:
        day = f"{day} {local_at.year}"
    return f"{day} at {clock}"
