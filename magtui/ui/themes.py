"""The four looks. Every text colour here is chosen against its background for WCAG contrast:
at least 7:1 in both high-contrast themes, at least 4.5:1 in the soft one (tests measure it)."""

from __future__ import annotations

from textual.theme import Theme

from magtui.domain.themes import ThemeName

# Variables magtui's own styles use, beyond Textual's standard ones.
CUSTOM_VARIABLES = ("zone-green", "zone-yellow", "zone-red", "key", "heading", "title-background")


def _palette(
    *,
    background: str,
    foreground: str,
    key: str,
    heading: str,
    title_background: str,
    zone_green: str,
    zone_yellow: str,
    zone_red: str,
    cursor_background: str,
    cursor_foreground: str,
    scrollbar: str,
) -> dict[str, str]:
    return {
        "zone-green": zone_green,
        "zone-yellow": zone_yellow,
        "zone-red": zone_red,
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


CONTRAST_DARK = Theme(
    name=ThemeName.CONTRAST_DARK.value,
    dark=True,
    primary="#5FAFFF",
    accent="#FFD75F",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1C1C1C",
    variables=_palette(
        background="#000000",
        foreground="#FFFFFF",
        key="#FFD75F",
        heading="#FFFFFF",
        title_background="#1C1C1C",
        zone_green="#5FD75F",
        zone_yellow="#FFD75F",
        zone_red="#FF8787",
        cursor_background="#FFD75F",
        cursor_foreground="#000000",
        scrollbar="#8A8A8A",
    ),
)

CONTRAST_LIGHT = Theme(
    name=ThemeName.CONTRAST_LIGHT.value,
    dark=False,
    primary="#00005F",
    accent="#00005F",
    foreground="#000000",
    background="#FFFFFF",
    surface="#FFFFFF",
    panel="#EEEEEE",
    variables=_palette(
        background="#FFFFFF",
        foreground="#000000",
        key="#00005F",
        heading="#000000",
        title_background="#EEEEEE",
        zone_green="#005F00",
        zone_yellow="#5F4700",
        zone_red="#8B0000",
        cursor_background="#00005F",
        cursor_foreground="#FFFFFF",
        scrollbar="#6C6C6C",
    ),
)

SOFT = Theme(
    name=ThemeName.SOFT.value,
    dark=True,
    primary="#8FA8C8",
    accent="#C8B47D",
    foreground="#B4B4AA",
    background="#1F2126",
    surface="#1F2126",
    panel="#282B31",
    variables=_palette(
        background="#1F2126",
        foreground="#B4B4AA",
        key="#C8B47D",
        heading="#C4C4BA",
        title_background="#282B31",
        zone_green="#8FB58F",
        zone_yellow="#C8B47D",
        zone_red="#D49A9A",
        cursor_background="#C8B47D",
        cursor_foreground="#1F2126",
        scrollbar="#6E7078",
    ),
)

TERMINAL = Theme(
    name=ThemeName.TERMINAL.value,
    dark=True,
    ansi=True,
    primary="ansi_blue",
    accent="ansi_yellow",
    foreground="ansi_default",
    background="ansi_default",
    surface="ansi_default",
    panel="ansi_default",
    boost="ansi_default",
    variables={
        "ansi-background": "ansi_default",
        "ansi-foreground": "ansi_default",
        "zone-green": "ansi_green",
        "zone-yellow": "ansi_yellow",
        "zone-red": "ansi_red",
        "key": "ansi_default",
        "heading": "ansi_default",
        "title-background": "ansi_default",
        "block-cursor-background": "ansi_default",
        "block-cursor-foreground": "ansi_default",
        "block-cursor-text-style": "reverse",
        "block-cursor-blurred-background": "ansi_default",
        "block-cursor-blurred-foreground": "ansi_default",
        "block-cursor-blurred-text-style": "reverse",
        "block-hover-background": "ansi_default",
        "scrollbar": "ansi_default",
        "scrollbar-background": "ansi_default",
        "scrollbar-corner-color": "ansi_default",
    },
)

THEMES: dict[ThemeName, Theme] = {
    ThemeName.CONTRAST_DARK: CONTRAST_DARK,
    ThemeName.CONTRAST_LIGHT: CONTRAST_LIGHT,
    ThemeName.SOFT: SOFT,
    ThemeName.TERMINAL: TERMINAL,
}
