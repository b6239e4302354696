"""What the first screen needs, as plain data, so it can be drawn before pydantic is imported."""

from __future__ import annotations

from dataclasses import dataclass

from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone, ZoneNow


@dataclass(frozen=True)
class FirstLook:
    """Enough for the check-in: the zones' meanings, the current zone and the chosen theme.

    Everything is validated in full a moment later; until then no choice is acted on.
    """

    zone_meanings: dict[Zone, str]
    zone_now: ZoneNow | None
    theme: ThemeName
    needs_disclaimer: bool
