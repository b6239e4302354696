"""Every screen, at every size from 40x12 up, in every theme and colour setting, as the terminal
receives it: every character readable, no word broken, no key parted from its label, and the
last line reached by keys.

One app per (screen, colour setting) is drawn in each theme in turn and resized through the
sizes, and each drawing is checked every way: its colours in every theme, its layout (words,
keys, parts, the last line) at every size once, as a theme changes colours and nothing else.
At 16 colours and under NO_COLOR magtui sends no colour at all, so those runs are their own, and
in them the themes that draw alike are checked to be alike instead of each checked again; at
256 colours it sends what it sends in truecolor, rounded by Rich, so one run serves both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from rich.color import ColorSystem
from textual.color import Color
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Digits, Input, Static

from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone
from magtui.ui.features.home.home import HomeScreen
from magtui.ui.features.journal.journal import JournalScreen
from magtui.ui.kit.base import CalmScreen
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.themes import (
    MINIMUM_CONTROL_CONTRAST,
    MINIMUM_TEXT_CONTRAST,
    THEMES,
    colour_is_off,
)
from magtui.ui.widgets.bars import KeyBar, TitleBar
from magtui.ui.widgets.choice import ChoiceRow, LabelledRow
from magtui.ui.widgets.entry_list import EntryList, entry_line, when_words
from tests.conftest import MakeApp
from tests.screen_reader import (
    Cell,
    cell_contrast,
    is_glyph,
    is_text,
    screen_cells,
    screen_text,
    screen_words,
)
from tests.screens import SCREENS, ScreenCase

SIZES = [(80, 24), (60, 20), (40, 12)]


@dataclass(frozen=True)
class Setting:
    """A terminal: its environment, and the colour depths its output is measured at."""

    name: str
    environment: dict[str, str]
    depths: tuple[ColorSystem, ...]
    colour: bool


SETTINGS = [
    Setting(
        "truecolor+256",
        {"TERM": "xterm-256color", "COLORTERM": "truecolor"},
        (ColorSystem.TRUECOLOR, ColorSystem.EIGHT_BIT),
        colour=True,
    ),
    Setting("16", {"TERM": "xterm", "COLORTERM": ""}, (ColorSystem.STANDARD,), colour=False),
    Setting(
        "no-color",
        {"TERM": "xterm-256color", "COLORTERM": "truecolor", "NO_COLOR": "1"},
        (ColorSystem.TRUECOLOR,),
        colour=False,
    ),
]


def test_the_wcag_thresholds_are_the_standard_ones() -> None:
    """Lowering a threshold to make a failing screen pass must fail here first."""
    assert MINIMUM_TEXT_CONTRAST == {
        ThemeName.CONTRAST_DARK: 7.0,
        ThemeName.CONTRAST_LIGHT: 7.0,
        ThemeName.SOFT: 4.5,
    }
    assert MINIMUM_CONTROL_CONTRAST == 3.0


def _faint_text(cells: list[Cell], minimum: float | None) -> list[str]:
    """Text cells below `minimum`; with None, any cell not in the terminal's own colours."""
    problems: dict[tuple[object, object], str] = {}
    for cell in cells:
        if not is_text(cell.char):
            continue
        ratio = cell_contrast(cell)
        if ratio is None:
            continue
        if minimum is None or ratio < minimum:
            key = (cell.foreground, cell.background)
            problems.setdefault(key, f"row {cell.row}: {cell.char!r} {key} is {ratio:.2f}:1")
    return sorted(problems.values())


def _faint_controls(cells: list[Cell], screen: CalmScreen) -> list[str]:
    """Scrollbars and the highlighted choice stand out at 3:1 from what is beside them."""
    problems = []
    for cell in cells:
        if is_glyph(cell.char):
            ratio = cell_contrast(cell)
            if ratio is not None and ratio < MINIMUM_CONTROL_CONTRAST:
                problems.append(f"glyph on row {cell.row} is {ratio:.2f}:1")
    page = screen.body.region
    at = {(cell.column, cell.row): cell for cell in cells}
    for row in screen.query(ChoiceRow).filter(".-highlight"):
        for y in range(page.y, page.bottom):
            widget, _ = screen.get_widget_at(row.region.x, y)
            if widget is not row:
                continue
            mark, plain = at[(row.region.x, y)], at[(page.x, y)]
            highlight = Cell("x", mark.background, plain.background, y, row.region.x)
            ratio = cell_contrast(highlight)
            reversed_pair = mark.background == plain.foreground
            if not reversed_pair and (ratio is None or ratio < MINIMUM_CONTROL_CONTRAST):
                problems.append(f"highlighted row is {ratio}:1 from the page")
    return problems


