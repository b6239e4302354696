"""Every character on every screen is readable: WCAG contrast measured cell by cell."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from magtui.domain.themes import ThemeName
from magtui.ui.app import MagApp
from tests.screen_reader import Cell, contrast_ratio, is_text, screen_cells
from tests.screens import SCREENS, ScreenCase

MakeApp = Callable[..., MagApp]

# The terminal theme uses the terminal's own colours, which only the terminal knows.
MINIMUM = {
    ThemeName.CONTRAST_DARK: 7.0,
    ThemeName.CONTRAST_LIGHT: 7.0,
    ThemeName.SOFT: 4.5,
}
SIZES = [(80, 24), (120, 36)]


def _too_faint(cells: list[Cell], minimum: float) -> list[str]:
    problems: dict[str, str] = {}
    for cell in cells:
        if not is_text(cell.char):
            continue
        if cell.foreground is None or cell.background is None:
            problems.setdefault("default", f"row {cell.row}: {cell.char!r} uses a default colour")
            continue
        ratio = contrast_ratio(cell.foreground, cell.background)
        if ratio < minimum:
            key = f"{cell.foreground}/{cell.background}"
            problems.setdefault(key, f"row {cell.row}: {cell.char!r} {key} is {ratio:.2f}:1")
    return sorted(problems.values())


async def _cells(
    app: MagApp, case: ScreenCase, size: tuple[int, int], no_color: bool
) -> list[Cell]:
    async with app.run_test(size=size) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        return screen_cells(app, no_color=no_color)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize("theme", list(MINIMUM), ids=[t.value for t in MINIMUM])
@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_every_character_meets_the_theme_contrast(
    make_app: MakeApp, case: ScreenCase, theme: ThemeName, size: tuple[int, int]
) -> None:
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen, theme=theme)
    cells = await _cells(app, case, size, no_color=False)
    assert sum(is_text(cell.char) for cell in cells) > 100, "the screen shows text"
    assert _too_faint(cells, MINIMUM[theme]) == []


@pytest.mark.parametrize("theme", list(MINIMUM), ids=[t.value for t in MINIMUM])
@pytest.mark.parametrize("case", SCREENS, ids=[case.name for case in SCREENS])
async def test_no_color_stays_at_seven_to_one(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, case: ScreenCase, theme: ThemeName
) -> None:
    """NO_COLOR turns colours to grey; magtui's own :nocolor styles keep every pair strong."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen, theme=theme)
    assert app.no_color
    cells = await _cells(app, case, (80, 24), no_color=True)
    assert _too_faint(cells, 7.0) == []


def test_the_check_catches_a_faint_pair() -> None:
    """The measurement itself can fail: mid grey on black is about 5.3:1."""
    faint = [Cell("a", (128, 128, 128), (0, 0, 0), 0)]
    assert _too_faint(faint, 7.0) != []
    assert _too_faint(faint, 4.5) == []
    assert round(contrast_ratio((0, 0, 0), (255, 255, 255)), 1) == 21.0


@pytest.mark.parametrize("theme", list(MINIMUM), ids=[t.value for t in MINIMUM])
@pytest.mark.parametrize(
    "case", [c for c in SCREENS if c.reading], ids=[c.name for c in SCREENS if c.reading]
)
async def test_focus_is_visible_on_reading_pages(
    make_app: MakeApp, case: ScreenCase, theme: ThemeName
) -> None:
    """The focused page shows a bar down its left edge, at least 3:1 against the background."""
    app = make_app(zone=case.zone, disclaimer_seen=case.disclaimer_seen, theme=theme)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*case.keys)
        await pilot.pause()
        focused = app.focused
        assert focused is not None and focused.id == "reading"
        column = focused.region.x
        cells = screen_cells(app)
        edge = [c for c in cells[column::80] if focused.region.y <= c.row < focused.region.bottom]
    assert edge and all(c.char == "│" for c in edge)
    assert all(
        c.foreground and c.background and contrast_ratio(c.foreground, c.background) >= 3.0
        for c in edge
    )
