"""The seed guidance as typed data, validated on load so a damaged file shows no half-advice."""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
)

from magtui.domain.zones import Zone

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
_T = TypeVar("_T")
Items = Annotated[list[_T], Field(min_length=1)]
MethodId = Literal["cream", "spray", "soak", "balm"]


class _Data(BaseModel):
    """Read-only, and must match the file layout exactly: a typo is an error, not a gap."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class ZoneInfo(_Data):
    id: Zone
    name: Text
    meaning: Text
    best_form: Text
    best_form_why: Text
    capsule_advice: Text
    method_order: list[MethodId]

    @field_validator("method_order")
    @classmethod
    def _all_methods_once(cls, order: list[str]) -> list[str]:
        if sorted(order) != sorted(["cream", "spray", "soak", "balm"]):
            raise ValueError("must name cream, spray, soak and balm once each")
        return order


class RedZoneSigns(_Data):
    heading: Text
    you_may_be_experiencing: Items[Text]


class ZonesFile(_Data):
    schema_: Literal[1] = Field(1, alias="schema")
    zones: Items[ZoneInfo]
    red: RedZoneSigns

    @field_validator("zones")
    @classmethod
    def _each_zone_once(cls, zones: list[ZoneInfo]) -> list[ZoneInfo]:
        if sorted(z.id for z in zones) != sorted(Zone):
            raise ValueError("must describe green, yellow and red once each")
        return zones

    def zone(self, zone: Zone) -> ZoneInfo:
        return next(z for z in self.zones if z.id == zone)


class ReasonHow(_Data):
    reason: Text
    how_it_helps: Text


class Method(_Data):
    id: MethodId
    name: Text
    tips: Text
    hint: Text
    steps: Items[Text]

    @field_validator("hint")
    @classmethod
    def _hint_is_from_the_tips(cls, hint: str, info: ValidationInfo) -> str:
        if hint not in str(info.data.get("tips", "")):
            raise ValueError("must be a sentence of the method's tips")
        return hint


class Caution(_Data):
    situation: Text
    why: Text


class DomainRelief(_Data):
    domain: Text
    relief: Text


class TopicalFile(_Data):
    schema_: Literal[1] = Field(1, alias="schema")
    quote: Text
    summary: Text
    verdict: Text
    why_usually_safe: Items[ReasonHow]
    methods: Items[Method]
    cautions: Items[Caution]
    avoid_if: Items[Text]
    red_benefits: Items[DomainRelief]

    @field_validator("methods")
    @classmethod
    def _each_method_once(cls, methods: list[Method]) -> list[Method]:
        if sorted(m.id for m in methods) != sorted(["cream", "spray", "soak", "balm"]):
            raise ValueError("must describe cream, spray, soak and balm once each")
        return methods

    def method(self, method_id: str) -> Method:
        return next(m for m in self.methods if m.id == method_id)


class RrpStep(_Data):
    name: Text
    what_it_does: Text
    how_it_helps: Items[Text]
    when_to_use: Text
    role: Text
    domains: Items[Text]


class RrpFile(_Data):
    schema_: Literal[1] = Field(1, alias="schema")
    title: Text
    steps: Items[RrpStep]

    @field_validator("steps")
    @classmethod
    def _five_steps(cls, steps: list[RrpStep]) -> list[RrpStep]:
        if [s.name for s in steps] != ["Rest", "Reduce", "Pace", "Repair", "Reconnect"]:
            raise ValueError("must be Rest, Reduce, Pace, Repair, Reconnect in that order")
        return steps


class DomainHelp(_Data):
    domain: Text
    helps_with: Text


class ReasonWhy(_Data):
    reason: Text
    why: Text


class CapsuleForm(_Data):
    id: Text
    name: Text
    best_for: Text
    notes: Text


class Comparison(_Data):
    feature: Text
    capsules: Text
    topical: Text


class CapsulesFile(_Data):
    schema_: Literal[1] = Field(1, alias="schema")
    intro: Text
    green_start_summary: Text
    timing_quote: Text
    closing_quote: Text
    best_practice: Text
    core_benefits: Items[DomainHelp]
    why_start_in_green: Items[ReasonWhy]
    forms: Items[CapsuleForm]
    cautions: Items[Text]
    starting_dose: Items[Text]
    versus_topical: Items[Comparison]
    when_capsules_better: Items[Text]
    when_topical_better: Items[Text]


class DisclaimerFile(_Data):
    schema_: Literal[1] = Field(1, alias="schema")
    version: int
    title: Text
    opening: Items[Text]
    consult_before_heading: Text
    consult_before: Items[Text]
    closing: Items[Text]


class Content(_Data):
    """Everything the app may say about magnesium, and nothing else."""

    zones: ZonesFile
    topical: TopicalFile
    rrp: RrpFile
    capsules: CapsulesFile
    disclaimer: DisclaimerFile
