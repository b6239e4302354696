"""Pictures of every screen in every theme at 80x24 and 120x36.

Review `snapshot_report.html` before accepting changes with `make snapshots`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from magtui.domain.themes import ThemeName
from magtui.ui.app import MagApp
from tests.screens import SNAPSHOT_SCREENS, ScreenCase

MakeApp = Callable[..., MagApp]
SnapCompare = Callable[..., bool]

THEMES = list(ThemeName)
SIZES = [(80, 24), (120, 36)]
CASES = {case.name: case for case in SNAPSHOT_SCREENS}

themed = pytest.mark.parametrize("theme", THEMES, ids=[t.value for t in THEMES])
sized = pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])


def _picture(
    make_app: MakeApp, snap_compare: SnapCompare, name: str, theme: ThemeName, size: tuple[int, int]
) -> bool:
    case: ScreenCase = CASES[name]
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen, theme=theme)
    return snap_compare(app, press=case.keys, terminal_size=size)


@themed
@sized
class TestFirstStart:
    """The disclaimer fills the screen, scrollable, with Enter to continue and no Back key;
    then the first check-in offers g, y, r with each zone's meaning and 'No zone set yet'."""

    def test_disclaimer(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "disclaimer", theme, size)

    def test_first_check_in(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "first-check-in", theme, size)


@themed
@sized
class TestCheckIn:
    """The question, three zones each with its word in its colour and its meaning, and
    'Now: Red zone · set today at 12:02. Enter keeps it.'"""

    def test_check_in(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "check-in", theme, size)


@themed
@sized
class TestZoneHome:
    """Red zone and its meaning; the four methods gentlest first, numbered 1–4 with one seed
    sentence each; capsule advice for Red; the first-time caution; the keys along the bottom."""

    def test_home(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "home-red", theme, size)


@themed
@sized
class TestMethod:
    """Foot soak: numbered steps, the first-time caution, when to be cautious, avoid-if; the
    page has a visible focus bar on its left and scrolls by keys."""

    def test_method(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "method", theme, size)


@themed
@sized
class TestGuide:
    """The seven chapters numbered with a short summary each; then the first chapter, which
    opens with the seed's quote and summary."""

    def test_guide(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "guide", theme, size)

    def test_chapter(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "chapter-1", theme, size)


@themed
@sized
class TestHelpAndTheme:
    """Help lists every key of the zone home with what it does; the theme picker lists four
    looks with the current one marked '(now)'."""

    def test_help(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "help", theme, size)

    def test_theme(
        self, make_app: MakeApp, snap_compare: SnapCompare, theme: ThemeName, size: tuple[int, int]
    ) -> None:
        assert _picture(make_app, snap_compare, "theme", theme, size)
