"""The capsule screens' blocks: the zone's words, today at a glance, the guide's capsule pages.

Every block that speaks of doses carries the seed's consult line; the ranges are the seed's own
lines, named as the guide's, and nothing here says how much to take.
"""

from __future__ import annotations

from collections.abc import Iterator

from textual.widget import Widget

from magtui.domain.capsules import STARTING_DOSE, Glance, above
from magtui.domain.entry_words import capsule_amount
from magtui.domain.guidance import Guidance
from magtui.domain.ledger_facts import DayDoses, Standing
from magtui.domain.standing_words import standing_words
from magtui.domain.vocabulary import CapsuleForm
from magtui.domain.zones import Zone
from magtui.ui.pages.chapters import cautions_and_starting_dose, why_green_first
from magtui.ui.widgets.blocks import (
    definitions,
    heading,
    labelled_dose,
)


def doses_words(day: DayDoses) -> str:
    """'150 mg in 2 doses', '½ capsule with no mg known in 1 dose', 'no doses'."""
    if not day.doses:
        return "no doses"
    amounts = []
    if day.mg or not day.without_mg:
        amounts.append(f"{day.mg:g} mg")
    if day.without_mg:
        amounts.append(f"{capsule_amount(day.capsules_without_mg)} with no mg known")
    count = "1 dose" if day.doses == 1 else f"{day.doses} doses"
    return f"{' + '.join(amounts)} in {count}"


def zone_words(guidance: Guidance, zone: Zone) -> tuple[str, str]:
    """The capsule guide's zone table row: '(Red zone, Skip capsules unless ...)'."""
    info = guidance.zones.zone(zone)
    return f"{zone.label} zone", f"{info.best_form}. {info.best_form_why}."


def zone_block(guidance: Guidance, zone: Zone) -> Widget:
    """The zone's row of the guide's table, with the consult sentence for that zone (in Red,
    the seed's own item for "a flare or Red Zone state")."""
    return labelled_dose(
        [zone_words(guidance, zone)], consult_line=guidance.disclaimer.consult_for(zone)
    )


def glance_block(guidance: Guidance, seen: Glance) -> Widget:
    """Today and each day before it, then the guide's ranges they are shown beside."""
    capsules = guidance.capsules
    rows = [("Today", doses_words(seen.today))]
    earlier = seen.days[1:]
    rows += [(f"{day.day:%a %-d %b}", doses_words(day)) for day in earlier if day.doses]
    empty = sum(1 for day in earlier if not day.doses)
    if empty:
        days = "day" if empty == 1 else f"{empty} days"
        if empty == len(earlier):
            rows.append(("", f"no doses in the {days} before"))
        else:
            rows.append(("", f"no doses on the other {days}"))
    low, high = capsules.upper_range_mg
    if above(seen.today.mg, capsules.upper_range_mg):
        rows.append(("Today", f"over the suggested starting dose's {low}–{high} mg/day"))
        rows.append(("", guidance.disclaimer.closing[0]))
    rows.append((STARTING_DOSE, capsules.starting_dose[0]))
    rows += [("", line) for line in capsules.starting_dose[1:2]]
    return labelled_dose(rows, consult_line=guidance.disclaimer.consult_line)


def forms_block(guidance: Guidance, known: dict[CapsuleForm, Standing]) -> Widget:
    """The seed's forms table, each form with what the journal says of it."""

    def journal_says(form_id: str) -> str:
        standing = known.get(CapsuleForm(form_id))
        if standing is None:
            return "Your journal: no doses yet."
        return f"Your journal: {standing_words(standing)}."

    return definitions(
        (form.name, f"Best for: {form.best_for}. {form.notes}. {journal_says(form.id)}")
        for form in guidance.capsules.forms
    )


def guide_blocks(guidance: Guidance, known: dict[CapsuleForm, Standing]) -> Iterator[Widget]:
    """The forms table, the cautions and starting dose, then why Green comes first."""
    yield heading("Common capsule forms and uses")
    yield forms_block(guidance, known)
    yield cautions_and_starting_dose(guidance)
    yield why_green_first(guidance)
