"""The four looks, and what happens when colour cannot be trusted.

Every colour is an entry of the xterm 256-colour palette, so a 256-colour terminal shows exactly
what a truecolor one does (Textual rounds other colours to the nearest entry, which can cost a
pair its contrast). Text pairs reach at least 7:1 in both high-contrast themes and 4.5:1 in the
soft one; the tests measure what the terminal receives.

With NO_COLOR set, or a terminal of 16 colours or fewer, no colour is sent at all: the palette
of such a terminal is its own, so only its own foreground on its own background is sure to be
readable. Emphasis is then bold, and the highlighted choice is reversed. The terminal theme does
the same on purpose, in any terminal.
"""

from __future__ import annotations

from typing import Any, Final

from textual.app import App
from textual.filter import LineFilter, NoColor
from textual.theme import Theme

from magtui.domain.themes import ThemeName
from magtui.domain.zones import Zone

MINIMUM_TEXT_CONTRAST: Final = {
    ThemeName.CONTRAST_DARK: 7.0,
    ThemeName.CONTRAST_LIGHT: 7.0,
    ThemeName.SOFT: 4.5,
}
"""WCAG 2.2: 7:1 is AAA for text, 4.5:1 is AA; the terminal theme uses the terminal's own pair."""
MINIMUM_CONTROL_CONTRAST: Final = 3.0
"""WCAG 2.2 (1.4.11): a focus mark or a control needs 3:1 against what is beside it."""

COLOUR_SYSTEMS: Final = frozenset({"truecolor", "256"})
"""Colour systems whose palette magtui knows; any other gets the terminal's own pair."""

CUSTOM_VARIABLES: Final = (
    "zone-green",
    "zone-yellow",
    "zone-red",
    "zone-green-background",
    "zone-yellow-background",
    "zone-red-background",
    "key",
    "heading",
    "title-background",
)


def _theme(
    name: ThemeName,
    *,
    dark: bool,
    background: str,
    foreground: str,
    key: str,
    heading: str,
    title_background: str,
    zones: tuple[str, str, str],
    zone_backgrounds: tuple[str, str, str] | None = None,
    cursor: tuple[str, str],
    scrollbar: str,
) -> Theme:
    """A theme whose every variable magtui uses is set, so no Textual default leaks in."""
    green_bg, yellow_bg, red_bg = zone_backgrounds or (background,) * 3
    cursor_background, cursor_foreground = cursor
    variables = {
        "zone-green": zones[0],
        "zone-yellow": zones[1],
        "zone-red": zones[2],
        "zone-green-background": green_bg,
        "zone-yellow-background": yellow_bg,
        "zone-red-background": red_bg,
        "key": key,
        "heading": heading,
        "title-background": title_background,
        "block-cursor-background": cursor_background,
        "block-cursor-foreground": cursor_foreground,
        "block-cursor-text-style": "bold",
        "block-cursor-blurred-background": cursor_background,
        "block-cursor-blurred-foreground": cursor_foreground,
        "block-cursor-blurred-text-style": "bold",
        "block-hover-background": background,
        "scrollbar": scrollbar,
        "scrollbar-hover": scrollbar,
        "scrollbar-active": scrollbar,
        "scrollbar-background": background,
        "scrollbar-background-hover": background,
        "scrollbar-background-active": background,
        "scrollbar-corner-color": background,
        "border": scrollbar,
        "border-blurred": scrollbar,
    }
    return Theme(
        name=name.value,
        dark=dark,
        primary=key,
        accent=key,
        foreground=foreground,
        background=background,
        surface=background,
        panel=title_background,
        variables=variables,
    )


CONTRAST_DARK = _theme(
    ThemeName.CONTRAST_DARK,
    dark=True,
    foreground="#FFFFFF",
    background="#000000",
    key="#FFD75F",
    heading="#FFFFFF",
    title_background="#1C1C1C",
    zones=("#5FD75F", "#FFD75F", "#FF8787"),
    cursor=("#FFD75F", "#000000"),
    scrollbar="#8A8A8A",
)

