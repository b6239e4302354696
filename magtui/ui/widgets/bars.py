"""The title line at the top and the key line at the bottom of every screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class TitleBar(Horizontal):
    """Where you are on the left; your zone, in words, on the right."""

    def __init__(self, title: str, zone_text: str = "") -> None:
        super().__init__(id="title-bar")
        self._title = title
        self._zone_text = zone_text

    def compose(self) -> ComposeResult:
        yield Static(Content(self._title), id="title")
        yield Static(Content(self._zone_text), id="title-zone")

    def set_zone_text(self, zone_text: str) -> None:
        if zone_text != self._zone_text:
            self._zone_text = zone_text
            self.query_one("#title-zone", Static).update(Content(zone_text))


class KeyBar(Static):
    """Every key that works here, with what it does. Wraps rather than hides keys when narrow."""

    def __init__(self, keys: list[tuple[str, str]]) -> None:
        super().__init__(id="key-bar")
        self.set_keys(keys)

    def set_keys(self, keys: list[tuple[str, str]]) -> None:
        parts = [Content.assemble((key, "$key bold"), " ", label) for key, label in keys]
        self.update(Content("   ").join(parts))
