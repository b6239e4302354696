"""A screen that asks one question with choices known only when it opens (products, reactions).

Each choice's own key is bound when the screen is made; a run of digits shows on the key line
as one entry ("1–5 Choose") so the line stays short.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static

from magtui.ui.kit.base import ResultT
from magtui.ui.kit.choosing import ChoiceScreen
from magtui.ui.widgets.choice import Choice
from magtui.ui.widgets.text import plain


class StepScreen(ChoiceScreen[ResultT]):
    """Subclasses give `question`, `options()` and `choose(value)`; blocks to read go in
    `before()` and `extra()`. Keys must be single characters: a digit, or a letter."""

    question = ""
    DIGITS_LABEL = "Choose"

    def __init__(self) -> None:
        super().__init__()
        self._options = self.options()
        self._bind_keys()

    def options(self) -> list[Choice]:
        raise NotImplementedError

    def choices(self) -> list[Choice]:
        return self._options

    def refresh_options(self) -> None:
        """Ask `options()` again and bind the keys of what it gives now, and only those: a
        choice that appears after a save is shown on the key line and answers its key.

        The choices keep their place on the key line, before the keys bound after them (the
        quick log's Method, Product…): a key line that reorders itself is a key line to read
        again."""
        keys = self._bindings.key_to_bindings
        old = {choice.key for choice in self._options}
        items = list(keys.items())
        first = next((n for n, (key, _) in enumerate(items) if key in old), len(items))
        later = [(key, bound) for key, bound in items[first:] if key not in old]
        keys.clear()
        keys.update((key, bound) for key, bound in items[:first] if key not in old)
        self._options = self.options()
        self._bind_keys()
        for key, bound in later:
            keys.setdefault(key, []).extend(bound)
        self.refresh_bindings()

    def _bind_keys(self) -> None:
        """One key per choice: digits shown once, as a range ('1–4'); each other key with its
        own label."""
        digits = [choice.key for choice in self._options if choice.key.isdigit()]
        low, high = min(digits, default=""), max(digits, default="")
        shown_range = f"{low}–{high}" if len(digits) > 1 else None
        for choice in self._options:
            if choice.key.isdigit() and shown_range:
                self._bindings.bind(
                    choice.key,
                    f"choose_key('{choice.key}')",
                    self.DIGITS_LABEL,
                    show=choice.key == digits[0],
                    key_display=shown_range,
                )
            else:
                label = choice.name or choice.detail
                self._bindings.bind(choice.key, f"choose_key('{choice.key}')", label)

    async def action_choose_key(self, key: str) -> None:
        """A choice by its own key; a key that no longer has a choice does nothing."""
        chosen = next((choice.value for choice in self._options if choice.key == key), None)
        if chosen is not None:
            await self.take_choice(chosen)

    def compose_body(self) -> ComposeResult:
        yield from self.before()
        if self.question:
            yield Static(plain(self.question), classes="question")
        yield from self.compose_choices()
        yield from self.extra()

    def before(self) -> list[Widget]:
        """Blocks above the question: the steps to read before choosing."""
        return []

    def extra(self) -> list[Widget]:
        """Blocks below the choices: cautions, a result, the consult line."""
        return []
