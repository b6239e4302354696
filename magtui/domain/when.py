"""Says when something happened in the few words a tired reader takes in at a glance."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from magtui.domain.shown import shown
from magtui.domain.time_range import EARLIEST, RANGE_WORDS


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


class WhenError(ValueError):
    """A time the person typed that magtui cannot read; the message says what would work."""


class UnreadableWhen(WhenError):
    """Words that are no time at all (not one too early or too late)."""


def _local(at: datetime, now: datetime, text: str) -> datetime:
    """A wall-clock time in the reader's zone; refused when the clocks skipped it or showed it
    twice, since either answer would be a guess."""
    zone = now.tzinfo
    if zone is None or zone.utcoffset(now) is None:
        return at.astimezone()
    first, second = at.replace(tzinfo=zone, fold=0), at.replace(tzinfo=zone, fold=1)
    round_trip = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if round_trip != at:
        raise WhenError(
            f"{shown(text)} did not happen here: the clocks went forward past it; "
            "give a time outside the skipped hour, or with its offset."
        )
    if first.utcoffset() != second.utcoffset():
        raise WhenError(
            f"{shown(text)} happened twice here as the clocks went back; add which offset, "
            f"like {at:%Y-%m-%dT%H:%M}{_offset(first)} or {at:%Y-%m-%dT%H:%M}{_offset(second)}."
        )
    return first


def _offset(at: datetime) -> str:
    text = at.strftime("%z")
    return f"{text[:3]}:{text[3:]}"


_AGO = re.compile(r"^(\d{1,6})\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?)\s+ago$")
_UNIT = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}
FUTURE_SLACK = timedelta(minutes=1)


def parse_when(text: str, now: datetime) -> datetime:
    """'now', '15m ago', '2h ago', '3d ago' or an ISO time; a time without a zone is local."""
    cleaned = text.strip().lower()
    if cleaned == "now":
        return now
    if match := _AGO.match(cleaned):
        amount = int(match.group(1)) * _UNIT[match.group(2)[0]]
        if amount > now - EARLIEST:
            raise WhenError(f"{shown(text)} is too long ago; give a time {RANGE_WORDS}.")
        return now - amount
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UnreadableWhen(
            f"{shown(text)} is not a time magtui can read; "
            "use now, 15m ago, 2h ago or a time like 2026-11-22T14:30."
        ) from None
    if at.tzinfo is None:
        try:
            at = _local(at, now, text)
        except WhenError:
            raise
        except (OverflowError, ValueError):  # a year too far off to convert: compared as UTC
            at = at.replace(tzinfo=UTC)
    try:
        too_early, too_late = at < EARLIEST, at > now + FUTURE_SLACK
    except (OverflowError, ValueError):  # a year too far off to convert to another zone
        too_early, too_late = at.year < EARLIEST.year, at.year >= EARLIEST.year
    if too_early:
        raise WhenError(f"{shown(text)} is too long ago; give a time {RANGE_WORDS}.")
    if too_late:
        raise WhenError(f"{shown(text)} is in the future; give a time that has already happened.")
    return at
