"""A note in the person's own words, kept exactly as typed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from magtui.domain.entries import LINE_LIMIT
from magtui.ui.kit.typed import CONTROL_CHARACTERS, TypedScreen


class NoteScreen(TypedScreen):
    """One line here; longer notes are for `magtui log note`."""

    TITLE = "Note"
    prompt = "Your note:"
    MAX_LENGTH = LINE_LIMIT * 4

    def __init__(self, note: str, noted: Callable[[str], Awaitable[None]]) -> None:
        super().__init__()
        self.note = note
        self.noted = noted

    def on_mount(self) -> None:
        from textual.widgets import Input

        box = self.query_one(Input)
        box.value = self.note
        box.focus()

    def accept(self, text: str) -> str | None:
        if any(ord(character) in CONTROL_CHARACTERS for character in text):
            return "The note has a control character in it; type it again with letters only."
        self.app.pop_screen()
        self.app.call_later(self.noted, text.strip())
        return None
