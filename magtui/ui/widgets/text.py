"""The one way the screens turn words into Textual `Content`: never as control, never ambiguous.

A note or a product name is shown as typed, except what a terminal would act on or draw at a
width Textual cannot know (a right-to-left override, a joiner, a skin-tone modifier): those are
spelled out (`domain.shown.on_screen`). An import-linter contract keeps every other UI module
from importing `textual.content`, so no screen can build content from raw text.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content, Span
from textual.style import Style

from magtui.domain.shown import on_screen

__all__ = ["Content", "Span", "Text", "assemble", "cell_len", "plain", "styled", "within"]
"""`Text` only for Textual's typed line, which draws with it (`kit.typed.Field`)."""

Part = str | Content | tuple[str, str | Style]


def plain(words: str) -> Content:
    """Plain words, markup never parsed."""
    return Content(on_screen(words))


def styled(words: str, style: str | Style) -> Content:
    return Content.styled(on_screen(words), style)


def assemble(*parts: Part) -> Content:
    """Like `Content.assemble`: words, (words, style) pairs and content already made."""
    safe: list[Part] = []
    for part in parts:
        if isinstance(part, str):
            safe.append(on_screen(part))
        elif isinstance(part, tuple):
            safe.append((on_screen(part[0]), part[1]))
        else:
            safe.append(part)
    return Content.assemble(*safe)


def within(text: str, cells: int) -> str:
    """The longest start of `text` that takes at most `cells` terminal cells (a wide character,
    such as 中 or an emoji, takes two)."""
    used = 0
    for index, character in enumerate(text):
        used += cell_len(character)
        if used > cells:
            return text[:index]
    return text
