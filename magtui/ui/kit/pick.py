"""One question, asked for another screen: pick a choice, or type a few words, then go back.

These screens only ask: each answers with what was chosen (`dismiss(value)`, or None when the
person goes back), so every small question (which method, which day range, a product's name)
looks and works the same, and the caller says what the answer does, in one place.
"""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.entries import LINE_LIMIT
from magtui.ui.kit.steps import StepScreen
from magtui.ui.kit.typed import CONTROL_CHARACTERS, TypedScreen
from magtui.ui.widgets.choice import Choice

Changes = Callable[[str], None]
"""What the answer changes in the screen below: applied before this one closes, so the screen
below is drawn once, already changed. The answer is still given to the caller after it closes."""


class PickScreen(StepScreen[str]):
    """`choices` with their keys; answers with the chosen choice's value."""

    QUICK_LOG = False

    def __init__(
        self,
        title: str,
        question: str,
        choices: list[Choice],
        *,
        default: int | None = 0,
        changes: Changes | None = None,
    ) -> None:
        self.changes = changes
        self.question = question
        self._given = choices
        self._default = default
        super().__init__()
        self.title = title

    def options(self) -> list[Choice]:
        return self._given

    def default_choice(self) -> int | None:
        return self._default

    async def choose(self, value: str) -> None:
        if self.changes is not None:
            self.changes(value)
        self.dismiss(value)


class AskScreen(TypedScreen[str]):
    """A few typed words, answered exactly as typed, spaces at either end aside."""

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        value: str = "",
        may_be_empty: bool = True,
        max_length: int = LINE_LIMIT,
        changes: Changes | None = None,
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        self.changes = changes
        self.check = check
        """One sentence saying what is wrong with the words, or None when they will do."""
        self.prompt = prompt
        self.MAX_LENGTH = max_length
        super().__init__()
        self.title = title
        self.value = value
        self.may_be_empty = may_be_empty

    def on_mount(self) -> None:
        """The field starts with the value being changed, and the cursor in it."""
        from textual.widgets import Input

        box = self.query_one(Input)
        box.value = self.value
        box.focus()

    def accept(self, text: str) -> str | None:
        """Checked in order: words where words are needed, no control characters, then the
        caller's own check."""
        words = text.strip()
        if not words and not self.may_be_empty:
            return "Type a few words, or press Escape to go back."
        if any(ord(character) in CONTROL_CHARACTERS for character in words):
            return "That has a control character in it; type it again with letters only."
        if self.check is not None and (problem := self.check(words)) is not None:
            return problem
        if self.changes is not None:
            self.changes(words)
        self.dismiss(words)
        return None
