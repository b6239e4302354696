"""Every screen a person can reach, and the keys that reach it from start-up.

One table drives the Pilot, layout, contrast, wording and snapshot tests, so a new screen is
added here once and is then checked every way.
"""

from __future__ import annotations

from dataclasses import dataclass

from magtui.content import load_content
from magtui.domain.zones import Zone
from magtui.ui.pages.chapters import chapters


@dataclass(frozen=True)
class ScreenCase:
    name: str
    keys: tuple[str, ...]
    expect: str
    """Words the screen shows at 80x24 without scrolling, to know the keys reached it."""
    zone: Zone | None = Zone.RED
    disclaimer_seen: bool = True
    choosing: bool = False
    """A screen with a list of choices that arrows and Enter move through."""


CHAPTERS = chapters(load_content())

SCREENS = [
    ScreenCase("disclaimer", (), "I understand", zone=None, disclaimer_seen=False),
    ScreenCase("first-check-in", (), "No zone set yet. Press g, y or r.", zone=None, choosing=True),
    ScreenCase("check-in", (), "Now: Red zone · set today at 12:02.", choosing=True),
    ScreenCase("home-red", ("enter",), "Best Ways to Use in Red Zone", choosing=True),
    ScreenCase(
        "home-yellow",
        ("enter",),
        "Ways to use topical magnesium",
        zone=Zone.YELLOW,
        choosing=True,
    ),
    ScreenCase(
        "home-green", ("enter",), "Ways to use topical magnesium", zone=Zone.GREEN, choosing=True
    ),
    ScreenCase("method", ("enter", "enter"), "1. Use unscented, hypoallergenic formula."),
    ScreenCase("guide", ("enter", "g"), "RRP–R²", choosing=True),
    *(
        ScreenCase(f"chapter-{n}", ("enter", "g", str(n)), chapter.title)
        for n, chapter in enumerate(CHAPTERS, 1)
    ),
    ScreenCase("help", ("enter", "question_mark"), "Keys on “Zone home”"),
    ScreenCase("theme", ("enter", "t"), "How should magtui look?", choosing=True),
]

PICTURES = {
    "disclaimer": "the seed's disclaimer under its seed title, Enter to continue, no Back key",
    "first-check-in": "g, y, r with each zone's word in its colour and its meaning; no Enter",
    "check-in": "the three zones, Red highlighted as the one Enter keeps, and when it was set",
    "home-red": "the Red zone's meaning, the seed's four methods in its order with its words, "
    "the best form with the consult line beside it, the first-time caution",
    "method": "the seed's tip a sentence a line, then when to be cautious and avoid-if",
    "guide": "seven chapters, the disclaimer first, the first highlighted",
    "chapter-2": "the topical seed's opening quote, summary and verdict",
    "help": "the zone home's keys, as on its key line, spelled out",
    "theme": "four looks with their contrast, the one in use highlighted",
}
"""What each picture must show; one of each kind of screen (the rest differ only in words)."""

SNAPSHOT_SCREENS = [case for case in SCREENS if case.name in PICTURES]
