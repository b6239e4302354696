"""The clinician report as a PDF: one page (two at most) a clinician takes in by looking.

From the top: the period in absolute dates; the zone of each day as lettered cells; capsule mg
per day as bars beside the guide's starting-dose lines and the consult line; sessions on the skin
by method; products and capsule forms with how their uses were answered; every reaction with the
use it followed; relief by ALPIMS domain; the notes marked important, in the person's words; the
seed's disclaimer line at the foot of each page. Counts only, all from the ledger
(`domain/report.py`): it ranks nothing and advises nothing. The page is the same every time for
the same journal and clock (`invariant`), so a test can keep it from changing unnoticed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import BinaryIO

from reportlab.pdfgen.canvas import Canvas

from magtui.domain.capsules import STARTING_DOSE
from magtui.domain.entry_words import METHOD_NAMES, reaction_words, use_words
from magtui.domain.guidance import Guidance
from magtui.domain.ledger_facts import Said, ZoneSource, zone_totals
from magtui.domain.pictures import ZONE_LEGEND, UseCount, mg_logged
from magtui.domain.report import Report, day_words
from magtui.exchange.pdf_fonts import REGULAR, Fonts
from magtui.exchange.pdf_pages import PAPERS, REPLACED_SENTENCE, SMALL, WIDTH, Footer, Pages
from magtui.exchange.pdf_pictures import (
    USE_BAR_WIDTH,
    mg_bars,
    use_bar,
    use_bar_legend,
    zone_strip,
)
from magtui.exchange.summary_format import answers_words

BARS_LEGEND = (
    "Each bar is the milligrams logged that day; + marks a day with doses logged without mg."
)


@dataclass(frozen=True)
class SeedLines:
    """The guide's words the report stands its numbers beside."""

    disclaimer: str
    """The seed's first disclaimer line, at the foot of each page."""
    consult_line: str
    starting_dose: tuple[str, str]
    ranges: tuple[tuple[int, int], tuple[int, int]]
    """The two starting-dose lines' ranges, in mg per day."""

    @classmethod
    def of(cls, guidance: Guidance) -> SeedLines:
        """The lines from the guidance files, as the app shows them."""
        capsules = guidance.capsules
        low, high = capsules.starting_range_mg, capsules.upper_range_mg
        return cls(
            disclaimer=guidance.disclaimer.opening[0],
            consult_line=guidance.disclaimer.consult_line,
            starting_dose=(capsules.starting_dose[0], capsules.starting_dose[1]),
            ranges=((low[0], low[1]), (high[0], high[1])),
        )


def absolute(moment: datetime, zone: tzinfo | None) -> str:
    """'Tue 24 Nov 2026, 18:05' in the reader's zone."""
    local = moment.astimezone(zone)
    return f"{day_words(local.date())}, {local:%H:%M}"


def write_report(
    report: Report,
    seed: SeedLines,
    fonts: Fonts,
    out: BinaryIO,
    *,
    now: datetime,
    zone: tzinfo | None,
    paper: str = "a4",
) -> int:
    """Draw the report to `out`; returns how many pages it took."""
    first, last = day_words(report.period.first), day_words(report.period.last)
    size = PAPERS[paper]
    # The first font is the shipped one, so no font the page does not embed is named in it
    # (the stubs type this argument as a number; reportlab takes a font's name).
    canvas = Canvas(
        out,
        pagesize=size,
        invariant=True,
        pageCompression=1,
        initialFontName=REGULAR,  # type: ignore[arg-type]
    )
    canvas.setTitle(f"magtui report: {first} to {last}")
    pages = Pages(
        canvas,
        fonts,
        size,
        f"magtui report, continued: {first} to {last}",
        Footer(seed.disclaimer, REPLACED_SENTENCE),
    )
    pages.line(f"magtui report: {first} to {last} ({report.period.days} days)", 13, bold=True)
    pages.line(
        f"From the person's own journal: {report.entries} entries. "
        f"Made {absolute(now, zone)}; every date is the reader's local day."
    )
    _zones(pages, report)
    _capsules(pages, report, seed)
    _sessions(pages, report)
    _used(pages, report)
    _relief(pages, report)
    _notes(pages, report, zone)
    _reactions(pages, report, zone)
    pages.finish_page()
    canvas.showPage()
    canvas.save()
    return pages.page


def _heading(pages: Pages, text: str) -> None:
    pages.y -= 5
    pages.line(text, 10, bold=True)