def _faint_fields(cells: list[Cell], screen: CalmScreen) -> list[str]:
    """A typed field is a box whose edge stands 3:1 from the page, or a background that does:
    never a field told from the page by a shade nobody sees."""
    problems = []
    at = {(cell.column, cell.row): cell for cell in cells}
    page = screen.body.region
    for field in screen.query(Input):
        box = field.region
        if not box.area:
            continue
        corner, inside, plain = at[box.x, box.y], at[box.x + 1, box.y + 1], at[page.x, page.y]
        edge = cell_contrast(Cell("x", corner.foreground, plain.background, box.y, box.x))
        fill = cell_contrast(Cell("x", inside.background, plain.background, box.y, box.x))
        # None: the terminal's own foreground on its own background, as readable as it makes it.
        by_edge = is_glyph(corner.char) and (edge is None or edge >= MINIMUM_CONTROL_CONTRAST)
        by_fill = fill is not None and fill >= MINIMUM_CONTROL_CONTRAST
        if not (by_edge or by_fill):
            problems.append(f"a typed field stands {edge}:1 by its edge, {fill}:1 by its fill")
    return problems


def _source_words(screen: CalmScreen) -> set[str]:
    """Every word the screen's widgets were given, before any wrapping."""
    texts: list[str] = []
    for widget in screen.query(Widget):
        if isinstance(widget, LabelledRow):
            texts.append(widget.words)
        elif isinstance(widget, Static):
            texts.append(str(widget.render()))
        elif isinstance(widget, Digits):
            texts.extend(widget.value)  # drawn in glyphs; only its ':' shows as a character
        elif isinstance(widget, TitleBar):
            texts.extend(widget.words)
        elif isinstance(widget, KeyBar):
            texts.extend(f"{key} {label}" for key, label in widget.keys)
        elif isinstance(widget, EntryList):
            texts.extend(entry_line(entry, widget.now, widget.follows) for entry in widget.rows)
            texts.append("…")
    return {word for text in texts for word in text.split()}


def _broken_words(app: object, screen: CalmScreen) -> list[str]:
    vocabulary = _source_words(screen)
    shown = screen_text(app).split()  # type: ignore[arg-type]
    return [
        word
        for word in shown
        if word not in vocabulary and not all(is_glyph(char) for char in word)
    ]


def _parted_keys(app: object, screen: CalmScreen) -> list[str]:
    lines = screen_text(app).splitlines()  # type: ignore[arg-type]
    bar = screen.query_one(KeyBar).region
    shown = [" ".join(line.split()) for line in lines[bar.y : bar.bottom]]
    return [
        f"{key} {label}"
        for key, label in screen.query_one(KeyBar).keys
        if not any(f"{key} {label}" in line for line in shown)
    ]


def _overlaps(screen: CalmScreen) -> list[str]:
    """The title, notice, body and key line each have rows of their own."""
    middle = screen.body if screen.body.is_attached else screen.query_one("#journal")
    parts: list[Widget] = [screen.query_one(TitleBar), middle, screen.query_one(KeyBar)]
    parts += [w for w in screen.query("#notice") if w.display]
    return [
        f"{first.id} overlaps {second.id}"
        for index, first in enumerate(parts)
        for second in parts[index + 1 :]
        if first.region.overlaps(second.region)
    ]


def _last_words(screen: CalmScreen) -> str:
    """The last few words of the last thing in the body: what reaching the end must show.

    A list of entries has no body: its end is the oldest entry's time, which End reaches.
    """
    if isinstance(screen, JournalScreen):
        oldest = screen.entry_list.rows[-1]
        return when_words(oldest, screen.entry_list.now)
    leaves = [
        w for w in screen.body.query(Widget) if isinstance(w, Static | LabelledRow) and w.display
    ]
    last = leaves[-1]
    text = last.words if isinstance(last, LabelledRow) else str(last.render())
    return " ".join(text.split()[-3:])


def _check_view(
    app: object, screen: CalmScreen, theme: ThemeName, setting: Setting, *, layout: bool
) -> list[str]:
    """The colours of what is shown; with `layout`, also its words, keys and parts."""
    problems: list[str] = []
    for depth in setting.depths:
        cells = screen_cells(app, depth)  # type: ignore[arg-type]
        colour = setting.colour and theme is not ThemeName.TERMINAL
        minimum = MINIMUM_TEXT_CONTRAST[theme] if colour else None
        problems += [f"{depth.name}: {p}" for p in _faint_text(cells, minimum)]
        problems += [f"{depth.name}: {p}" for p in _faint_controls(cells, screen)]
        problems += [f"{depth.name}: {p}" for p in _faint_fields(cells, screen)]
    if not layout:
        return problems
    problems += [f"broken word {w!r}" for w in _broken_words(app, screen)]
    problems += _overlaps(screen)
    problems += [f"key parted from its label: {k!r}" for k in _parted_keys(app, screen)]
    return problems


