"""Typing a product's name."""

from __future__ import annotations

from magtui.domain.entries import LINE_LIMIT
from magtui.ui.kit.typed import CONTROL_CHARACTERS, TypedScreen


class NameScreen(TypedScreen[str]):
    """A name as typed, up to the journal's line length; nothing in it is interpreted."""

    TITLE = "Product"
    prompt = "What is the product called?"
    MAX_LENGTH = LINE_LIMIT

    def accept(self, text: str) -> str | None:
        name = " ".join(text.split())
        if not name:
            return "Type a name, or press Escape and choose Unnamed."
        if any(ord(character) in CONTROL_CHARACTERS for character in name):
            return "The name has a control character in it; type it again with letters only."
        self.dismiss(name)
        return None
