"""The journal's entries, one line each, newest first, at any length.

Only the lines in the window are ever drawn (Textual's line API), so 100,000 entries move as
quickly as ten. The cursor row is shown in the theme's cursor colours, reversed where colour
is off, like a highlighted choice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from magtui.domain.entries import CapsuleDose, Content, Entry, Note, Reaction, TopicalSession
from magtui.domain.entry_words import describe, use_words
from magtui.domain.shown import on_screen
from magtui.domain.when import describe_when
from magtui.ui.widgets.body import MoreBelow
from magtui.ui.widgets.text import cell_len, within

Follows = Callable[[str], Content | None]
"""The current version of the entry an id names: the use an answer follows."""

WHEN_WIDTH = 17
"""'30 Nov 2024 18:45' and a space; 'today 14:02' is padded to line up with it."""


def when_words(entry: Entry, now: datetime) -> str:
    return describe_when(entry.at, now).replace(" at ", " ")


def entry_line(entry: Entry, now: datetime, follows: Follows | None = None) -> str:
    """'today 14:05       Reaction: itch, moderate, after Cream, Calm Cream (today 14:00)'."""
    words = describe(entry, after=after_words(entry, now, follows))
    return f"{when_words(entry, now):<{WHEN_WIDTH - 1}} {words}"


def after_words(entry: Entry, now: datetime, follows: Follows | None) -> str:
    """Which use an answer follows, and when, in a few words; empty for anything else."""
    if follows is None or not isinstance(entry, Reaction | Note) or entry.after is None:
        return ""
    use = follows(entry.after)
    if not isinstance(use, TopicalSession | CapsuleDose):
        return ""
    return f"{use_words(use)} ({when_words(use, now)})"


class EntryList(ScrollView, can_focus=False, inherit_bindings=False):
    """Rows and a cursor; the screen owns every key and calls `move`."""

    COMPONENT_CLASSES = {"entry-list--cursor"}
    DEFAULT_CSS = """
    EntryList { height: 1fr; scrollbar-size-vertical: 0; }
    """

    def __init__(self, now: datetime, follows: Follows | None = None) -> None:
        super().__init__(id="entries")
        self.rows: Sequence[Content] = ()
        self.cursor = 0
        self.now = now
        self.follows = follows

    def show(self, rows: Sequence[Content], *, keep: Content | None = None) -> None:
        """New rows (newest first); the cursor stays on `keep` if it is still there."""
        self.rows = rows
        if keep is not None:
            self.cursor = _index_of(rows, keep, self.cursor)
        self.cursor = max(0, min(self.cursor, len(rows) - 1))
        self.virtual_size = Size(0, len(rows))
        self._keep_cursor_visible()
        self.refresh()
        self.post_message(MoreBelow())

    @property
    def more_below(self) -> bool:
        """Whether rows below the view are still unseen."""
        return round(self.scroll_y) < self.max_scroll_y

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.post_message(MoreBelow())

    @property
    def current(self) -> Content | None:
        return self.rows[self.cursor] if self.rows else None

    def move(self, step: int) -> None:
        """Move the cursor by `step` rows, stopping at either end."""
        if not self.rows:
            return
        target = max(0, min(self.cursor + step, len(self.rows) - 1))
        if target == self.cursor:
            return
        old, self.cursor = self.cursor, target
        if not self._keep_cursor_visible():
            top = round(self.scroll_y)
            for row in (old, target):
                self.refresh_line(row - top)

    @property
    def page(self) -> int:
        return max(1, self.size.height - 1)

    def _keep_cursor_visible(self) -> bool:
        """Scroll so the cursor is in view; True when that moved the rows."""
        top = round(self.scroll_y)
        height = max(1, self.size.height)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
            return True
        if self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)
            return True
        return False

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.rows))
        self._keep_cursor_visible()
        self.post_message(MoreBelow())

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if not 0 <= index < len(self.rows):
            return Strip.blank(width, base)
        text = fitted(on_screen(entry_line(self.rows[index], self.now, self.follows)), width)
        style: Style = base
        if index == self.cursor:
            style = base + self.get_component_rich_style("entry-list--cursor")
        return Strip([Segment(text + " " * (width - cell_len(text)), style)], width)


def fitted(text: str, width: int) -> str:
    """The line cut at a space so it fits, with '…' for the rest; no word is ever cut in two.

    Counted in terminal cells, not characters: a wide character (中, an emoji) takes two, and
    a line counted by characters would run past the edge and leave cells of the last screen."""
    if cell_len(text) <= width:
        return text
    fits = within(text, max(0, width - 1))
    cut = fits.rfind(" ")
    return (text[:cut] + " …") if cut > 0 else (fits + "…")


def _index_of(rows: Sequence[Content], wanted: Content, near: int) -> int:
    """Where `wanted` is now (by id), looking near the old place first; `near` if gone."""
    for index in range(max(0, near - 50), min(len(rows), near + 50)):
        if rows[index].id == wanted.id:
            return index
    return near