def _matrix() -> list[tuple[ScreenCase, Setting, tuple[ThemeName, ...]]]:
    """Every screen in every theme; the colourless settings for each kind of widget once.

    Screens that only put new words in widgets already drawn colourless elsewhere (a list of
    choices, labelled rows) are checked in colour only: under NO_COLOR and 16 colours their
    output differs from another screen's by the words alone.

    Each screen starts in a different theme of the list, so every theme is drawn both as the
    theme an app starts in and as one chosen while it runs (the settings screen's path).
    """
    matrix = []
    for index, case in enumerate(SCREENS):
        if case.variant_of is not None:
            continue  # drawn every way as the case it is a variant of
        for setting in SETTINGS:
            if not (setting.colour or case.colourless):
                continue
            if not setting.colour and setting is not COLOURLESS[index % len(COLOURLESS)]:
                continue  # each colourless screen once, the settings taking turns
            themes = tuple(ThemeName) if setting.colour else NO_COLOR_THEMES
            first = index % len(themes)
            matrix.append((case, setting, themes[first:] + themes[:first]))
    return matrix


COLOURLESS = [setting for setting in SETTINGS if not setting.colour]
"""Under NO_COLOR and at 16 colours magtui sends no colour at all, by one rule (`colour_is_off`):
the colourless screens take turns between the two, and `test_16_colours_draw_what_no_color_draws`
holds that both settings draw the same."""

NO_COLOR_THEMES = (ThemeName.CONTRAST_DARK, ThemeName.TERMINAL)
"""Without colour (NO_COLOR, or 16 colours, where magtui sends none) the other themes draw
exactly what high-contrast dark draws, as each colourless run of the matrix holds
(`_same_without_colour`); so those runs check these two themes only."""
THEMES_LIKE_THE_DEFAULT_WITHOUT_COLOUR = (ThemeName.CONTRAST_LIGHT, ThemeName.SOFT)
SAID_BY_THEME = {"theme"}
"""Screens whose words name the theme in use: they differ by theme in words, not looks."""


COLOUR_SIZES = [SIZES[0], SIZES[-1]]
"""A theme changes colours, never where things are: the layout is checked at every size once
per screen, and the colours in every theme at the largest size and at the smallest, where the
scroll bars show."""


@pytest.mark.parametrize(
    ("case", "setting", "themes"),
    _matrix(),
    ids=[f"{c.name}-{s.name}" for c, s, _ in _matrix()],
)
async def test_every_screen_reads_at_every_size_theme_and_colour_setting(
    make_app: MakeApp,
    monkeypatch: pytest.MonkeyPatch,
    case: ScreenCase,
    setting: Setting,
    themes: tuple[ThemeName, ...],
) -> None:
    """One app per screen and setting, drawn in each theme and resized through the sizes: a
    person's window changes size too, and starting the app once keeps the whole matrix quick."""
    for name, value in setting.environment.items():
        if value:
            monkeypatch.setenv(name, value)
        else:
            monkeypatch.delenv(name, raising=False)
    app = case.app(make_app, theme=themes[0])
    problems: list[str] = []
    async with app.run_test(size=SIZES[0]) as pilot:
        assert colour_is_off(app) is not setting.colour
        await pilot.press(*case.keys)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CalmScreen)
        for theme in themes:
            if app.theme != theme.value:
                app.theme = theme.value
                await pilot.pause()
            layout = theme is themes[0] and setting is SETTINGS[0]
            found = await _check_sizes(pilot, screen, case, theme, setting, layout=layout)
            problems += [f"{theme.value} {p}" for p in found]
        if not setting.colour and case.name not in SAID_BY_THEME:
            problems += await _same_without_colour(pilot, screen)
    assert problems == []


async def _same_without_colour(pilot: Pilot[int], screen: CalmScreen) -> list[str]:
    """The themes the matrix leaves out under NO_COLOR draw what high-contrast dark draws."""
    app = pilot.app
    await pilot.resize_terminal(*SIZES[0])
    if screen.body.can_scroll or isinstance(screen, JournalScreen):
        await pilot.press("home")
    shots = []
    for theme in (ThemeName.CONTRAST_DARK, *THEMES_LIKE_THE_DEFAULT_WITHOUT_COLOUR):
        app.theme = theme.value
        await pilot.pause()
        shots.append((theme, re.sub(r"terminal-\d+", "terminal", app.export_screenshot())))
    return [f"{theme.value} differs without colour" for theme, shot in shots if shot != shots[0][1]]


