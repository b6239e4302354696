"""Two questions the timer asks before it ends anything: stop now, or quit the app."""

from __future__ import annotations

from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

KEEP = "keep"


class StopScreen(StepScreen):
    """Enter keeps the timer going; stopping is its own key."""

    TITLE = "Stop?"

    def __init__(self, words: str) -> None:
        super().__init__()
        self.question = f"Stop the {words} now?"

    def options(self) -> list[Choice]:
        return [
            Choice("k", "Keep going", "back to the timer", KEEP),
            Choice("s", "Stop now", "what ran so far is logged", "stop"),
        ]

    async def choose(self, value: str) -> None:
        from magtui.ui.features.guided.timer import TimerScreen

        self.app.pop_screen()
        if value != KEEP and isinstance(self.app.screen, TimerScreen):
            self.app.screen.end(just_ended=False)


class QuitScreen(StepScreen):
    """The timer is saved at every change, so quitting loses nothing; the next start offers it."""

    TITLE = "Quit?"
    question = "Quit magtui while the timer runs?"

    def options(self) -> list[Choice]:
        return [
            Choice("k", "Keep going", "back to the timer", KEEP),
            Choice("q", "Quit", "the next start offers to resume it", "quit"),
        ]

    async def choose(self, value: str) -> None:
        if value == KEEP:
            self.app.pop_screen()
        else:
            self.app.exit()
