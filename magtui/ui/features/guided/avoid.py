"""Step three: the seed's cautions and avoid-if lines, one key each, before anything touches skin.

A safety question: Enter alone never answers it, and "none of these", below every line, is taken
only once all of them have been on screen. A line that applies shows the seed's words for it
and, where the seed gives one, its alternative as a session to start instead.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.domain.guidance_parts import Check
from magtui.domain.guided import Plan
from magtui.domain.zones import Zone
from magtui.ui.features.guided.onward import Onward
from magtui.ui.keys import KEYS, choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import paragraph
from magtui.ui.widgets.choice import Choice
from magtui.ui.widgets.text import plain

NONE_APPLY = "none"
HOME = "home"


class AvoidIfScreen(StepScreen):
    """The checks in the seed's order, then 'none of these'; nothing is highlighted, so Enter
    alone answers nothing."""

    TITLE = "Before you start"
    question = "Does any of these apply now?"
    SAFETY_QUESTION = True
    READ_BEFORE = frozenset({NONE_APPLY})

    def __init__(self, plan: Plan, onward: Onward) -> None:
        self.plan = plan
        self.onward = onward
        self.checks = self.shell.session.guidance.topical.checks_before_a_session
        super().__init__()

    def options(self) -> list[Choice]:
        return [
            *(Choice(str(n), "", c.situation, str(n)) for n, c in enumerate(self.checks, 1)),
            Choice(KEYS["none-apply"].press, "", KEYS["none-apply"].label, NONE_APPLY),
        ]

    def default_choice(self) -> int | None:
        return None

    async def choose(self, value: str) -> None:
        if value == NONE_APPLY:
            await self.go_on()
            return
        check = self.checks[int(value) - 1]
        await self.app.push_screen(CheckAppliesScreen(self.plan, check, self.onward))

    async def go_on(self) -> None:
        await self.onward.nothing_applies(self, self.plan)


class CheckAppliesScreen(StepScreen):
    """The seed's words for the line that applies; the zone home is highlighted."""

    TITLE = "Before you start"

    def __init__(self, plan: Plan, check: Check, onward: Onward) -> None:
        self.plan = plan
        self.check = check
        self.onward = onward
        super().__init__()

    def options(self) -> list[Choice]:
        topical = self.shell.session.guidance.topical
        instead = [
            Choice(
                str(n),
                topical.method(other.method).name,
                f"on {other.area}" if other.area else "",
                str(n),
            )
            for n, other in enumerate(self.check.instead, 1)
        ]
        return [*instead, choice("zone-home", "", HOME)]

    def default_choice(self) -> int | None:
        return len(self.check.instead)

    def compose_body(self) -> ComposeResult:
        """The seed's line under the seed's heading for it, and its reason, then what to do."""
        check = self.check
        if check.why:
            yield Static(plain(check.situation), classes="question")
            yield paragraph(f"{check.heading}: {check.why}.")
        else:
            yield Static(plain(f"{check.heading}: {check.situation}"), classes="question")
        yield from self.compose_choices()

    async def choose(self, value: str) -> None:
        if value == HOME:
            self.shell.home_then()
            return
        other = self.check.instead[int(value) - 1]
        self.onward.instead(self, other.method, self.plan.zone or Zone.RED, other.area)
