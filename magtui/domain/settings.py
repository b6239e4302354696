"""What a person chose once and expects remembered: the look, the timer, units, and that they
read the disclaimer."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from magtui.domain.dilution import Units
from magtui.domain.schema import DISCLAIMER_NOT_SEEN, SETTINGS_SCHEMA_VERSION
from magtui.domain.themes import DEFAULT_THEME, ThemeName


class EndCue(StrEnum):
    """What happens when a session's time is up. Never a sound unless the person chose it."""

    NONE = "none"
    MESSAGE = "message"
    BELL = "bell"

    @property
    def description(self) -> str:
        return {
            EndCue.NONE: "the question how it went, nothing more",
            EndCue.MESSAGE: "a still message that the time is up, then the question",
            EndCue.BELL: "the still message and one terminal bell",
        }[self]


class TimerDisplay(StrEnum):
    """Seconds for those who like to see time pass; whole minutes for a screen that stays still."""

    SECONDS = "seconds"
    MINUTES = "minutes"

    @property
    def description(self) -> str:
        return {
            TimerDisplay.SECONDS: "minutes and seconds, changing once a second",
            TimerDisplay.MINUTES: "calm: whole minutes only, changing once a minute",
        }[self]


class Settings(BaseModel):
    """Kept small on purpose: every setting is one more thing to decide."""

    model_config = ConfigDict(extra="ignore", defer_build=True)

    schema_version: int = SETTINGS_SCHEMA_VERSION
    theme: ThemeName = DEFAULT_THEME
    disclaimer_seen: int = DISCLAIMER_NOT_SEEN
    end_cue: EndCue = EndCue.MESSAGE
    timer_display: TimerDisplay = TimerDisplay.SECONDS
    units: Units = Units.METRIC
