"""The guide's chapters: all seed content, grouped so a tired reader finds things."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from textual.widget import Widget

from magtui.domain.content import Content
from magtui.ui.screens.disclaimer import disclaimer_blocks
from magtui.ui.widgets.blocks import bullets, definitions, heading, paragraph, quote

Blocks = Iterator[Widget]


@dataclass(frozen=True)
class Chapter:
    title: str
    summary: str
    blocks: Callable[[Content], Blocks]


def _red_zone(content: Content) -> Blocks:
    topical, red = content.topical, content.zones.red
    yield quote(topical.quote)
    yield paragraph(topical.summary)
    yield heading(topical.verdict)
    yield paragraph(f"{red.heading}. You may be experiencing:")
    yield bullets(red.you_may_be_experiencing)
    yield heading("Why it's usually safe")
    yield definitions((r.reason, r.how_it_helps) for r in topical.why_usually_safe)
    yield heading("Best ways to use in the Red Zone")
    yield definitions((m.name, m.tips) for m in topical.methods)


def _cautions(content: Content) -> Blocks:
    topical = content.topical
    yield heading("When to be cautious")
    yield definitions((c.situation, c.why) for c in topical.cautions)
    yield heading("Avoid if")
    yield bullets(topical.avoid_if)


def _benefits(content: Content) -> Blocks:
    yield heading("Topical magnesium in the Red Zone: relief by ALPIMS domain")
    yield definitions((b.domain, b.relief) for b in content.topical.red_benefits)
    yield heading("Magnesium capsules: core benefits by ALPIMS domain")
    yield definitions((b.domain, b.helps_with) for b in content.capsules.core_benefits)


def _rrp(content: Content) -> Blocks:
    rrp = content.rrp
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


def _capsules(content: Content) -> Blocks:
    capsules = content.capsules
    yield paragraph(capsules.intro)
    yield heading("Common capsule forms and uses")
    yield definitions((f.name, f"Best for: {f.best_for}. {f.notes}.") for f in capsules.forms)
    yield heading("Suggested starting dose")
    yield bullets(capsules.starting_dose)
    yield heading("Cautions in ALPIMS bodies")
    yield bullets(capsules.cautions)
    yield heading("Why capsules are best started in the Green Zone")
    yield definitions((r.reason, r.why) for r in capsules.why_start_in_green)
    yield paragraph(capsules.green_start_summary)
    yield quote(capsules.timing_quote)


def _versus(content: Content) -> Blocks:
    capsules, zones = content.capsules, content.zones
    yield heading("Best form per zone")
    yield paragraph(capsules.best_practice)
    yield definitions((z.name, f"{z.best_form}. {z.best_form_why}.") for z in zones.zones)
    yield heading("Capsules vs topical")
    yield definitions(
        (row.feature, f"Capsules: {row.capsules}\n  Topical: {row.topical}")
        for row in capsules.versus_topical
    )
    yield heading("When capsules may be better")
    yield bullets(capsules.when_capsules_better)
    yield heading("When topical may be better")
    yield bullets(capsules.when_topical_better)
    yield quote(capsules.closing_quote)


def _disclaimer(content: Content) -> Blocks:
    yield from disclaimer_blocks(content.disclaimer)


CHAPTERS = [
    Chapter("Topical magnesium in the Red Zone", "why it is usually safe, best ways", _red_zone),
    Chapter("Cautions and avoid-if", "when to wait, when not to use it", _cautions),
    Chapter("ALPIMS benefits", "relief by domain, topical and capsules", _benefits),
    Chapter("RRP–R²", "Rest, Reduce, Pace, Repair, Reconnect", _rrp),
    Chapter("Capsules", "forms, starting dose, cautions, Green start", _capsules),
    Chapter("Capsules or topical?", "best form per zone, comparison", _versus),
    Chapter("Disclaimer", "not medical advice; ask your clinician", _disclaimer),
]
