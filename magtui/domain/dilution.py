"""Converting the seed's own numbers, and nothing more: a 1:1 dilution for the bottle a person
has, and ¼–½ cup in millilitres. No amount is suggested that the seed does not give."""

from __future__ import annotations

import re
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

ML_PER_US_CUP = 236.588
ML_PER_US_FLUID_OUNCE = 29.5735
SMALLEST_BOTTLE_ML = Decimal(1)
"""Below this the halves would be drops, not amounts a person can measure."""
LARGEST_BOTTLE_ML = Decimal(5000)

_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75}
_BOTTLE = re.compile(r"^\s*(\d[\d,]*(?:\.\d+)?)\s*(ml|millilitres?|milliliters?|fl\s*oz|oz)?\s*$")
_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d$")


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


class Bottle(NamedTuple):
    """A bottle size as the person typed it: kept in their unit and to their decimal place, so
    the two halves shown add up to exactly the bottle shown."""

    size: Decimal
    unit: str


def cups_shown(amount: str, units: Units) -> str:
    """'¼ cup', with 'about 60 ml' beside it in metric. Other amounts are shown as they are."""
    fraction = _FRACTIONS.get(amount.split(" ")[0])
    if fraction is None or not amount.endswith("cup") or units is Units.US:
        return amount
    return f"{amount} (about {_round_ml(fraction * ML_PER_US_CUP)} ml)"


def _round_ml(ml: float) -> int:
    """To the nearest 5 ml, a spoon's worth, and never to nothing."""
    return max(5, round(ml / 5) * 5)


def parse_bottle(text: str, units: Units) -> Bottle:
    """A typed bottle size: '100', '100 ml', '4 fl oz', '1,000 ml', '12,5'. A bare number is in
    the units the person chose; a comma before three digits groups thousands, a comma before one
    digit is a decimal point, and anything else is refused rather than guessed."""
    match = _BOTTLE.match(text.lower())
    example = "100 or 100 ml" if units is Units.METRIC else "4 or 4 fl oz"
    if match is None:
        raise BottleError(f"Type the bottle size as a number, such as {example}.")
    size = _size(match.group(1), example)
    unit = match.group(2) or ("ml" if units is Units.METRIC else "oz")
    shown_unit = "ml" if unit.startswith("m") else "fl oz"
    ml = size if shown_unit == "ml" else size * Decimal(str(ML_PER_US_FLUID_OUNCE))
    if not SMALLEST_BOTTLE_ML <= ml <= LARGEST_BOTTLE_ML:
        raise BottleError("Type a bottle size from 1 ml up to 5 litres (169 fl oz).")
    return Bottle(size, shown_unit)


def _size(number: str, example: str) -> Decimal:
    """The number typed, to at most one decimal place, which is as fine as the halves are shown."""
    if _THOUSANDS.match(number):
        number = number.replace(",", "")
    elif _DECIMAL_COMMA.match(number):
        number = number.replace(",", ".")
    elif "," in number:
        raise BottleError(f"Type the bottle size without a comma, such as {example}.")
    if len(number.partition(".")[2]) > 1:
        raise BottleError("Type the bottle size to at most one decimal place, such as 12.5.")
    return Decimal(number)


def one_to_one(bottle: Bottle) -> str:
    """'For a 100 ml bottle: 50 ml magnesium oil and 50 ml water.' Each half is exactly half of
    the size shown, so the two always add up to it."""
    size, unit = _number(bottle.size), bottle.unit
    half = _number(bottle.size / 2)
    return (
        f"For {_article(size)} {size} {unit} bottle: {half} {unit} magnesium oil and "
        f"{half} {unit} water."
    )


def _number(value: Decimal) -> str:
    """Without trailing zeros or an exponent: 50, 12.5, 0.75."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _article(number: str) -> str:
    """'an' before a number said with a vowel sound (8, 11, 18, 80–89, 800–899), else 'a'."""
    whole = number.split(".")[0]
    spoken_with_a_vowel = whole.startswith("8") or whole in {"11", "18"}
    return "an" if spoken_with_a_vowel else "a"
