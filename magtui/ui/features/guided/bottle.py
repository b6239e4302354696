"""The spray's calculator: the bottle size typed, the seed's 1:1 worked out for it."""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.dilution import BottleError, Units, one_to_one, parse_bottle_ml
from magtui.ui.kit.typed import TypedScreen


class BottleScreen(TypedScreen):
    """Only converts the seed's 1:1; suggests no amount of its own."""

    TITLE = "Bottle size"
    MAX_LENGTH = 20

    def __init__(self, show: Callable[[str], None]) -> None:
        super().__init__()
        self.show = show
        units = self.shell.session.settings.units
        self.prompt = (
            "How big is your spray bottle, in ml?"
            if units is Units.METRIC
            else "How big is your spray bottle, in fl oz?"
        )

    def accept(self, text: str) -> str | None:
        units = self.shell.session.settings.units
        try:
            ml = parse_bottle_ml(text, units)
        except BottleError as error:
            return str(error)
        self.show(one_to_one(ml, units))
        self.app.pop_screen()
        return None
