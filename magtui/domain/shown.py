"""Typed text echoed back in a message, made safe to print on one line of a terminal."""

from __future__ import annotations

import unicodedata

SHOWN_LIMIT = 40

HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Controls, format characters (bidirectional overrides, joiners), surrogates, private and
unassigned code points, line and paragraph separators: never sent to the screen as they are."""
JOINING = frozenset(
    [*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), *range(0x1F3FB, 0x1F400), 0x20E3]
    + list(range(0x1F1E6, 0x1F200))
)
"""Variation selectors, skin-tone modifiers, the keycap and the flag letters: each joins the
character before it into one picture that terminals draw one, two or more cells wide, so
Textual's count of the line and the terminal's drift apart and old cells stay on screen."""


def printable(text: str) -> str:
    """Control characters and undecodable bytes spelled out (\\n, \\x1b), so nothing can break a
    line or send a terminal escape."""
    return "".join(
        character if character.isprintable() else repr(character)[1:-1] for character in text
    )


def shown(text: str) -> str:
    """'like this' — quoted, printable and at most `SHOWN_LIMIT` characters."""
    safe = printable(text)
    if len(safe) > SHOWN_LIMIT:
        safe = safe[: SHOWN_LIMIT - 1] + "…"
    return f"'{safe}'"


def on_screen(text: str) -> str:
    """Text for the full-screen app: as typed, but anything invisible, controlling or joining
    spelled out (\\u202e, \\u200d); line breaks stay, as the screens lay text out in lines."""
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        _spelled(character) if character != "\n" and is_hidden(character) else character
        for character in text
    )


def is_hidden(character: str) -> bool:
    """Whether the terminal would act on it or draw it at a width nobody can know."""
    return unicodedata.category(character) in HIDDEN_CATEGORIES or ord(character) in JOINING


def _spelled(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return repr(character)[1:-1] if not character.isprintable() else f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"
