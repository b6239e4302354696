"""Milligrams typed in: a dose's, or one capsule's from its label."""

from __future__ import annotations

from typing import NamedTuple

from magtui.domain.capsules import MgError, parse_mg
from magtui.ui.kit.typed import TypedScreen


class Mg(NamedTuple):
    """What was typed: milligrams, or None where the box may be left empty and was."""

    mg: float | None


class MgScreen(TypedScreen[Mg]):
    """Digits only; one sentence under the box when they will not do. Answers with `Mg`, so an
    empty box (when allowed) is told apart from going back (None)."""

    TITLE = "Milligrams"
    MAX_LENGTH = 12

    def __init__(self, prompt: str, *, may_be_empty: bool = False) -> None:
        super().__init__()
        self.prompt = prompt
        self.may_be_empty = may_be_empty

    def accept(self, text: str) -> str | None:
        if not text.strip() and self.may_be_empty:
            mg = None
        else:
            try:
                mg = parse_mg(text)
            except MgError as error:
                return str(error)
        self.dismiss(Mg(mg))
        return None
