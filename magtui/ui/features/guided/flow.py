"""A guided session's steps in order, written once: how much (or where, or how to dilute),
which product, the seed's checks before anything touches skin, how long, then the timer with
the zone home beneath it.

Each step is pushed on top of the one answered, so Escape goes back a step; the timer takes the
place of them all (`Shell.home_then`), so Escape never walks back through steps already done.
"""

from __future__ import annotations

from magtui.domain.guided import Plan
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone
from magtui.session import Session
from magtui.ui.features.guided.avoid import AvoidIfScreen
from magtui.ui.features.guided.minutes import MinutesScreen
from magtui.ui.features.guided.prepare import PrepareScreen
from magtui.ui.features.guided.product import ProductScreen
from magtui.ui.features.guided.timer import TimerScreen
from magtui.ui.kit.steps import StepScreen


class GuidedFlow:
    """One session from its first step to its timer (see `onward.Onward`)."""

    def __init__(self, session: Session, *, minutes_given: bool) -> None:
        self.session = session
        self.minutes_given = minutes_given
        """A length chosen before the session (a seed alternative's): not asked again."""

    def first_step(
        self, method: TopicalMethod, zone: Zone, minutes: int | None = None, *, area: str = ""
    ) -> PrepareScreen:
        """A session's first screen. A watched method times the start of the seed's window.

        `area` comes from a seed alternative ('magnesium cream on lower legs') and is then the
        only place offered.
        """
        topical = self.session.guidance.topical
        info = topical.method(method)
        watched = not info.session.minutes
        default_minutes = topical.watch_minutes[0] if watched else None
        plan = Plan(
            method=method,
            zone=zone,
            minutes=minutes or default_minutes or info.session.minutes[0],
            amount=info.session.amount,
            watched=watched,
        )
        if area:
            session_asks = info.session.model_copy(update={"options": [area]})
            info = info.model_copy(update={"session": session_asks})
        return PrepareScreen(plan, info, self)

    async def prepared(self, step: StepScreen, plan: Plan) -> None:
        """The product step shows what the whole journal says of each product."""
        ledger = await step.shell.whole_ledger()
        await step.app.push_screen(ProductScreen(plan, self, ledger))

    async def product_chosen(self, step: StepScreen, plan: Plan) -> None:
        await step.app.push_screen(AvoidIfScreen(plan, self))

    async def nothing_applies(self, step: StepScreen, plan: Plan) -> None:
        if plan.watched or self.minutes_given:
            self._begin(step, plan)
        else:
            await step.app.push_screen(MinutesScreen(plan, self))

    async def minutes_chosen(self, step: StepScreen, plan: Plan) -> None:
        self._begin(step, plan)

    def instead(self, step: StepScreen, method: TopicalMethod, zone: Zone, area: str) -> None:
        """The seed's alternative to a line that applies: a session of its own, from home."""
        other = GuidedFlow(self.session, minutes_given=False)
        step.shell.home_then(other.first_step(method, zone, area=area))

    def _begin(self, step: StepScreen, plan: Plan) -> None:
        """Start the timer (saved at once) and show it, with the zone home beneath."""
        step.shell.session.guiding.begin(plan)
        step.shell.home_then(TimerScreen())
