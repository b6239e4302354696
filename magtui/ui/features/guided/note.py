"""A note in the person's own words, kept exactly as typed."""

from __future__ import annotations

from magtui.domain.entries import LINE_LIMIT
from magtui.ui.kit.typed import CONTROL_CHARACTERS, TypedScreen


class NoteScreen(TypedScreen[str]):
    """One line here; longer notes are for `magtui log note`."""

    TITLE = "Note"
    prompt = "Your note:"
    MAX_LENGTH = LINE_LIMIT * 4

    def __init__(self, note: str) -> None:
        super().__init__()
        self.note = note

    def on_mount(self) -> None:
        from textual.widgets import Input

        box = self.query_one(Input)
        box.value = self.note
        box.focus()

    def accept(self, text: str) -> str | None:
        if any(ord(character) in CONTROL_CHARACTERS for character in text):
            return "The note has a control character in it; type it again with letters only."
        self.dismiss(text.strip())
        return None
