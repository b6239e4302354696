"""Entry ids that sort by time and never collide, without a central counter."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class Stamp(NamedTuple):
    """What every new entry carries: its id, when it happened and when it was logged."""

    id: str
    at: datetime
    logged_at: datetime


def new_entry_id(at: datetime) -> str:
    """Twelve hex digits of milliseconds since 1970, then ten random hex digits."""
    import secrets  # imported on first use: start-up never makes an id

    millis = int(at.timestamp() * 1000)
    return f"{millis:012x}{secrets.token_hex(5)}"


def answer_id(use_at: datetime) -> str:
    """The id of an answer written with its use, a millisecond after it: lists by id, and the
    ledger, then always put the answer after the use it follows."""
    from datetime import timedelta

    return new_entry_id(use_at + timedelta(milliseconds=1))
