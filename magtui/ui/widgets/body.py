"""The scrolling middle of every screen: moved by keys only, and steady across a resize.

Whatever does not fit is reached with the keys the key bar shows, and the scroll keys are shown
only while there is more to see. When the window changes width the text re-wraps; the body then
returns to the block that was at the top, so a reader does not lose their place.
"""

from __future__ import annotations

from typing import NamedTuple

from textual.containers import VerticalScroll
from textual.geometry import Size
from textual.message import Message
from textual.widget import Widget


class _Anchor(NamedTuple):
    """The block at the top of the view, how far into it, and the width that was measured at."""

    block: Widget
    offset: int
    width: int


class MoreBelow(Message):
    """A view moved or its page changed: whether there is more below may have changed."""


class Body(VerticalScroll, can_focus=False, inherit_bindings=False):
    """Scrolled by the screen's keys (it has none of its own); never focused, so it traps none."""

    def __init__(self) -> None:
        super().__init__(id="body")
        self._anchor: _Anchor | None = None
        self._could_scroll = False

    @property
    def can_scroll(self) -> bool:
        return self.max_scroll_y > 0

    @property
    def more_below(self) -> bool:
        """Whether lines below the view are still unread (the hint under the page says so)."""
        return round(self.scroll_y) < self.max_scroll_y

    def _blocks(self) -> list[Widget]:
        """The blocks a reader's place is kept by: the page's rows, one level into lists."""
        blocks: list[Widget] = []
        for child in self.query_one("#page").children:
            if child.display:
                inner = [c for c in child.children if c.display and c.region.height]
                blocks.extend(inner or [child])
        return blocks

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._tell_if_more_changed()
        if self._anchor is None or self._anchor.width == self.size.width:
            self._remember_place()

    def _remember_place(self) -> None:
        """Remembers which block is at the top and how far into it, so a resize keeps the reader's
        place."""
        top = round(self.scroll_y)
        for block in self._blocks():
            region = block.virtual_region_with_margin
            if region.bottom > top:
                self._anchor = _Anchor(block, max(0, top - region.y), self.size.width)
                return
        self._anchor = None

    def on_resize(self) -> None:
        self.call_after_refresh(self._after_resize)

    def watch_virtual_size(self, size: Size) -> None:
        self.call_after_refresh(self._tell_if_scrolling_changed)

    def _after_resize(self) -> None:
        """After a change of width, scrolls back to the remembered block, however its lines
        rewrapped."""
        anchor = self._anchor
        if anchor is not None and anchor.width != self.size.width and anchor.block.is_attached:
            region = anchor.block.virtual_region_with_margin
            offset = min(anchor.offset, max(region.height - 1, 0))
            self.scroll_to(y=region.y + offset, animate=False, immediate=True)
            self._anchor = _Anchor(anchor.block, offset, self.size.width)
        self._tell_if_scrolling_changed()

    def _tell_if_scrolling_changed(self) -> None:
        """The scroll keys appear in the key bar only while there is more to see."""
        if not self.is_attached:  # replaced by a recompose meanwhile
            return
        if self.can_scroll != self._could_scroll:
            self._could_scroll = self.can_scroll
            self.screen.refresh_bindings()
        self._tell_if_more_changed()

    def _tell_if_more_changed(self) -> None:
        """The screen shows "PgDn more" while there is more below; it redraws only on a change."""
        if self.is_attached:
            self.post_message(MoreBelow())
