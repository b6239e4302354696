"""What a person chose once and expects remembered: theme, and that they read the disclaimer."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from magtui.domain.themes import ThemeName


class Settings(BaseModel):
    """Kept small on purpose: every setting is one more thing to decide."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    schema_version: int = 1
    theme: ThemeName = ThemeName.CONTRAST_DARK
    disclaimer_seen: int = 0
