"""What a save ended in, so a screen says "Saved" only when it was.

The session turns a storage error into `NotSaved` in one place (`saving`), telling the sentence
on the notice line as it does; a screen matches on the outcome and moves on only after `Saved`.
No Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from magtui.session.parts import Tells

T = TypeVar("T")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """The write is on disk; `what` is what was saved (an entry, or its id)."""

    what: T


@dataclass(frozen=True)
class NotSaved:
    """Nothing was saved; `sentence` says why and what to do, and is on the notice line."""

    sentence: str


Outcome = Saved[T] | NotSaved


def saving(session: Tells, write: Callable[[], T]) -> Saved[T] | NotSaved:
    """Run `write`; a storage error becomes `NotSaved`, its sentence told on the notice line."""
    from magtui.storage.files import StorageError

    try:
        return Saved(write())
    except StorageError as error:
        session.tell(str(error))
        return NotSaved(str(error))
