"""The report's pages: lines of text from the top down, wrapped to the width, two pages at most.

One layout fits both A4 and US Letter: the narrower width and the shorter height of the two,
centred on whichever sheet is chosen. Text is drawn with `drawString`, which draws characters and
reads nothing in them as markup, so what the person typed is printed exactly as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from magtui.exchange.pdf_fonts import REPLACED, Fonts

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 36.0
WIDTH = min(A4[0], LETTER[0]) - 2 * MARGIN
HEIGHT = min(A4[1], LETTER[1]) - 2 * MARGIN
MOST_PAGES = 2
TEXT, SMALL = 8.5, 7.0
LEADING = 1.25
Runs = list[tuple[str, str]]


@dataclass(frozen=True)
class Footer:
    """What closes every page: the seed's disclaimer line; and, once a character was printed as
    �, the sentence that says so."""

    disclaimer: str
    replaced: str


class Pages:
    """A cursor down the page; `room(height)` turns to the next page while there is one."""

    def __init__(
        self, canvas: Canvas, fonts: Fonts, paper: tuple[float, float], heading: str, end: Footer
    ) -> None:
        self.canvas, self.fonts, self.end = canvas, fonts, end
        self.left = (paper[0] - WIDTH) / 2
        self.top = paper[1] - (paper[1] - HEIGHT) / 2
        self.floor = self.top - HEIGHT
        self.heading = heading
        self.page = 1
        self.y = self.top
        self.bottom = self.floor + self._footer_height()
        self.first_baseline = self.y
        self.left_out: list[str] = []
        """What did not fit on the last page, as 'N reactions'; said in its last line."""

    def _footer_lines(self) -> list[Runs]:
        lines = self.wrap(self.end.disclaimer, SMALL, WIDTH)
        if self.fonts.replaced:
            lines += self.wrap(self.end.replaced, SMALL, WIDTH)
        return lines

    def _footer_height(self) -> float:
        """The disclaimer and the � sentence, whether or not it will be needed."""
        lines = self.wrap(self.end.disclaimer, SMALL, WIDTH) + self.wrap(
            self.end.replaced, SMALL, WIDTH
        )
        return len(lines) * SMALL * LEADING + SMALL

    def room(self, height: float) -> bool:
        """Whether `height` more fits, on this page or the next; False on the last page. The
        last page keeps room for the line that says what was left out."""
        kept = TEXT * LEADING * 2 if self.page >= MOST_PAGES else 0.0
        if self.y - height - kept >= self.bottom:
            return True
        if self.page >= MOST_PAGES:
            return False
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = self.top
        self.line(self.heading, 10, bold=True)
        self.y -= 4
        return True

    def finish_page(self) -> None:
        """What was left out, if anything, then the footer at the foot of the page."""
        if self.left_out:
            self.y = self.bottom + TEXT * LEADING * 2
            self.line(LEFT_OUT.format(", ".join(self.left_out)), force=True)
            self.left_out = []
        footer = self._footer_lines()
        y = self.floor + SMALL * LEADING * (len(footer) - 1)
        for runs in footer:
            self.draw(self.left, y, runs, SMALL)
            y -= SMALL * LEADING

    def draw(self, x: float, y: float, runs: Runs, size: float) -> float:
        """Draws the runs with their baseline at `y`; returns where they end."""
        for font, text in runs:
            self.canvas.setFont(font, size)
            self.canvas.drawString(x, y, text)
            x += pdfmetrics.stringWidth(text, font, size)
        return x

    def text_at(self, x: float, y: float, text: str, size: float, bold: bool = False) -> float:
        return self.draw(x, y, self.fonts.runs(text, bold), size)

    def line(
        self,
        text: str,
        size: float = TEXT,
        bold: bool = False,
        indent: float = 0.0,
        force: bool = False,
        width: float | None = None,
    ) -> bool:
        """`text` wrapped to the width (or `width`), from the cursor down; False, drawing
        nothing, when it does not fit on the last page (`force` draws it in the room kept for
        the last line). `first_baseline` is then where its first line stands."""
        lines = self.wrap(text, size, (width or WIDTH) - indent, bold)
        if not force and not self.room(len(lines) * size * LEADING):
            return False
        self.first_baseline = self.y - size * LEADING + size * 0.25
        for runs in lines:
            self.y -= size * LEADING
            self.draw(self.left + indent, self.y + size * 0.25, runs, size)
        return True

    def wrap(self, text: str, size: float, width: float, bold: bool = False) -> list[Runs]:
        """Lines no wider than `width`: broken at spaces, or inside a word too long for a line
        (as CJK text, which has no spaces, always is)."""
        chars = [(c, font) for font, part in self.fonts.runs(text, bold) for c in part]
        widths = [pdfmetrics.stringWidth(c, font, size) for c, font in chars]
        lines: list[Sequence[tuple[str, str]]] = []
        start, index, used, space = 0, 0, 0.0, -1
        while index < len(chars):
            if used + widths[index] > width and index > start:
                end, after = (space, space + 1) if space > start else (index, index)
                lines.append(chars[start:end])
                start, used, space = after, sum(widths[after:index]), -1
                continue
            if chars[index][0] == " ":
                space = index
            used += widths[index]
            index += 1
        lines.append(chars[start:])
        return [_as_runs(line) for line in lines]


def _as_runs(chars: Sequence[tuple[str, str]]) -> Runs:
    """Characters, each with its font, back into runs of one font each."""
    runs: Runs = []
    for character, font in chars:
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + character)
        else:
            runs.append((font, character))
    return runs


LEFT_OUT = "Left out for room: {}; magtui export --format md lists every entry."
REPLACED_SENTENCE = (
    f"{REPLACED} stands for a character these fonts cannot print; the journal keeps it as typed."
)
