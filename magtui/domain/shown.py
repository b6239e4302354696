"""Typed text echoed back in a message, made safe to print on one line of a terminal."""

from __future__ import annotations

SHOWN_LIMIT = 40


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
