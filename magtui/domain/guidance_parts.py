"""The building blocks of the guidance models, and the parts a guided session reads.

Kept apart from `guidance.py` so each stays short; both are validated when the content loads.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, NamedTuple, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from magtui.domain.vocabulary import TopicalMethod

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_T = TypeVar("_T")
Items = Annotated[list[_T], Field(min_length=1)]
Mark = Literal["check", "diamond", "warning", "cross", ""]
"""The rating marks of the seed's capsules-vs-topical table (✅ 🔸 ⚠️ ❌), by name."""

_SENTENCE_END = re.compile(r"(?<=\.)\s+")
_WORD_GAP = re.compile(r"[\s–,.]+")
NUMBER = re.compile(r"\d+")


def sentences(text: str) -> list[str]:
    """The sentences of a seed tip, exactly as written: 'May sting.', 'Start with 1 spray.'"""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


class SeedModel(BaseModel):
    """Read-only, and must match the file layout exactly: a typo is an error, not a gap."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


def words_of(text: str) -> set[str]:
    """The words and numbers of a seed text, lower-cased: '¼–½ cup' gives ¼, ½ and cup."""
    return {word for word in _WORD_GAP.split(text.lower()) if word}


class SessionAsks(SeedModel):
    """What a guided session asks first for one method, and what it fills in by itself.

    Every option and amount is made of the method's own tip words, so nothing is invented;
    the first option is the start-low default.
    """

    asks: Literal["amount", "area", "dilution"]
    options: Items[Text]
    amount: str = ""
    minutes: list[int] = []
    """A soak's duration choices, the first the default; empty for a watched method."""


class Instead(SeedModel):
    """A session the seed offers in place of another: 'try foot soak or magnesium cream'."""

    method: TopicalMethod
    area: str = ""


class Check(NamedTuple):
    """One line of the check before a session: the seed's situation, its reason, alternatives."""

    situation: str
    why: str
    instead: tuple[Instead, ...]
    heading: str
    """The seed's heading over it: 'Why to Modify or Delay' over a caution's reason, 'Avoid If'
    over an avoid-if line."""
