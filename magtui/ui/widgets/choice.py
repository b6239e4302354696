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
        self._choice_key = key
        self._label = name
        self._choice_detail = detail
        self._label_class = name_class

    def compose(self) -> ComposeResult:
        yield Static(Content(self._choice_key), classes="choice-key")
        yield Static(Content(self._label), classes=f"choice-name {self._label_class}".strip())
        if self._choice_detail:
            yield Static(Content(self._choice_detail), classes="choice-detail")
