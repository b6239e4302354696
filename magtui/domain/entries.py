"""Journal entries. Each stored document names its kind and its schema version."""

from __future__ import annotations

from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from magtui.domain.zones import Zone


class ZoneCheckIn(BaseModel):
    """A moment the person said which zone their body is in; zone history is drawn from these."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    kind: Literal["zone"] = "zone"
    schema_version: Literal[1] = 1
    id: str = Field(min_length=1, max_length=40)
    at: AwareDatetime
    zone: Zone
