"""The names of the four looks. A plain enum, so the command line can list them cheaply."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class ThemeName(StrEnum):
    """High contrast dark is the default because it reads best in a flare."""

    CONTRAST_DARK = "contrast-dark"
    CONTRAST_LIGHT = "contrast-light"
    SOFT = "soft"
    TERMINAL = "terminal"

    @property
    def description(self) -> str:
        return _DESCRIPTIONS[self]


DEFAULT_THEME: Final = ThemeName.CONTRAST_DARK

_DESCRIPTIONS = {
    ThemeName.CONTRAST_DARK: "white on black, strongest contrast (at least 7:1)",
    ThemeName.CONTRAST_LIGHT: "black on white, strongest contrast (at least 7:1)",
    ThemeName.SOFT: "grey on charcoal, less glare; softer contrast (at least 4.5:1)",
    ThemeName.TERMINAL: "your terminal's own colours; zones marked by word and bold",
}
