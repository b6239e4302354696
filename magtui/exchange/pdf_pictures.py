"""The report's two pictures: the zone of each day as lettered cells, and capsule mg per day as
bars beside the guide's two starting-dose ranges.

Both read in black and white: every cell carries its zone's letter (the grey fill only adds to
it), and the bars are black on the ranges' light grey bands, each band named in the seed's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from magtui.domain.ledger_facts import DayDoses, DayZone, Said
from magtui.domain.pictures import UseCount, day_letter
from magtui.domain.report import Period
from magtui.domain.zones import Zone
from magtui.exchange.pdf_fonts import width as measure
from magtui.exchange.pdf_pages import SMALL, WIDTH, Pages

DAY_NAMES = "MTWTFSS"
ZONE_GREY = {Zone.GREEN: 1.0, Zone.YELLOW: 0.86, Zone.RED: 0.7}
"""Lighter to darker, so a grey print still tells them apart beside the letters."""
LABEL_WIDTH = 16.0
LARGEST_CELL = 17.0
CHART_HEIGHT = 84.0
AXIS_WIDTH = 24.0
BAND_LABEL_WIDTH = 64.0
"""Room at the right of the bars for each band's name, so no bar hides it."""
BAND_GREY = 0.9


def zone_strip(pages: Pages, period: Period, days: Sequence[DayZone]) -> bool:
    """A column per week, Monday at the top, a lettered cell per day of the period; the Monday's
    date above every few columns. False when it does not fit on the last page."""
    monday = period.first - timedelta(days=period.first.weekday())
    weeks = (period.last - monday).days // 7 + 1
    cell = min(LARGEST_CELL, (WIDTH - LABEL_WIDTH) / weeks)
    if not pages.room(8 * cell + SMALL * 2):
        return False
    canvas, top = pages.canvas, pages.y - SMALL * 1.6
    every = max(1, int(30 // cell) + 1)
    for week in range(0, weeks, every):
        day = monday + timedelta(days=7 * week)
        x = pages.left + LABEL_WIDTH + week * cell
        pages.text_at(x + 0.5, top + 2, f"{day.day} {day:%b}", SMALL)
    for row, name in enumerate(DAY_NAMES):
        pages.text_at(pages.left + 2, top - (row + 1) * cell + cell * 0.3, name, SMALL)
    size = min(cell * 0.6, 8.0)
    canvas.setLineWidth(0.4)
    for shown in days:
        week, row = divmod((shown.day - monday).days, 7)
        x = pages.left + LABEL_WIDTH + week * cell
        y = top - (row + 1) * cell
        grey = ZONE_GREY[shown.zone] if shown.zone else 1.0
        canvas.setFillGray(grey)
        canvas.setStrokeGray(0.45)
        canvas.rect(x, y, cell, cell, stroke=1, fill=1)
        canvas.setFillGray(0.0)
        letter = day_letter(shown)
        bold = shown.zone is not None and letter.isupper()
        runs = pages.fonts.runs(letter, bold)
        pages.draw(x + (cell - measure(runs, size)) / 2, y + cell * 0.3, runs, size)
    pages.y = top - 7 * cell - 2
    return True


def _scale_top(doses: Sequence[DayDoses], upper: tuple[int, int]) -> float:
    """The chart's top: a little above the highest day, or above the upper range if higher."""
    return max([upper[1], *(day.mg for day in doses)]) * 1.12


def mg_bars(
    pages: Pages,
    doses: Sequence[DayDoses],
    ranges: tuple[tuple[int, int], tuple[int, int]],
    band_words: tuple[str, str],
) -> bool:
    """A bar per day of the period, its height the day's logged milligrams, over the seed's two
    ranges as light bands named in the seed's words; '+' over a day some of whose doses had no
    mg. False when it does not fit on the last page."""
    if not pages.room(CHART_HEIGHT + SMALL * 3):
        return False
    canvas = pages.canvas
    left, bottom = pages.left + AXIS_WIDTH, pages.y - CHART_HEIGHT - 4
    width = WIDTH - AXIS_WIDTH - BAND_LABEL_WIDTH
    top = _scale_top(doses, ranges[1])

    def height(mg: float) -> float:
        return CHART_HEIGHT * mg / top

    for (low, high), words in zip(ranges, band_words, strict=True):
        canvas.setFillGray(BAND_GREY)
        canvas.rect(left, bottom + height(low), width, height(high) - height(low), stroke=0, fill=1)
        canvas.setFillGray(0.0)
        middle = bottom + (height(low) + height(high)) / 2 - SMALL * 0.35
        pages.text_at(left + width + 4, middle, words, SMALL)
        for mg in (low, high):
            label = pages.fonts.runs(str(mg))
            x = left - 3 - measure(label, SMALL)
            pages.draw(x, bottom + height(mg) - 2.4, label, SMALL)
    canvas.setStrokeGray(0.0)
    canvas.setLineWidth(0.6)
    canvas.line(left, bottom, left + width, bottom)
    slot = width / len(doses)
    for index, day in enumerate(doses):
        x = left + index * slot
        if day.mg:
            canvas.rect(x + slot * 0.15, bottom, slot * 0.7, height(day.mg), stroke=0, fill=1)
        if day.without_mg:
            pages.text_at(x + slot * 0.5 - 2, bottom + height(day.mg) + 1.5, "+", SMALL)
    for index in sorted({0, len(doses) // 2, len(doses) - 1}):
        shown = doses[index].day
        pages.text_at(left + index * slot, bottom - SMALL - 1, f"{shown.day} {shown:%b}", SMALL)
    pages.y = bottom - SMALL * 1.6
    return True


USE_BAR_WIDTH = 150.0
"""The longest bar of uses, at the right of the products' lines."""
ANSWER_FILLS = (
    (Said.REACTION, 0.0, "with a reaction"),
    (Said.NO_REACTION, 1.0, "no reaction"),
    (Said.DONT_KNOW, 0.55, "don't know"),
    (Said.NOT_ANSWERED, 0.88, "not answered"),
)
"""Each answer's grey (black for a reaction, white for none) and its words, in the bar's order."""


def use_bar(pages: Pages, count: UseCount, longest: int) -> None:
    """A bar as long as the product's uses, a box per use, filled by how it was answered; beside
    the line `Pages.line` just drew."""
    canvas = pages.canvas
    box = USE_BAR_WIDTH / max(longest, 1)
    x = pages.left + WIDTH - USE_BAR_WIDTH
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.0)
    for said, grey, _ in ANSWER_FILLS:
        for _ in range(count.answers(said)):
            canvas.setFillGray(grey)
            canvas.rect(x, pages.first_baseline - 0.5, box, 6.5, stroke=1, fill=1)
            x += box
    canvas.setFillGray(0.0)


def use_bar_legend(pages: Pages) -> None:
    """A box of each fill and the answer it stands for, on one line."""
    if not pages.room(SMALL * 2):
        return
    canvas = pages.canvas
    y = pages.y - SMALL * 1.4
    x = pages.left + 8
    canvas.setLineWidth(0.4)
    for _, grey, words in ANSWER_FILLS:
        canvas.setFillGray(grey)
        canvas.rect(x, y - 0.5, 6.5, 6.5, stroke=1, fill=1)
        canvas.setFillGray(0.0)
        x = pages.text_at(x + 9, y, words, SMALL) + 10
    pages.text_at(x, y, BAR_WORDS, SMALL)
    pages.y = y - SMALL * 0.6


BAR_WORDS = "Each bar is the uses in this period, a box per use."