CONTRAST_LIGHT = _theme(
    ThemeName.CONTRAST_LIGHT,
    dark=False,
    foreground="#000000",
    background="#FFFFFF",
    key="#00005F",
    heading="#000000",
    title_background="#E4E4E4",
    # No yellow is dark enough for 7:1 on white, so zone words sit on their colour instead.
    zones=("#FFFFFF", "#000000", "#FFFFFF"),
    zone_backgrounds=("#005F00", "#FFD75F", "#870000"),
    cursor=("#00005F", "#FFFFFF"),
    scrollbar="#6C6C6C",
)

SOFT = _theme(
    ThemeName.SOFT,
    dark=True,
    foreground="#A8A8A8",
    background="#262626",
    key="#D7AF87",
    heading="#BCBCBC",
    title_background="#303030",
    zones=("#87AF87", "#AFAF87", "#D78787"),
    cursor=("#D7AF87", "#262626"),
    scrollbar="#808080",
)

_TERMINAL_VARIABLES = {name: "ansi_default" for name in CUSTOM_VARIABLES} | {
    "ansi-background": "ansi_default",
    "ansi-foreground": "ansi_default",
    "block-cursor-background": "ansi_default",
    "block-cursor-foreground": "ansi_default",
    "block-cursor-text-style": "bold reverse",
    "block-cursor-blurred-background": "ansi_default",
    "block-cursor-blurred-foreground": "ansi_default",
    "block-cursor-blurred-text-style": "bold reverse",
    "block-hover-background": "ansi_default",
    "scrollbar": "ansi_default",
    "scrollbar-background": "ansi_default",
    "scrollbar-corner-color": "ansi_default",
}

TERMINAL = Theme(
    name=ThemeName.TERMINAL.value,
    dark=True,
    ansi=True,
    primary="ansi_default",
    accent="ansi_default",
    foreground="ansi_default",
    background="ansi_default",
    surface="ansi_default",
    panel="ansi_default",
    boost="ansi_default",
    variables=_TERMINAL_VARIABLES,
)

THEMES: Final[dict[ThemeName, Theme]] = {
    ThemeName.CONTRAST_DARK: CONTRAST_DARK,
    ThemeName.CONTRAST_LIGHT: CONTRAST_LIGHT,
    ThemeName.SOFT: SOFT,
    ThemeName.TERMINAL: TERMINAL,
}


def zone_style(zone: Zone) -> str:
    """A zone's word in its colour; the word is always there, so colour is never the only cue."""
    return f"bold $zone-{zone.value} on $zone-{zone.value}-background"


_NO_COLOR_FILTER = NoColor()


def colour_is_off(app: App[Any]) -> bool:
    """NO_COLOR, or a terminal whose palette magtui cannot know (16 colours or fewer)."""
    return app.no_color or app.console.color_system not in COLOUR_SYSTEMS


def line_filters(app: App[Any], default: list[LineFilter]) -> list[LineFilter]:
    """Without colour, every cell goes out in the terminal's own colours; bold and reverse stay.

    Textual's own NO_COLOR handling turns colours grey instead, and turns the terminal theme's
    default colours black on black.
    """
    return [_NO_COLOR_FILTER] if colour_is_off(app) else default


def css_variables(app: App[Any], variables: dict[str, str]) -> dict[str, str]:
    """Without colour, the highlighted choice is shown by reversing the terminal's own pair."""
    if colour_is_off(app):
        variables["block-cursor-text-style"] = "bold reverse"
        variables["block-cursor-blurred-text-style"] = "bold reverse"
    return variables


def apply_first_theme(app: App[Any], name: ThemeName) -> None:
    """Apply the theme before the first style pass rather than restyling everything after.

    Setting `theme` runs a watcher that re-parses all CSS once the app is mounted, which cost
    the first screen a fifth of its start-up. The terminal theme still goes through it, as its
    watcher also switches Textual's handling of the terminal's own colours.
    """
    theme = THEMES[name]
    if theme.ansi:
        app.theme = theme.name
        return
    app.set_reactive(App.theme, theme.name)
    app.stylesheet.set_variables(app.get_css_variables())
    app.set_class(theme.dark, "-dark-mode")
    app.set_class(not theme.dark, "-light-mode")
