"""One place that prints for the commands, so every message reads the same way."""

from __future__ import annotations

import sys

from magtui.domain.shown import printable


def say(message: str) -> None:
    print(message)


def complain(message: str) -> None:
    """A problem the person can act on, as one sentence on standard error."""
    print(f"magtui: {printable(message)}", file=sys.stderr)
