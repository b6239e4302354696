"""What a guided step calls once it is answered. The flow (`flow.py`) decides what follows, so
no step names the next one and the steps import neither the flow nor one another."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from magtui.domain.guided import Plan
    from magtui.domain.vocabulary import TopicalMethod
    from magtui.domain.zones import Zone
    from magtui.ui.kit.steps import StepScreen


class Onward(Protocol):
    """The next step after each answer; the step answered stays beneath, for Escape."""

    async def prepared(self, step: StepScreen, plan: Plan) -> None: ...

    async def product_chosen(self, step: StepScreen, plan: Plan) -> None: ...

    async def nothing_applies(self, step: StepScreen, plan: Plan) -> None: ...

    async def minutes_chosen(self, step: StepScreen, plan: Plan) -> None: ...

    def instead(self, step: StepScreen, method: TopicalMethod, zone: Zone, area: str) -> None: ...
