"""The report's fonts: DejaVu Sans, shipped with magtui, and a system font for CJK if found.

DejaVu Sans covers Latin with every accent, Greek, Cyrillic and many symbols. Chinese, Japanese
and Korean come from the first of a few well-known fallback fonts the system has, loaded only
when the text needs it. A character neither covers is printed as � (which the page explains),
never dropped: the journal keeps it as typed. Controls, bidirectional overrides and joiners are
spelled out (\\u202e) as on the screens, so typed text can never change how the page reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from magtui.domain.entry_words import one_line
from magtui.domain.shown import on_screen

REGULAR, BOLD, FALLBACK = "magtui-sans", "magtui-sans-bold", "magtui-fallback"
REPLACED = "\ufffd"
FALLBACK_FONTS: Sequence[Path] = (
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"),
    Path("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
)
"""TrueType fonts with CJK that Debian, Fedora and macOS install, in the order tried."""


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
    _fallback: bool | None = field(default=None, repr=False)
    _regular: frozenset[int] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        registered = pdfmetrics.getRegisteredFontNames()
        if REGULAR not in registered:
            pdfmetrics.registerFont(TTFont(REGULAR, self.folder / "DejaVuSans.ttf"))
            pdfmetrics.registerFont(TTFont(BOLD, self.folder / "DejaVuSans-Bold.ttf"))
        self._regular = frozenset(_face(REGULAR).charToGlyph)

    def _has_fallback(self) -> bool:
        """Loads the first fallback font found, once; False when the system has none."""
        if self._fallback is None:
            self._fallback = FALLBACK in pdfmetrics.getRegisteredFontNames()
            for path in self.fallbacks if not self._fallback else ():
                try:
                    pdfmetrics.registerFont(TTFont(FALLBACK, path, subfontIndex=0))
                except (OSError, ValueError, KeyError, IndexError, AssertionError):
                    continue  # missing, unreadable or not a TrueType font: try the next
                self._fallback = True
                break
        return self._fallback

    def runs(self, text: str, bold: bool = False) -> list[tuple[str, str]]:
        """`text` on one line, as (font, characters) runs; what no font has is �."""
        main = BOLD if bold else REGULAR
        safe = on_screen(one_line(text))
        if all(ord(character) in self._regular for character in safe):
            return [(main, safe)]
        found: list[tuple[str, str]] = []
        for character in safe:
            font = main
            if ord(character) not in self._regular:
                fallback = self._has_fallback() and ord(character) in _face(FALLBACK).charToGlyph
                font = FALLBACK if fallback else main
                if not fallback:
                    character, self.replaced = REPLACED, True
            if found and found[-1][0] == font:
                found[-1] = (font, found[-1][1] + character)
            else:
                found.append((font, character))
        return found


def width(runs: Sequence[tuple[str, str]], size: float) -> float:
    """How wide the runs are at `size` points."""
    return float(sum(pdfmetrics.stringWidth(text, font, size) for font, text in runs))
