"""Step one of a guided session: the seed's steps for the method, and its first question.

For a soak that is how much salt, for a spray how to dilute it (with a calculator for the
bottle at hand), for cream and balm where. The first option is the start-low default.
"""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.dilution import cups_shown
from magtui.domain.guidance import Method
from magtui.domain.guided import Plan
from magtui.domain.zones import Zone
from magtui.ui.features.guided.bottle import BottleScreen
from magtui.ui.features.guided.method import MethodScreen
from magtui.ui.features.guided.onward import Onward
from magtui.ui.keys import binding
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import labelled, numbered, paragraph
from magtui.ui.widgets.choice import Choice

QUESTIONS = {"amount": "How much?", "area": "Where?", "dilution": "How?"}


class PrepareScreen(StepScreen):
    """Enter takes the first option; `b` works out a 1:1 dilution for the bottle at hand."""

    BINDINGS = [
        binding("bottle", "bottle"),
        binding("cautions", "cautions"),
    ]

    def __init__(self, plan: Plan, method: Method, onward: Onward) -> None:
        self.plan = plan
        self.method = method
        self.onward = onward
        self.bottle: str | None = None
        super().__init__()
        self.title = method.name
        self.question = QUESTIONS[method.session.asks]

    def options(self) -> list[Choice]:
        units = self.shell.session.settings.units
        return [
            Choice(str(number), cups_shown(option, units), "", option)
            for number, option in enumerate(self.method.session.options, 1)
        ]

    def before(self) -> list[Widget]:
        return [numbered(self.method.steps)]

    def extra(self) -> list[Widget]:
        blocks: list[Widget] = []
        if self.plan.amount:
            blocks.append(labelled([("Amount", self.plan.amount)]))
        if self.bottle:
            blocks.append(paragraph(self.bottle))
        return blocks

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "bottle":
            return self.method.session.asks == "dilution"
        return super().check_action(action, parameters)

    def action_bottle(self) -> None:
        self.app.push_screen(BottleScreen(), self.show_bottle)

    def show_bottle(self, sentence: str | None) -> None:
        if sentence is not None:
            self.bottle = sentence
            self.call_later(self.recompose)

    def action_cautions(self) -> None:
        self.app.push_screen(MethodScreen(self.method, self.plan.zone or Zone.RED))

    async def choose(self, value: str) -> None:
        await self.onward.prepared(self, self.plan.choose(**{self.method.session.asks: value}))
