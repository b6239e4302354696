"""Milligrams typed in: a dose's, or one capsule's from its label."""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.capsules import MgError, parse_mg
from magtui.ui.kit.typed import TypedScreen


class MgScreen(TypedScreen):
    """Digits only; one sentence under the box when they will not do."""

    TITLE = "Milligrams"
    MAX_LENGTH = 12

    def __init__(
        self, prompt: str, typed: Callable[[float | None], None], *, may_be_empty: bool = False
    ) -> None:
        super().__init__()
        self.prompt = prompt
        self.typed = typed
        self.may_be_empty = may_be_empty

    def accept(self, text: str) -> str | None:
        if not text.strip() and self.may_be_empty:
            mg = None
        else:
            try:
                mg = parse_mg(text)
            except MgError as error:
                return str(error)
        self.typed(mg)
        self.app.pop_screen()
        return None
