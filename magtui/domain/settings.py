"""What a person chose once and expects remembered: theme, and that they read the disclaimer."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from magtui.domain.schema import DISCLAIMER_NOT_SEEN, SETTINGS_SCHEMA_VERSION
from magtui.domain.themes import DEFAULT_THEME, ThemeName


class Settings(BaseModel):
    """Kept small on purpose: every setting is one more thing to decide."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    schema_version: int = SETTINGS_SCHEMA_VERSION
    theme: ThemeName = DEFAULT_THEME
    disclaimer_seen: int = DISCLAIMER_NOT_SEEN
