"""The names of the four looks. A plain enum, so the command line can list them cheaply."""

from __future__ import annotations

from enum import StrEnum


class ThemeName(StrEnum):
    """High contrast dark is the default because it reads best in a flare."""

    CONTRAST_DARK = "contrast-dark"
    CONTRAST_LIGHT = "contrast-light"
    SOFT = "soft"
    TERMINAL = "terminal"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS = {
    ThemeName.CONTRAST_DARK: "white on black, strongest contrast",
    ThemeName.CONTRAST_LIGHT: "black on white, strongest contrast",
    ThemeName.SOFT: "grey on charcoal, less glare",
    ThemeName.TERMINAL: "your terminal's own colours",
}
