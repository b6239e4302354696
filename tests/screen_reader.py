"""Reads what a person would see on a Pilot-driven screen: each cell's character and colours.

This is the one place that touches Textual's private compositor; every contrast and layout test
goes through it, so a Textual upgrade that moves it breaks one helper, not many tests.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from rich.color import Color as RichColor
from rich.segment import Segment
from textual.app import App
from textual.filter import Monochrome

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Cell:
    char: str
    foreground: RGB | None
    background: RGB | None
    row: int


def _rgb(color: RichColor | None) -> RGB | None:
    if color is None or color.is_default:
        return None
    triplet = color.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def screen_segments(app: App[Any], *, no_color: bool = False) -> list[list[Segment]]:
    """One list of segments per row, as the compositor sends them to the terminal."""
    rows: list[list[Segment]] = []
    for strip in app.screen._compositor.render_strips():
        segments = list(strip)
        if no_color:
            segments = Monochrome().apply(segments, app.screen.styles.background)
        rows.append(segments)
    return rows


def screen_cells(app: App[Any], *, no_color: bool = False) -> list[Cell]:
    """Every visible cell with its effective colours (reverse swaps them, dim is flagged)."""
    cells: list[Cell] = []
    for row, segments in enumerate(screen_segments(app, no_color=no_color)):
        for segment in segments:
            style = segment.style
            foreground = _rgb(style.color) if style else None
            background = _rgb(style.bgcolor) if style else None
            if style is not None and style.reverse:
                foreground, background = background, foreground
            if style is not None and style.dim:
                raise AssertionError(f"dim text on row {row}: {segment.text!r}")
            for char in segment.text:
                cells.append(Cell(char, foreground, background, row))
    return cells


def screen_text(app: App[Any]) -> str:
    """The screen as plain text, one line per row."""
    return "\n".join("".join(s.text for s in row) for row in screen_segments(app))


def is_text(char: str) -> bool:
    """Letters, digits and punctuation are text; spaces, box and block glyphs are not."""
    if char.isspace():
        return False
    code = ord(char)
    if 0x2500 <= code <= 0x259F:  # box drawing and block elements: borders, scrollbars
        return False
    return unicodedata.category(char)[0] in "LNPS"


def _channel(value: int) -> float:
    scaled = value / 255
    return scaled / 12.92 if scaled <= 0.03928 else ((scaled + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    red, green, blue = (_channel(v) for v in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """WCAG 2.2 contrast ratio, from 1 (same) to 21 (black on white)."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def screen_words(app: App[Any]) -> str:
    """The screen's words with line breaks folded, for phrases that may wrap."""
    return " ".join(screen_text(app).split())
