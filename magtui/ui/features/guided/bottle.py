"""The spray's calculator: the bottle size typed, the seed's 1:1 worked out for it."""

from __future__ import annotations

from magtui.domain.dilution import BottleError, Units, one_to_one, parse_bottle
from magtui.ui.kit.typed import TypedScreen


class BottleScreen(TypedScreen[str]):
    """Only converts the seed's 1:1; suggests no amount of its own. Answers with the sentence
    that says it for the bottle typed."""

    TITLE = "Bottle size"
    MAX_LENGTH = 20

    def __init__(self) -> None:
        super().__init__()
        units = self.shell.session.settings.units
        self.prompt = (
            "How big is your spray bottle, in ml?"
            if units is Units.METRIC
            else "How big is your spray bottle, in fl oz?"
        )

    def accept(self, text: str) -> str | None:
        units = self.shell.session.settings.units
        try:
            bottle = parse_bottle(text, units)
        except BottleError as error:
            return str(error)
        self.dismiss(one_to_one(bottle))
        return None
