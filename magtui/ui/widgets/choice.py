"""One row per choice: the key to press, a short name, and what it means."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.widgets import Static


class ChoiceRow(Horizontal):
    """`key  Name  meaning…`; the name can carry a class (e.g. a zone colour) beside its word."""

    def __init__(self, key: str, name: str, detail: str = "", *, name_class: str = "") -> None:
        super().__init__(classes="choice")
        self._key = key
        self._name = name
        self._detail = detail
        self._name_class = name_class

    def compose(self) -> ComposeResult:
        yield Static(Content(self._key), classes="choice-key")
        yield Static(Content(self._name), classes=f"choice-name {self._name_class}".strip())
        if self._detail:
            yield Static(Content(self._detail), classes="choice-detail")
