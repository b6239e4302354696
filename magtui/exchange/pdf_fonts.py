"""The report's fonts: DejaVu Sans, shipped with magtui, and a system font for CJK if found.

DejaVu Sans covers Latin with every accent, Greek, Cyrillic and many symbols. Chinese, Japanese
and Korean come from the well-known fallback fonts the system has, loaded only when the text
needs them. A character neither covers is printed as � (which the page explains),
never dropped: the journal keeps it as typed. Controls and bidirectional overrides are spelled
out (\\u202e) as on the screens, so typed text can never change how the page reads.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from magtui.domain.entry_words import one_line
from magtui.domain.shown import HIDDEN_CATEGORIES, on_screen
from magtui.exchange.problems import FontsMissing

REGULAR, BOLD, FALLBACK = "magtui-sans", "magtui-sans-bold", "magtui-fallback"
REPLACED = "\ufffd"
FALLBACK_FONTS: Sequence[Path] = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/nhn-nanum/NanumGothic.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)
"""TrueType fonts with CJK that Debian, Fedora and macOS install, each tried in this order for a
character the ones before it lack (Droid Sans Fallback has Chinese and Japanese, not Korean)."""


def _face(name: str) -> TTFontFace:
    font = pdfmetrics.getFont(name)
    assert isinstance(font, TTFont)
    return font.face


@dataclass
class Fonts:
    """The fonts registered for one process, and which characters each can draw."""

    folder: Path
    """Where DejaVu Sans is: the guidance files' `fonts` folder."""
    fallbacks: Sequence[Path] = FALLBACK_FONTS
    replaced: bool = False
    """Whether some character has been printed as � so far."""
    _found: list[tuple[str, frozenset[int]]] | None = field(default=None, repr=False)
    _regular: frozenset[int] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        registered = pdfmetrics.getRegisteredFontNames()
        for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
            if name in registered:
                continue
            try:
                pdfmetrics.registerFont(TTFont(name, self.folder / file))
            except Exception:  # reportlab raises its own errors, and others, for a bad file
                raise FontsMissing(
                    f"The report's font {self.folder / file} cannot be read; reinstall magtui."
                ) from None
        self._regular = frozenset(code for code in _face(REGULAR).charToGlyph if code <= BMP)

    def _fallback_fonts(self) -> list[tuple[str, frozenset[int]]]:
        """Each fallback font the system has, with what it covers, registered once per process
        and looked for once per report."""
        if self._found is None:
            self._found = []
            registered = pdfmetrics.getRegisteredFontNames()
            for path in self.fallbacks:
                name = f"{FALLBACK}-{path.stem}"
                if name not in registered:
                    if not path.is_file():
                        continue
                    try:
                        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=0))
                    except Exception:  # unreadable, or not a TrueType font: try the next
                        continue
                covers = frozenset(code for code in _face(name).charToGlyph if code <= BMP)
                self._found.append((name, covers))
        return self._found

    def _font_for(self, code: int) -> str | None:
        """The first fallback font that has the character, if any has it."""
        return next((name for name, covers in self._fallback_fonts() if code in covers), None)

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """`text` on one line, as (font, characters) runs; what no font has is �."""
        main = BOLD if bold else REGULAR
        safe = printed(text)
        if all(ord(character) in self._regular for character in safe):
            return [(main, safe)]
        found: list[tuple[str, str]] = []
        for character in safe:
            font = main
            if ord(character) not in self._regular:
                fallback = self._font_for(ord(character))
                if fallback is not None:
                    font = fallback
                else:
                    character, self.replaced = REPLACED, True
            if found and found[-1][0] == font:
                found[-1] = (font, found[-1][1] + character)
            else:
                found.append((font, character))
        return found


BMP = 0xFFFF
"""The last character a page may print: reportlab writes the text code of a character beyond
it (most emoji) wrongly, so a reader copying or searching the page would get another one; such
a character is printed as �, which the page explains, like one no font has."""
PRESENTATION = frozenset([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
"""Variation selectors: they ask for a character to be drawn as text or as emoji, and say
nothing of their own."""


def printed(text: str) -> str:
    """`text` on one line as the page prints it: controls, bidirectional overrides and other
    format characters spelled out (\\u202e) as on the screens; variation selectors left out;
    every other character as typed (one no font has becomes � in `Fonts.runs`)."""
    text = one_line(text)
    if text.isascii() and text.isprintable():
        return text
    return "".join(
        on_screen(character) if unicodedata.category(character) in HIDDEN_CATEGORIES else character
        for character in text
        if ord(character) not in PRESENTATION
    )


def width(runs: Sequence[tuple[str, str]], size: float) -> float:
    """How wide the runs are at `size` points."""
    return float(sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs))