def _items(pages: Pages, lines: list[str], what: str, none: str) -> None:
    """One line per item, hanging; what does not fit is counted in the page's last line."""
    if not lines and not pages.line(none, indent=8):
        pages.left_out.append(what)
    for index, text in enumerate(lines):
        if not pages.line(text, indent=8):
            pages.left_out.append(f"{len(lines) - index} {what}")
            return


def _zones(pages: Pages, report: Report) -> None:
    """Days in each zone and where each day's zone came from, then the lettered cells."""
    _heading(pages, "Zone of each day")
    totals = zone_totals(report.zones)
    words = [f"{zone.label} {count}" for zone, count in totals.items() if zone and count]
    if totals[None]:
        words.append(f"not set {totals[None]}")
    sources = Counter(day.source for day in report.zones if day.zone is not None)
    said = [f"{sources[s]} {s.value}" for s in ZoneSource if sources[s]]
    pages.line(
        "Days in each zone: "
        + ", ".join(words)
        + "."
        + (" Of those set: " + ", ".join(said) + "." if said else "")
    )
    if zone_strip(pages, report.period, report.zones):
        pages.line(ZONE_LEGEND, SMALL)


def _capsules(pages: Pages, report: Report, seed: SeedLines) -> None:
    """The bars, what they add up to, then the seed's two lines and its consult line."""
    _heading(pages, "Capsule mg per day")
    doses = [day for day in report.doses if day.doses]
    if not doses:
        pages.line("No capsule doses logged in this period.")
    else:
        words = tuple(f"{low}–{high} mg/day" for low, high in seed.ranges)
        if mg_bars(pages, report.doses, seed.ranges, (words[0], words[1])):
            pages.line(BARS_LEGEND, SMALL)
        pages.line(f"Milligrams logged: {mg_logged(doses)}.")
    pages.line(f"{STARTING_DOSE}: {seed.starting_dose[0]}. {seed.starting_dose[1]}.")
    pages.line(seed.consult_line, bold=True)


def _sessions(pages: Pages, report: Report) -> None:
    _heading(pages, "Sessions on the skin, by method")
    lines = [f"{METHOD_NAMES[m]}: {answers_words(said)}" for m, said in report.sessions.items()]
    _items(pages, lines, "methods", "None logged in this period.")


def _count_line(count: UseCount, suffix: str = "") -> str:
    said = Counter({answer: count.answers(answer) for answer in Said})
    return f"{count.name}{suffix}: used {answers_words(said)}"


def _used(pages: Pages, report: Report) -> None:
    """A line per product and capsule form, each with a bar of its uses by their answers."""
    _heading(pages, "Products and capsule forms, with how each use was answered")
    counts = [(count, "") for count in report.products]
    counts += [(count, " capsule") for count in report.forms]
    if not counts:
        _items(pages, [], "products", "None logged in this period.")
        return
    longest = max(count.uses for count, _ in counts)
    text_width = WIDTH - USE_BAR_WIDTH - 10
    for index, (count, suffix) in enumerate(counts):
        if not pages.line(_count_line(count, suffix), indent=8, width=text_width):
            pages.left_out.append(f"{len(counts) - index} products")
            return
        use_bar(pages, count, longest)
    use_bar_legend(pages)


def _reactions(pages: Pages, report: Report, zone: tzinfo | None) -> None:
    """Oldest first, each with the use it followed, or that it names none."""
    _heading(pages, "Every reaction, with what it followed")
    lines = []
    for found in report.reactions:
        reaction = found.reaction
        if found.use is None:
            followed = "not linked to a use"
        else:
            use = found.use.use
            followed = f"after {use_words(use)} ({absolute(use.at, zone)})"
        line = f"{absolute(reaction.at, zone)}: {reaction_words(reaction)}, {followed}"
        lines.append(line + (f" — {reaction.note}" if reaction.note else ""))
    _items(pages, lines, "reactions", "None logged in this period.")


def _relief(pages: Pages, report: Report) -> None:
    _heading(pages, "Relief felt, by ALPIMS domain")
    named = [f"{domain.value} {n}" for domain, n in report.relief.items() if n]
    _items(pages, [", ".join(named) + "."] if named else [], "relief", "None noted in this period.")


def _notes(pages: Pages, report: Report, zone: tzinfo | None) -> None:
    _heading(pages, "Notes marked important")
    lines = [f"{absolute(note.at, zone)}: {note.note}" for note in report.notes]
    _items(pages, lines, "notes", "None in this period.")


def fonts_in(assets: Path) -> Fonts:
    """The report's fonts, from the guidance files' folder."""
    return Fonts(assets / "fonts")
