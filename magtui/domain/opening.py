"""`magtui session soak --minutes 1`: which session to open the app straight into.

Standard library only, as it is made on the way to the first screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from magtui.domain.vocabulary import TopicalMethod


@dataclass(frozen=True)
class Opening:
    """The method, and the timer's minutes when given; the zone home then starts it."""

    method: TopicalMethod
    minutes: int | None = None
