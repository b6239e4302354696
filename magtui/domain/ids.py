"""Entry ids that sort by time and never collide, without a central counter."""

from __future__ import annotations

from datetime import datetime


def new_entry_id(at: datetime) -> str:
    """Twelve hex digits of milliseconds since 1970, then ten random hex digits."""
    import secrets  # imported on first use: start-up never makes an id

    millis = int(at.timestamp() * 1000)
    return f"{millis:012x}{secrets.token_hex(5)}"
