"""The three zones a body can be in; every screen and rule is keyed by one of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Zone(StrEnum):
    """Green is stable, Yellow is wobbly, Red is flare, shutdown, overload or crisis."""

    GREEN = "green"
    YELLOW = "yellow"
    RED = "red"

    @property
    def label(self) -> str:
        """The word shown beside any zone colour, so colour is never the only cue."""
        return self.value.capitalize()


@dataclass(frozen=True)
class ZoneNow:
    """The zone the person last chose and when: all the check-in needs to show it."""

    zone: Zone
    at: datetime
