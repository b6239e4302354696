"""One row per choice: the key to press, a short name, and what it means.

A single widget that wraps its own detail column with a hanging indent. Built as four widgets it
cost the first screen a noticeable share of its start-up in style work.
"""

from __future__ import annotations

import textwrap

from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget


class ChoiceRow(Widget):
    """`key  Name  meaning…`, the meaning wrapping under itself, never under the key."""

    DEFAULT_CSS = """
    ChoiceRow {
        height: auto;
        text-wrap: nowrap;
    }
    """

    def __init__(
        self,
        key: str,
        name: str,
        detail: str = "",
        *,
        key_width: int = 5,
        name_width: int = 26,
        name_style: str = "",
    ) -> None:
        super().__init__(classes="choice")
        self.choice_key = key
        self.label = name
        self.detail = detail
        self.key_width = max(key_width, len(key) + 1)
        self.name_width = name_width
        self.name_style = name_style

    def _lines(self, width: int) -> list[Content]:
        indent = self.key_width + self.name_width
        detail_width = max(width - indent, 10)
        details = textwrap.wrap(self.detail, detail_width) or [""]
        name_style = f"bold {self.name_style}".strip()
        if self.name_style and self.app.no_color:
            name_style += " underline"
        first = Content.assemble(
            (self.choice_key.ljust(self.key_width), "$key bold"),
            (self.label.ljust(self.name_width), name_style),
            details[0],
        )
        rest = [Content(" " * indent + line) for line in details[1:]]
        return [first, *rest]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))

    def render(self) -> Content:
        return Content("\n").join(self._lines(self.content_size.width))

    @property
    def plain(self) -> str:
        """The row's words, for tests that check nothing is cut off."""
        return f"{self.choice_key} {self.label} {self.detail}".strip()
