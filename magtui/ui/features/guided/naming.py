"""Typing a product's name."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from magtui.domain.entries import LINE_LIMIT
from magtui.ui.kit.typed import CONTROL_CHARACTERS, TypedScreen


class NameScreen(TypedScreen):
    """A name as typed, up to the journal's line length; nothing in it is interpreted."""

    TITLE = "Product"
    prompt = "What is the product called?"
    MAX_LENGTH = LINE_LIMIT

    def __init__(self, named: Callable[[str], Awaitable[None]]) -> None:
        super().__init__()
        self.named = named

    def accept(self, text: str) -> str | None:
        name = " ".join(text.split())
        if not name:
            return "Type a name, or press Escape and choose Unnamed."
        if any(ord(character) in CONTROL_CHARACTERS for character in name):
            return "The name has a control character in it; type it again with letters only."
        self.app.pop_screen()
        self.app.call_later(self.named, name)
        return None
