"""A soak's length: the seed's 5–10 mins, the shorter highlighted."""

from __future__ import annotations

from magtui.domain.guided import Plan
from magtui.ui.features.guided.onward import Onward
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice


class MinutesScreen(StepScreen):
    """Enter starts the timer at the start-low length; `+` and `-` change it while it runs."""

    TITLE = "How long"
    question = "How long?"

    def __init__(self, plan: Plan, onward: Onward) -> None:
        self.plan = plan
        self.onward = onward
        super().__init__()

    def options(self) -> list[Choice]:
        minutes = self.shell.session.guidance.topical.method(self.plan.method).session.minutes
        return [Choice(str(n), f"{m} mins", "", str(m)) for n, m in enumerate(minutes, 1)]

    async def choose(self, value: str) -> None:
        await self.onward.minutes_chosen(self, self.plan.choose(minutes=int(value)))
