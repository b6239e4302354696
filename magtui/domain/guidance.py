"""The seed guidance as typed data, validated on load so a damaged file shows no half-advice.

The files in `assets/` keep the seeds' words and order; where the app picks some of them (a
method's sentences on the zone home, its steps), they are checked to be the seed's, in order.
"""

from __future__ import annotations

from typing import Literal

from pydantic import (
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from magtui.domain.guidance_parts import (
    NUMBER,
    Check,
    Instead,
    Items,
    Mark,
    SeedModel,
    SessionAsks,
    Text,
    sentences,
    words_of,
)
from magtui.domain.vocabulary import CapsuleForm as CapsuleFormId
from magtui.domain.vocabulary import TopicalMethod
from magtui.domain.zones import Zone


class ZoneInfo(SeedModel):
    id: Zone
    name: Text
    meaning: Text
    best_form: Text
    best_form_why: Text
    methods_heading: Text


class RedZoneSigns(SeedModel):
    heading: Text
    you_may_be_experiencing: Items[Text]


class ZonesFile(SeedModel):
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


class ReasonHow(SeedModel):
    reason: Text
    how_it_helps: Text


class Method(SeedModel):
    """One row of the seed's 'Best Ways to Use in Red Zone' table."""

    id: TopicalMethod
    name: Text
    tips: Text
    on_home: Items[Text]
    session: SessionAsks

    @field_validator("session")
    @classmethod
    def _made_of_the_tips(cls, session: SessionAsks, info: ValidationInfo) -> SessionAsks:
        tips = words_of(str(info.data.get("tips", "")))
        for text in [*session.options, session.amount, *map(str, session.minutes)]:
            if not words_of(text) <= tips:
                raise ValueError(f"{text!r} must be made of the method's tip words")
        return session

    """The sentences of `tips` shown beside the method on the zone home, in the seed's order."""

    @field_validator("on_home")
    @classmethod
    def _sentences_of_the_tips_in_order(cls, chosen: list[str], info: ValidationInfo) -> list[str]:
        all_sentences = sentences(str(info.data.get("tips", "")))
        positions = [all_sentences.index(s) if s in all_sentences else -1 for s in chosen]
        if -1 in positions or positions != sorted(set(positions)):
            raise ValueError("must be sentences of the method's tips, in their order")
        return chosen

    @property
    def steps(self) -> list[str]:
        """The how-to steps: the seed's tip, one sentence a line, nothing added or reordered."""
        return sentences(self.tips)


class Caution(SeedModel):
    situation: Text
    why: Text
    instead: list[Instead] = []

    @field_validator("instead")
    @classmethod
    def _named_in_the_why(cls, instead: list[Instead], info: ValidationInfo) -> list[Instead]:
        why = words_of(str(info.data.get("why", "")))
        for other in instead:
            if not words_of(other.area) <= why:
                raise ValueError(f"{other.area!r} must be the caution's own words")
        return instead


class DomainRelief(SeedModel):
    domain: Text
    relief: Text


class TopicalFile(SeedModel):
    schema_: Literal[1] = Field(1, alias="schema")
    quote: Text
    summary: Text
    verdict: Text
    why_usually_safe: Items[ReasonHow]
    absorbs: Text
    """The capsule seed's 'absorbs through skin within 15–30 mins': a watched session's window."""
    methods_heading: Text
    methods: Items[Method]
    cautions: Items[Caution]
    cautions_heading: Text
    avoid_if_heading: Text
    avoid_if: Items[Text]
    red_benefits: Items[DomainRelief]

    @field_validator("methods")
    @classmethod
    def _each_method_once(cls, methods: list[Method]) -> list[Method]:
        if sorted(m.id for m in methods) != sorted(TopicalMethod):
            raise ValueError("must describe cream, spray, soak and balm once each")
        return methods

    @field_validator("cautions")
    @classmethod
    def _first_time_use_first(cls, cautions: list[Caution]) -> list[Caution]:
        if cautions[0].situation != "First-time use":
            raise ValueError("must start with the seed's 'First-time use' row")
        return cautions

    @field_validator("avoid_if")
    @classmethod
    def _new_product_first(cls, avoid_if: list[str]) -> list[str]:
        if "new product" not in avoid_if[0]:
            raise ValueError("must start with the seed's new-product line")
        return avoid_if

    @property
    def checks_before_a_session(self) -> list[Check]:
        """The checks before a session, in the seed's order (the product step asks "new")."""
        heading = self.cautions_heading
        return [
            *(Check(c.situation, c.why, tuple(c.instead), heading) for c in self.cautions[1:]),
            *(Check(line, "", (), self.avoid_if_heading) for line in self.avoid_if[1:]),
        ]

    def method(self, method_id: TopicalMethod) -> Method:
        return next(m for m in self.methods if m.id == method_id)

    @property
    def watch_minutes(self) -> tuple[int, int]:
        """The first and last minute of the absorption window, as the seed gives them."""
        first, last = (int(n) for n in NUMBER.findall(self.absorbs)[:2])
        return first, last

    @property
    def first_time_use(self) -> Caution:
        """The caution shown wherever a first use could happen outside Green."""
        return self.cautions[0]


class RrpStep(SeedModel):
    name: Text
    what_it_does: Text
    how_it_helps: Items[Text]
    when_to_use: Text
    role: Text
    domains: Items[Text]


class RrpFile(SeedModel):
    schema_: Literal[1] = Field(1, alias="schema")
    title: Text
    steps: Items[RrpStep]

    @field_validator("steps")
    @classmethod
    def _five_steps(cls, steps: list[RrpStep]) -> list[RrpStep]:
        if [s.name for s in steps] != ["Rest", "Reduce", "Pace", "Repair", "Reconnect"]:
            raise ValueError("must be Rest, Reduce, Pace, Repair, Reconnect in that order")
        return steps


class DomainHelp(SeedModel):
    domain: Text
    helps_with: Text


class ReasonWhy(SeedModel):
    reason: Text
    why: Text


class CapsuleForm(SeedModel):
    id: Text
    name: Text
    best_for: Text
    notes: Text


class Comparison(SeedModel):
    feature: Text
    capsules: Text
    capsules_mark: Mark
    topical: Text
    topical_mark: Mark


class CapsulesFile(SeedModel):
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
    starting_range_mg: tuple[int, int]
    upper_range_mg: tuple[int, int]
    food_line: Text
    trial_caution: Text

    @model_validator(mode="after")
    def _numbers_and_lines_are_the_seeds(self) -> CapsulesFile:
        """Ranges, food line and trial caution are the seed's own lines; each form named once."""
        for low, high in (self.starting_range_mg, self.upper_range_mg):
            if not any(f"{low}–{high} mg" in line for line in self.starting_dose):
                raise ValueError(f"{low}–{high} mg must be written in a starting_dose line")
        if self.food_line not in self.starting_dose:
            raise ValueError("food_line must be one of the starting_dose lines")
        if self.trial_caution not in self.cautions:
            raise ValueError("trial_caution must be one of the cautions")
        named = [form for form in CapsuleFormId if form is not CapsuleFormId.OTHER]
        if sorted(f.id for f in self.forms) != sorted(named):
            raise ValueError(f"forms must be {', '.join(named)}, once each")
        return self


class DisclaimerFile(SeedModel):
    schema_: Literal[1] = Field(1, alias="schema")
    version: int
    title: Text
    opening: Items[Text]
    consult_before_heading: Text
    consult_before: Items[Text]
    closing: Items[Text]
    consult_line: Text
    consult_line_red: Text
    """The seed's consult sentence, beside every dose line; in Red, with its Red Zone item."""

    def consult_for(self, zone: Zone | None) -> str:
        return self.consult_line_red if zone is Zone.RED else self.consult_line


class Guidance(SeedModel):
    """Everything the app may say about magnesium, and nothing else."""

    zones: ZonesFile
    topical: TopicalFile
    rrp: RrpFile
    capsules: CapsulesFile
    disclaimer: DisclaimerFile

    @model_validator(mode="after")
    def _absorbs_is_the_comparison_row(self) -> Guidance:
        if self.topical.absorbs not in [row.topical for row in self.capsules.versus_topical]:
            raise ValueError("topical absorbs must be a topical text of capsules versus_topical")
        if len(NUMBER.findall(self.topical.absorbs)) < 2:
            raise ValueError("topical absorbs must give the window's first and last minute")
        return self
