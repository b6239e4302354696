"""Settings: four things, each its own screen with one decision, all remembered."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from textual.screen import Screen

from magtui.domain.dilution import Units
from magtui.domain.settings import EndCue, TimerDisplay
from magtui.ui.features.settings.themes import ThemeScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

SETTING_NAMES = {
    "end_cue": "End of a session",
    "timer_display": "Timer display",
    "units": "Units",
}
SETTING_QUESTIONS = {
    "end_cue": "What should happen when a session's time is up?",
    "timer_display": "How should the timer show the time left?",
    "units": "Which units should amounts be shown in?",
}
SETTING_KINDS: dict[str, type[StrEnum]] = {
    "end_cue": EndCue,
    "timer_display": TimerDisplay,
    "units": Units,
}


class SettingsScreen(StepScreen):
    """The current value of each setting beside its name."""

    TITLE = "Settings"
    question = "What would you like to change?"

    def options(self) -> list[Choice]:
        settings = self.shell.session.settings
        rows = [Choice("1", "Theme", settings.theme.value, "theme")]
        for number, (field, name) in enumerate(SETTING_NAMES.items(), 2):
            value = getattr(settings, field)
            rows.append(Choice(str(number), name, value.description, field))
        return rows

    async def choose(self, value: str) -> None:
        screen: Screen[Any] = ThemeScreen() if value == "theme" else OptionScreen(value)
        await self.app.push_screen(screen)

    def on_screen_resume(self) -> None:
        """A setting changed underneath: show its new value."""
        options = self.options()
        if self.is_mounted and options != self._options:
            self._options = options
            self.call_later(self.recompose)


class OptionScreen(StepScreen):
    """One setting's values; the one in use is highlighted, so Enter keeps it."""

    def __init__(self, field: str) -> None:
        self.field = field
        self.kind = SETTING_KINDS[field]
        super().__init__()
        self.title = SETTING_NAMES[field]
        self.question = SETTING_QUESTIONS[field]

    def options(self) -> list[Choice]:
        return [
            Choice(
                str(n),
                getattr(value, "label", value.value),
                getattr(value, "description", ""),
                value.value,
            )
            for n, value in enumerate(self.kind, 1)
        ]

    def default_choice(self) -> int | None:
        return list(self.kind).index(getattr(self.shell.session.settings, self.field))

    async def choose(self, value: str) -> None:
        self.shell.session.change_settings(**{self.field: self.kind(value)})
        self.dismiss()
