"""Converting the seed's own numbers, and nothing more: a 1:1 dilution for the bottle a person
has, and ¼–½ cup in millilitres. No amount is suggested that the seed does not give."""

from __future__ import annotations

import re
from enum import StrEnum

ML_PER_US_CUP = 236.588
ML_PER_US_FLUID_OUNCE = 29.5735
LARGEST_BOTTLE_ML = 5000.0

_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75}
_BOTTLE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(ml|millilitres?|milliliters?|fl\s*oz|oz)?\s*$")


class Units(StrEnum):
    """How volumes are shown: millilitres beside cups, or US cups and fluid ounces alone."""

    METRIC = "metric"
    US = "us"

    @property
    def label(self) -> str:
        return "metric" if self is Units.METRIC else "US"

    @property
    def description(self) -> str:
        return "millilitres (ml)" if self is Units.METRIC else "US cups and fluid ounces (fl oz)"


class BottleError(ValueError):
    """A bottle size magtui cannot read; the message says what to type."""


def cups_shown(amount: str, units: Units) -> str:
    """'¼ cup', with 'about 60 ml' beside it in metric. Other amounts are shown as they are."""
    fraction = _FRACTIONS.get(amount.split(" ")[0])
    if fraction is None or not amount.endswith("cup") or units is Units.US:
        return amount
    return f"{amount} (about {_round_ml(fraction * ML_PER_US_CUP)} ml)"


def _round_ml(ml: float) -> int:
    """To the nearest 5 ml, a spoon's worth, and never to nothing."""
    return max(5, round(ml / 5) * 5)


def parse_bottle_ml(text: str, units: Units) -> float:
    """A typed bottle size in millilitres: '100', '100 ml', '4 fl oz'; a bare number is in the
    units the person chose."""
    match = _BOTTLE.match(text.lower())
    if match is None:
        example = "100 or 100 ml" if units is Units.METRIC else "4 or 4 fl oz"
        raise BottleError(f"Type the bottle size as a number, such as {example}.")
    number = float(match.group(1).replace(",", "."))
    unit = match.group(2) or ("ml" if units is Units.METRIC else "oz")
    ml = number if unit.startswith("m") else number * ML_PER_US_FLUID_OUNCE
    if not 0 < ml <= LARGEST_BOTTLE_ML:
        raise BottleError("Type a bottle size above 0 and up to 5 litres.")
    return ml


def one_to_one(bottle_ml: float, units: Units) -> str:
    """'For a 100 ml bottle: 50 ml magnesium oil and 50 ml water.'"""
    half = bottle_ml / 2
    if units is Units.METRIC:
        return (
            f"For a {_number(bottle_ml)} ml bottle: {_number(half)} ml magnesium oil and "
            f"{_number(half)} ml water."
        )
    bottle_oz = bottle_ml / ML_PER_US_FLUID_OUNCE
    half_oz = bottle_oz / 2
    return (
        f"For a {_number(bottle_oz)} fl oz bottle: {_number(half_oz)} fl oz magnesium oil and "
        f"{_number(half_oz)} fl oz water."
    )


def _number(value: float) -> str:
    """Whole numbers plainly, others to one decimal place: 50, 12.5, 1.7."""
    rounded = round(value, 1)
    return f"{rounded:.0f}" if rounded == int(rounded) else f"{rounded:.1f}"
