"""Two questions the timer asks before it ends anything: stop now, or quit the app."""

from __future__ import annotations

from magtui.ui.keys import choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

KEEP = "keep"


class StopScreen(StepScreen[bool]):
    """Enter keeps the timer going; stopping is its own key. Answers whether to stop."""

    TITLE = "Stop?"

    def __init__(self, words: str) -> None:
        super().__init__()
        self.question = f"Stop the {words} now?"

    def options(self) -> list[Choice]:
        return [
            choice("keep-going", "back to the timer", KEEP),
            choice("end-now", "what ran so far is logged", "stop"),
        ]

    async def choose(self, value: str) -> None:
        self.dismiss(value != KEEP)


class QuitScreen(StepScreen[bool]):
    """The timer is saved at every change, so quitting loses nothing; the next start offers it.
    Answers whether to quit."""

    TITLE = "Quit?"
    question = "Quit magtui while the timer runs?"

    def options(self) -> list[Choice]:
        return [
            choice("keep-going", "back to the timer", KEEP),
            choice("quit", "the next start offers to resume it", "quit"),
        ]

    async def choose(self, value: str) -> None:
        self.dismiss(value != KEEP)
