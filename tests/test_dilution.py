"""The spray bottle helper: the seed's 1:1 for the bottle typed, with halves that add up to the
bottle as shown, and sizes it cannot show sensibly refused with a sentence."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from magtui.domain.dilution import BottleError, Units, one_to_one, parse_bottle

SAID = re.compile(
    r"^For an? (?P<size>[\d.]+) (?P<unit>ml|fl oz) bottle: (?P<oil>[\d.]+) (?P=unit) magnesium "
    r"oil and (?P<water>[\d.]+) (?P=unit) water\.$"
)


@given(
    st.decimals(min_value=Decimal("0.1"), max_value=Decimal(6000), places=1),
    st.sampled_from(["", " ml", " fl oz"]),
    st.sampled_from(list(Units)),
)
def test_the_two_halves_add_up_to_the_bottle_as_shown(
    size: Decimal, unit: str, units: Units
) -> None:
    typed = f"{size}{unit}"
    try:
        sentence = one_to_one(parse_bottle(typed, units))
    except BottleError as error:
        assert str(error).startswith("Type ")
        return
    said = SAID.match(sentence)
    assert said is not None, sentence
    assert Decimal(said["oil"]) == Decimal(said["water"])
    assert Decimal(said["oil"]) + Decimal(said["water"]) == Decimal(said["size"]) == size
    assert Decimal(said["oil"]) > 0


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("1.5", "For a 1.5 ml bottle: 0.75 ml magnesium oil and 0.75 ml water."),
        ("1,000", "For a 1000 ml bottle: 500 ml magnesium oil and 500 ml water."),
        ("12,5 ml", "For a 12.5 ml bottle: 6.25 ml magnesium oil and 6.25 ml water."),
        ("8 fl oz", "For an 8 fl oz bottle: 4 fl oz magnesium oil and 4 fl oz water."),
        ("11", "For an 11 ml bottle: 5.5 ml magnesium oil and 5.5 ml water."),
        ("100", "For a 100 ml bottle: 50 ml magnesium oil and 50 ml water."),
    ],
)
def test_a_bottle_is_read_as_the_person_meant(typed: str, said: str) -> None:
    assert one_to_one(parse_bottle(typed, Units.METRIC)) == said


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("0.01", "Type the bottle size to at most one decimal place, such as 12.5."),
        ("1.000", "Type the bottle size to at most one decimal place, such as 12.5."),
        ("0.5", "Type a bottle size from 1 ml up to 5 litres (169 fl oz)."),
        ("5001", "Type a bottle size from 1 ml up to 5 litres (169 fl oz)."),
        ("170 fl oz", "Type a bottle size from 1 ml up to 5 litres (169 fl oz)."),
        ("1,0000", "Type the bottle size without a comma, such as 100 or 100 ml."),
        ("half", "Type the bottle size as a number, such as 100 or 100 ml."),
    ],
)
def test_a_size_it_cannot_show_sensibly_is_refused(typed: str, why: str) -> None:
    with pytest.raises(BottleError) as refused:
        parse_bottle(typed, Units.METRIC)
    assert str(refused.value) == why
