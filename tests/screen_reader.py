"""Reads what a person would see on a Pilot-driven screen: each cell's character and colours,
as the terminal receives them.

This is the one place that touches Textual's private compositor. The app's own output filters
are applied (as its driver does), and colours are rounded to the terminal's colour depth the way
Rich does when it writes them, so 256 colours are measured as 256 colours.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from rich.segment import Segment
from textual.app import App

RGB = tuple[int, int, int]
DEFAULT_FOREGROUND = "terminal foreground"
DEFAULT_BACKGROUND = "terminal background"
Colour = RGB | str
"""An exact colour, the terminal's own default, or 'palette N' (the terminal decides)."""


@dataclass(frozen=True)
class Cell:
    char: str
    foreground: Colour
    background: Colour
    row: int
    column: int


def screen_segments(app: App[Any]) -> list[list[Segment]]:
    """One list of segments per row, after the app's own filters, as its driver sends them."""
    background = app.screen.styles.background
    rows: list[list[Segment]] = []
    for strip in app.screen._compositor.render_strips():
        segments = list(strip)
        for line_filter in app.get_line_filters():
            segments = line_filter.apply(segments, background)
        rows.append(segments)
    return rows


def received(color: RichColor | None, depth: ColorSystem, *, foreground: bool) -> Colour:
    """The colour a terminal of `depth` is sent, as an RGB where the palette is fixed."""
    if color is None or color.is_default:
        return DEFAULT_FOREGROUND if foreground else DEFAULT_BACKGROUND
    sent = color.downgrade(depth)
    if sent.type in (ColorType.STANDARD, ColorType.WINDOWS) or (
        sent.type is ColorType.EIGHT_BIT and sent.number is not None and sent.number < 16
    ):
        return f"palette {sent.number}"
    triplet = sent.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def screen_cells(app: App[Any], depth: ColorSystem = ColorSystem.TRUECOLOR) -> list[Cell]:
    """Every cell with its colours as received; reverse swaps them, dim is refused outright."""
    cells: list[Cell] = []
    for row, segments in enumerate(screen_segments(app)):
        column = 0
        for segment in segments:
            style = segment.style
            foreground = received(style.color if style else None, depth, foreground=True)
            background = received(style.bgcolor if style else None, depth, foreground=False)
            if style is not None and style.reverse:
                foreground, background = background, foreground
            if style is not None and style.dim:
                raise AssertionError(f"dim text on row {row}: {segment.text!r}")
            for char in segment.text:
                cells.append(Cell(char, foreground, background, row, column))
                column += 1
    return cells


def screen_text(app: App[Any]) -> str:
    """The screen as plain text, one line per row."""
    return "\n".join("".join(s.text for s in row) for row in screen_segments(app))


def screen_words(app: App[Any]) -> str:
    """The screen's words with line breaks folded, for phrases that may wrap."""
    return " ".join(screen_text(app).split())


def is_text(char: str) -> bool:
    """Letters, digits and punctuation are text; spaces, box and block glyphs are not."""
    if char.isspace():
        return False
    if is_glyph(char):
        return False
    return unicodedata.category(char)[0] in "LNPS"


def is_glyph(char: str) -> bool:
    """Box drawing and block elements: borders and scrollbars, which are not text."""
    return 0x2500 <= ord(char) <= 0x259F


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.04045 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    red, green, blue = (_channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2.2 contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


TERMINAL_PAIRS = {
    (DEFAULT_FOREGROUND, DEFAULT_BACKGROUND),
    (DEFAULT_BACKGROUND, DEFAULT_FOREGROUND),
}
"""The terminal's own text on its own background, or reversed: as readable as it makes them."""


def cell_contrast(cell: Cell) -> float | None:
    """The pair's WCAG ratio; None for the terminal's own pair; 0 for a pair nobody can know."""
    pair = (cell.foreground, cell.background)
    if pair in TERMINAL_PAIRS:
        return None
    if isinstance(cell.foreground, tuple) and isinstance(cell.background, tuple):
        return contrast_ratio(cell.foreground, cell.background)
    return 0.0
