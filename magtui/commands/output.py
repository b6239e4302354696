"""One place that prints for the commands, so every message reads the same way.

Whatever a message repeats from outside (a path, a typed value) is printed with control
characters spelled out. Output that cannot be written (standard output closed, a full disk)
ends the command with one sentence and exit 1, never a traceback.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from typing import BinaryIO

from magtui.domain.shown import printable


class OutputFailed(Exception):
    """Standard output could not be written; the message says why, in a few words."""


def say(message: str) -> None:
    """Each line of `message` on standard output, control characters spelled out."""
    text = "\n".join(printable(line) for line in message.split("\n"))
    try:
        if sys.stdout is None:
            raise OutputFailed("it is closed")
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:
        raise OutputFailed(_reason(error)) from None


def stdout_bytes() -> BinaryIO:
    if sys.stdout is None:
        raise OutputFailed("it is closed")
    return sys.stdout.buffer


def _reason(error: Exception) -> str:
    """Why the output failed, in a few words: the real cause, never a guess at one."""
    if isinstance(error, UnicodeEncodeError):
        return (
            f"its encoding, {error.encoding}, cannot show some of the characters; "
            "set PYTHONIOENCODING=utf-8 or a UTF-8 locale"
        )
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return "it is closed"


def output_failed(error: OutputFailed) -> int:
    """Say why once on standard error, and keep Python from trying the output again at exit."""
    complain(f"The output could not be written ({error}); what was saved before it stays saved.")
    with suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until the process ends
    return 1


def complain(message: str) -> None:
    """A problem the person can act on, as one sentence on standard error."""
    if sys.stderr is None:
        return
    line = f"magtui: {printable(message)}"
    encoding = getattr(sys.stderr, "encoding", None) or "utf-8"
    with suppress(LookupError):  # characters the encoding lacks are spelled out, not lost
        line = line.encode(encoding, "backslashreplace").decode(encoding)
    with suppress(OSError, ValueError):  # nowhere left to say it; the exit code still does
        print(line, file=sys.stderr)
