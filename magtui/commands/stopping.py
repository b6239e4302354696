"""A command stopped by Ctrl-C, a request to end, or its terminal closing: one sentence, no trace.

Every write is atomic (`storage.files`), so a stop at any point leaves each file whole, as it was
or as it became; what the journal holds after a stop is whatever `magtui export` shows.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import FrameType
from typing import Any

from magtui.commands.output import complain

STOPPED_BY = {
    signal.SIGINT: ("Ctrl-C", 130),
    signal.SIGTERM: ("a request to end", 143),
    signal.SIGHUP: ("the terminal closing", 129),
}
"""What stopped the command, in words, and the exit status a shell expects (128 + signal)."""


class Stopped(BaseException):
    """Raised by the handlers below; a BaseException, so no `except Exception` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise_stopped(signum: int, _frame: FrameType | None) -> None:
    raise Stopped(signum)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """In the block, Ctrl-C, SIGTERM and SIGHUP end the command through `stopped`; the handlers
    before it are put back after, for a caller that runs commands in its own process."""
    before: dict[int, Any] = {}
    for signum in STOPPED_BY:
        with suppress(ValueError, OSError):  # not the main thread: the default stays
            before[signum] = signal.signal(signum, _raise_stopped)
    try:
        yield
    finally:
        for restored, handler in before.items():
            with suppress(ValueError, OSError, TypeError):
                signal.signal(restored, handler)


def stopped(signum: int, *, session_kept: bool = False) -> int:
    """Say what stopped the command and return its exit status; output stops here too.

    `session_kept`: the app ended with a guided session running, which the next start resumes.
    """
    words, status = STOPPED_BY.get(signal.Signals(signum), ("a signal", 128 + signum))
    with suppress(OSError):  # a slow or gone reader must not hold the exit
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stays open until the process ends
    if session_kept:
        complain(
            f"Stopped by {words}; your session is kept, and the next start offers to carry on."
        )
    else:
        complain(
            f"Stopped by {words}; nothing was left half-written, and `magtui export` shows "
            "what the journal holds."
        )
    return status
