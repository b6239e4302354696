"""Laying out short text in columns without ever breaking a word.

Every row on a magtui screen is `lead  name  detail`: a key and a choice, or a label and its
value. Wide windows get three columns with the detail wrapping under itself; narrow ones stack
the detail under the name. Words wrap whole; only a word longer than the whole line is split.
"""

from __future__ import annotations

import textwrap
from typing import NamedTuple

from textual.geometry import Size
from textual.widget import Widget

from magtui.domain.shown import on_screen
from magtui.ui.widgets.text import Content, assemble, cell_len, plain, styled, within

MIN_DETAIL_WIDTH = 24
"""Narrower than this, a detail column reads as a ragged stack of single words: stack it."""


def wrap(text: str, width: int) -> list[str]:
    """Whole words per line; a word longer than the line is the only thing ever split.

    Counted in terminal cells, after anything that would control the terminal is spelled out
    (`on_screen`): a line counted in characters would run past the edge with wide characters,
    and the end of it would be cut off unseen."""
    text = on_screen(text)
    if cell_len(text) != len(text):
        return _wrap_cells(text, width)
    lines = textwrap.wrap(text, max(width, 1), break_long_words=False, break_on_hyphens=False)
    fitted: list[str] = []
    for line in lines or [""]:
        while len(line) > width > 0:
            fitted.append(line[:width])
            line = line[width:]
        fitted.append(line)
    return fitted


def _wrap_cells(text: str, width: int) -> list[str]:
    """`wrap` for text with wide or zero-width characters, word by word, by cells."""
    width = max(width, 1)
    lines: list[str] = []
    line = ""
    for word in text.split():
        joined = f"{line} {word}" if line else word
        if cell_len(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        while cell_len(word) > width:
            head = within(word, width) or word[0]
            lines.append(head)
            word = word[len(head) :]
        line = word
    return [*lines, line]


class Row(NamedTuple):
    """One row's words and how its lead and name are styled (a tuple: cheap to define at start)."""

    lead: str
    name: str
    detail: str = ""
    lead_style: str = ""
    name_style: str = ""


def row_lines(row: Row, width: int, lead_width: int, name_width: int) -> list[Content]:
    """The row as lines of at most `width` cells, in columns when they fit, stacked when not."""
    if width - lead_width - name_width >= MIN_DETAIL_WIDTH:
        return _columns(row, width, lead_width, name_width)
    return _stacked(row, width, lead_width)


def _styled_name(row: Row, text: str) -> Content:
    return styled(text, row.name_style) if row.name_style else plain(text)


def _columns(row: Row, width: int, lead_width: int, name_width: int) -> list[Content]:
    """A row as its name and detail side by side, each wrapped in its own column."""
    names = wrap(row.name, name_width - 1)
    details = wrap(row.detail, width - lead_width - name_width) if row.detail else []
    lines: list[Content] = []
    for index in range(max(len(names), len(details), 1)):
        lead = row.lead if index == 0 else ""
        name = names[index] if index < len(names) else ""
        detail = details[index] if index < len(details) else ""
        lines.append(
            assemble(
                styled(lead.ljust(lead_width), row.lead_style),
                _styled_name(row, name),
                " " * (name_width - cell_len(name)),
                detail,
            ).rstrip()
        )
    return lines


def _stacked(row: Row, width: int, lead_width: int) -> list[Content]:
    """A row too narrow for two columns: its name, then its detail indented below."""
    indent = " " * lead_width
    names = wrap(row.name, width - lead_width)
    lines = [
        assemble(
            styled((row.lead if index == 0 else "").ljust(lead_width), row.lead_style),
            _styled_name(row, name),
        ).rstrip()
        for index, name in enumerate(names)
    ]
    if row.detail:
        lines.extend(plain(indent + line) for line in wrap(row.detail, width - lead_width))
    return lines


def packed_lines(items: list[Content], width: int, gap: int = 3) -> list[Content]:
    """Items side by side, wrapping between items, never inside one unless it is too long."""
    lines: list[Content] = []
    current: Content | None = None
    for item in items:
        if current is not None and current.cell_length + gap + item.cell_length <= width:
            current = assemble(current, " " * gap, item)
            continue
        if current is not None:
            lines.append(current)
        current = item
    if current is not None:
        lines.append(current)
    return lines


class LinedWidget(Widget):
    """A widget that lays out its own lines for a given width, and so knows its own height."""

    DEFAULT_CSS = """
    LinedWidget {
        height: auto;
        text-wrap: nowrap;
        text-overflow: clip;
    }
    """

    def lines(self, width: int) -> list[Content]:
        raise NotImplementedError

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return max(len(self.lines(width)), 1)

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.content_size.width))
