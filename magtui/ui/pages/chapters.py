"""The guide's chapters: all the seed content, in the seeds' order, grouped so a tired reader
finds things. The disclaimer comes first, as it does in the capsule seed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Static

from magtui.domain.guidance import Comparison, Guidance
from magtui.ui.pages.cautions import cautions_and_avoid_if
from magtui.ui.pages.disclaimer import disclaimer_blocks
from magtui.ui.widgets.blocks import (
    bullets,
    definitions,
    dose_section,
    heading,
    labelled,
    paragraph,
    quote,
)
from magtui.ui.widgets.text import plain

Blocks = Iterator[Widget]

MARKS = {"check": "+", "diamond": "~", "warning": "!", "cross": "x", "": ""}
"""The seed table's symbols as plain characters that every terminal shows at one width."""
MARKS_LEGEND = (
    "Marks from the guide's table: + its tick, ~ its orange diamond, ! its warning sign, "
    "x its cross."
)


@dataclass(frozen=True)
class Chapter:
    title: str
    summary: str
    blocks: Callable[[Guidance], Blocks]


def _disclaimer(guidance: Guidance) -> Blocks:
    yield from disclaimer_blocks(guidance.disclaimer)


def _red_zone(guidance: Guidance) -> Blocks:
    """The guide's Red-zone chapter: topical magnesium, why it is usually used in Red, and each
    method's tips, in the seed's order."""
    topical, red = guidance.topical, guidance.zones.red
    yield quote(topical.quote)
    yield paragraph(topical.summary)
    yield heading(topical.verdict)
    yield paragraph(f"{red.heading}. You may be experiencing:")
    yield bullets(red.you_may_be_experiencing)
    yield heading("Why it's usually safe")
    yield definitions((r.reason, r.how_it_helps) for r in topical.why_usually_safe)
    yield heading(topical.methods_heading)
    yield definitions((m.name, m.tips) for m in topical.methods)


def _cautions(guidance: Guidance) -> Blocks:
    yield from cautions_and_avoid_if(guidance.topical)


def _benefits(guidance: Guidance) -> Blocks:
    yield heading("Topical magnesium in the Red Zone: relief by ALPIMS domain")
    yield definitions((b.domain, b.relief) for b in guidance.topical.red_benefits)
    yield heading("Magnesium capsules: core benefits by ALPIMS domain")
    yield definitions((b.domain, b.helps_with) for b in guidance.capsules.core_benefits)


def _rrp(guidance: Guidance) -> Blocks:
    """Rest, Regulate, Pace: each step's words from the seed, then its summary table."""
    rrp = guidance.rrp
    yield paragraph(rrp.title)
    for step in rrp.steps:
        yield heading(f"R = {step.name}" if step.name != "Pace" else "P = Pace")
        yield paragraph(step.what_it_does)
        yield paragraph("How it helps:")
        yield bullets(step.how_it_helps)
        yield paragraph(f"When: {step.when_to_use}.")
    yield heading("Summary")
    yield definitions(
        (step.name, f"{step.role} — supports {', '.join(step.domains)}") for step in rrp.steps
    )


def why_green_first(guidance: Guidance) -> Widget:
    """The seed's reasons for starting capsules in Green, with the consult line beside them."""
    capsules = guidance.capsules
    return dose_section(
        heading("Why magnesium capsules are best started in the Green Zone"),
        definitions((r.reason, r.why) for r in capsules.why_start_in_green),
        paragraph(capsules.green_start_summary),
        consult_line=guidance.disclaimer.consult_line,
    )


def cautions_and_starting_dose(guidance: Guidance) -> Widget:
    """The seed's cautions, then its suggested starting dose, with the consult line beside them."""
    capsules = guidance.capsules
    return dose_section(
        heading("Cautions in ALPIMS bodies"),
        bullets(capsules.cautions),
        heading("Suggested starting dose"),
        bullets(capsules.starting_dose),
        consult_line=guidance.disclaimer.consult_line,
    )


def _capsules(guidance: Guidance) -> Blocks:
    """The capsules chapter: each form with what the seed says it is best for, then the cautions
    and starting dose."""
    capsules = guidance.capsules
    yield paragraph(capsules.intro)
    yield why_green_first(guidance)
    yield heading("Common capsule forms and uses")
    yield definitions((f.name, f"Best for: {f.best_for}. {f.notes}.") for f in capsules.forms)
    yield cautions_and_starting_dose(guidance)
    yield quote(capsules.timing_quote)


def _comparison(row: Comparison) -> Widget:
    """One row of the seed's capsules-versus-topical table, each side with its mark in words."""

    def marked(mark: str, text: str) -> str:
        return f"{MARKS[mark]} {text}" if MARKS[mark] else text

    return Vertical(
        Static(plain(row.feature), classes="term"),
        labelled(
            [
                ("Capsules", marked(row.capsules_mark, row.capsules)),
                ("Topical", marked(row.topical_mark, row.topical)),
            ],
            classes="explanation",
        ),
        classes="comparison",
    )


def _versus(guidance: Guidance) -> Blocks:
    """The seed's capsules-versus-topical chapter: the table, when each may be better, and the best
    form per zone."""
    capsules, zones = guidance.capsules, guidance.zones
    yield heading("Magnesium capsules vs topical magnesium")
    yield paragraph(MARKS_LEGEND)
    yield Vertical(*(_comparison(row) for row in capsules.versus_topical), classes="list")
    yield dose_section(
        heading("When capsules may be better"),
        bullets(capsules.when_capsules_better),
        heading("When topical may be better"),
        bullets(capsules.when_topical_better),
        heading("Best form per zone"),
        paragraph(capsules.best_practice),
        definitions((z.name, f"{z.best_form}. {z.best_form_why}.") for z in zones.zones),
        consult_line=guidance.disclaimer.consult_line,
    )
    yield quote(capsules.closing_quote)


def chapters(guidance: Guidance) -> list[Chapter]:
    """The chapters in reading order; the disclaimer keeps its seed title."""
    return [Chapter(guidance.disclaimer.title, "read this first", _disclaimer), *_SEED_CHAPTERS]


_SEED_CHAPTERS = [
    Chapter("Topical magnesium in the Red Zone", "why it is usually safe, best ways", _red_zone),
    Chapter("Cautions and avoid-if", "when to wait, when not to use it", _cautions),
    Chapter("ALPIMS benefits", "relief by domain, topical and capsules", _benefits),
    Chapter("RRP–R²", "Rest, Reduce, Pace, Repair, Reconnect", _rrp),
    Chapter("Capsules", "Green start, forms, cautions, starting dose", _capsules),
    Chapter("Capsules or topical?", "comparison, best form per zone", _versus),
]
