"""Every screen a person can reach, and the keys that reach it from start-up."""

from __future__ import annotations

from dataclasses import dataclass

from magtui.domain.zones import Zone
from magtui.ui.guide_pages import CHAPTERS


@dataclass(frozen=True)
class ScreenCase:
    name: str
    keys: tuple[str, ...]
    expect: str
    zone: Zone | None = Zone.RED
    disclaimer_seen: bool = True
    reading: bool = False


SCREENS = [
    ScreenCase("disclaimer", (), "I understand", zone=None, disclaimer_seen=False, reading=True),
    ScreenCase("first-check-in", (), "No zone set yet. Press g, y or r.", zone=None),
    ScreenCase("check-in", (), "Enter keeps it."),
    ScreenCase("home-red", ("enter",), "Safe in Red, gentlest first"),
    ScreenCase("home-yellow", ("enter",), "Safe in Yellow, gentlest first", zone=Zone.YELLOW),
    ScreenCase("home-green", ("enter",), "Safe in Green, gentlest first", zone=Zone.GREEN),
    ScreenCase("method", ("enter", "enter"), "How to use it in the Red zone", reading=True),
    ScreenCase("guide", ("enter", "g"), "RRP–R²"),
    *(
        ScreenCase(f"chapter-{n}", ("enter", "g", str(n)), chapter.title, reading=True)
        for n, chapter in enumerate(CHAPTERS, 1)
    ),
    ScreenCase("help", ("enter", "question_mark"), "Keys on “Zone home”", reading=True),
    ScreenCase("theme", ("enter", "t"), "How should magtui look?"),
]

# One of each kind of screen, for the pictures (the rest differ only in words).
SNAPSHOT_SCREENS = [
    case
    for case in SCREENS
    if case.name
    in {
        "disclaimer",
        "first-check-in",
        "check-in",
        "home-red",
        "method",
        "guide",
        "chapter-1",
        "help",
        "theme",
    }
]