async def _check_sizes(
    pilot: Pilot[int],
    screen: CalmScreen,
    case: ScreenCase,
    theme: ThemeName,
    setting: Setting,
    *,
    layout: bool,
) -> list[str]:
    """One theme's drawing at the top and the end of the screen, at each size it is drawn at;
    with `layout`, at every size, also reaching the last line by keys."""
    app = pilot.app
    # The theme is the one chosen and its words are there: this also guards the pictures,
    # which a theme that failed to load would snapshot blank.
    assert app.theme == theme.value
    if setting.colour and theme is not ThemeName.TERMINAL:
        expected = Color.parse(THEMES[theme].background or "")
        assert screen.styles.background == expected, "the theme's colours are applied"
    problems: list[str] = []
    for width, height in SIZES if layout else COLOUR_SIZES:
        size = f"{width}x{height}"
        await pilot.resize_terminal(width, height)
        if screen.body.can_scroll or isinstance(screen, JournalScreen):
            await pilot.press("home")
        await pilot.pause()
        if (width, height) == SIZES[0]:
            assert case.expect in screen_words(app), f"{size}: the keys reached the screen"
        if layout:
            problems += [f"{size}: {p}" for p in _too_much_before_acting(screen, case, size)]
        assert sum(is_text(c.char) for c in screen_cells(app)) > 30, "the screen shows text"
        views = [
            f"{size} top: {p}" for p in _check_view(app, screen, theme, setting, layout=layout)
        ]
        if isinstance(screen, JournalScreen) or screen.body.can_scroll:
            if not isinstance(screen, JournalScreen):
                await pilot.press("pagedown")
                assert screen.body.scroll_y > 0, f"{size}: PgDn scrolls"
            await pilot.press("end")
            await pilot.pause()
            found = _check_view(app, screen, theme, setting, layout=layout)
            views += [f"{size} end: {p}" for p in found]
        problems += views
        if layout:
            last = _last_words(screen)
            shown = " ".join(w for w in screen_words(app).split() if not all(map(is_glyph, w)))
            assert last in shown, f"{size}: the last line ({last!r}) is never reached"
    return problems


HOME_KEY_LINE_ROWS = {"80x24": 1, "40x12": 2}
"""The zone home's key line, in rows: one glance, even at the smallest window."""


def _too_much_before_acting(screen: CalmScreen, case: ScreenCase, size: str) -> list[str]:
    """In Red at 80x24 the first choice is in view before any scrolling, and the zone home's
    key line fits its rows (`HOME_KEY_LINE_ROWS`)."""
    problems = []
    if case.zone is Zone.RED and size == "80x24" and isinstance(screen, ChoiceScreen):
        rows = list(screen.query(ChoiceRow))
        if rows and not screen.body.region.contains_region(rows[0].region):
            problems.append("in Red the first choice is below the fold")
    rows_allowed = HOME_KEY_LINE_ROWS.get(size)
    if isinstance(screen, HomeScreen) and rows_allowed is not None:
        used = screen.query_one(KeyBar).region.height
        if used > rows_allowed:
            problems.append(f"the key line takes {used} rows, not {rows_allowed}")
    return problems


@pytest.mark.parametrize("name", ["home-red", "journal", "dose-red"])
async def test_16_colours_draw_what_no_color_draws(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The matrix checks each colourless screen under one of the two settings; here a page of
    choices, the journal's list and a dose with its guide lines are drawn under both."""
    [case] = [c for c in SCREENS if c.name == name]
    shots = []
    for setting in COLOURLESS:
        for variable in ("TERM", "COLORTERM", "NO_COLOR"):
            monkeypatch.delenv(variable, raising=False)
        for variable, value in setting.environment.items():
            if value:
                monkeypatch.setenv(variable, value)
        app = case.app(make_app)
        async with app.run_test(size=SIZES[-1]) as pilot:
            await pilot.press(*case.keys)
            await pilot.pause()
            assert colour_is_off(app)
            shots.append(re.sub(r"terminal-\d+", "terminal", app.export_screenshot()))
    assert shots[0] == shots[1]


def test_a_variant_names_a_case_the_matrix_draws() -> None:
    drawn = {case.name for case, _, _ in _matrix()}
    variants = {case.name: case.variant_of for case in SCREENS if case.variant_of}
    assert variants and all(of in drawn for of in variants.values())
