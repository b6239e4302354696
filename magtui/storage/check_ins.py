"""Recording a zone: the one rule the app and `magtui zone` share.

Choosing the zone you are already in records nothing, so the zone history shows changes, not
every visit to the check-in. A back-dated check-in (`at` before now) is always recorded: it
tells of a day that has no check-in of its own.
"""

from __future__ import annotations

from datetime import datetime

from magtui.domain.entries import ZoneCheckIn
from magtui.domain.ids import new_entry_id
from magtui.domain.zones import Zone
from magtui.storage.journal import Journal


def record_zone(
    journal: Journal, zone: Zone, now: datetime, *, at: datetime | None = None
) -> ZoneCheckIn | None:
    """Store a check-in for `zone` unless it is already the current one; durable on return."""
    when = at or now
    if when >= now:
        latest = journal.latest_zone()
        if latest is not None and latest.zone is zone:
            return None
    check_in = ZoneCheckIn(id=new_entry_id(when), at=when, logged_at=now, zone=zone)
    journal.add(check_in)
    return check_in
