"""The clinician summary: one page of Markdown a clinician can read in a minute.

Zone history, products used and how the skin answered, capsule doses, where relief was felt,
and the notes the person marked important. Counts only: it ranks nothing and advises nothing.
Typed text is escaped as in the Markdown export.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TextIO

from magtui.domain.entries import CapsuleDose, Content, Note
from magtui.domain.entry_words import reaction_words
from magtui.domain.history import History
from magtui.domain.pictures import per_product, relief_by_domain, weeks, zone_days, zone_totals
from magtui.domain.when import describe_when
from magtui.exchange.markdown_format import escape

DEFAULT_DAYS = 30
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment.strftime('%b %Y')}"


def write_summary(
    history: History, now: datetime, days: int, consult_line: str, out: TextIO
) -> int:
    """Write the summary of the last `days` days; returns how many entries the period holds."""
    since = (now - timedelta(days=days - 1)).replace(hour=0, minute=0, second=0, microsecond=0)
    period = [entry for entry in history.view if entry.at >= since]
    out.write(f"# magtui summary: {_day(since)} to {_day(now)} ({days} days)\n\n")
    out.write(f"From the person's own journal: {len(period)} entries. {consult_line}\n")
    _zones(history, now, days, out)
    _products(history, since, now, out)
    _capsules(period, out)
    _relief(history, since, out)
    _important(period, now, out)
    return len(period)


def _zones(history: History, now: datetime, days: int, out: TextIO) -> None:
    shown = zone_days(history.view, now, days)
    totals = zone_totals(shown)
    out.write("\n## Zone of each day\n\n")
    words = [f"{zone.label} {count}" for zone, count in totals.items() if zone and count]
    if totals[None]:
        words.append(f"not set {totals[None]}")
    out.write("Days in each zone: " + ", ".join(words) + ".\n\n")
    out.write("| Week of | " + " | ".join(WEEKDAYS) + " |\n")
    out.write("|---|" + "---|" * 7 + "\n")
    for row in weeks(shown):
        shown_day = next(cell for cell in row if cell is not None)[0]
        first = shown_day - timedelta(days=shown_day.weekday())
        cells = ["" if cell is None else (cell[1].label[0] if cell[1] else "·") for cell in row]
        out.write(f"| {first.day} {first.strftime('%b')} | " + " | ".join(cells) + " |\n")
    out.write("\nG Green, Y Yellow, R Red, · not set.\n")


def _products(history: History, since: datetime, now: datetime, out: TextIO) -> None:
    out.write("\n## Products used\n\n")
    counts = per_product(history, since)
    if not counts:
        out.write("None logged in this period.\n")
    for count in counts:
        line = f"- {escape(count.name)}: used {count.uses}, reactions {count.reactions}"
        line += f" ({count.tolerance})"
        if count.last_reaction is not None:
            when = describe_when(count.last_reaction.at, now)
            line += f"; last reaction {reaction_words(count.last_reaction)}, {when}"
        out.write(line + "\n")


def _capsules(period: Sequence[Content], out: TextIO) -> None:
    out.write("\n## Capsule doses\n\n")
    doses: dict[str, list[CapsuleDose]] = defaultdict(list)
    for entry in period:
        if isinstance(entry, CapsuleDose):
            doses[entry.form.value].append(entry)
    if not doses:
        out.write("None logged in this period.\n")
    for form, logged in doses.items():
        with_mg = [dose.mg for dose in logged if dose.mg]
        line = f"- {form}: {len(logged)} dose{'' if len(logged) == 1 else 's'}"
        if with_mg:
            line += f", {sum(with_mg):g} mg in all"
        if len(with_mg) < len(logged):
            line += f" ({len(logged) - len(with_mg)} without mg)"
        out.write(line + "\n")


def _relief(history: History, since: datetime, out: TextIO) -> None:
    out.write("\n## Relief felt, by ALPIMS domain\n\n")
    counted = relief_by_domain(history.view, since)
    named = [f"{domain.value} {count}" for domain, count in counted.items() if count]
    out.write((", ".join(named) + ".\n") if named else "None noted in this period.\n")


def _important(period: Sequence[Content], now: datetime, out: TextIO) -> None:
    out.write("\n## Notes marked important\n\n")
    notes = [e for e in period if isinstance(e, Note) and e.important]
    if not notes:
        out.write("None in this period.\n")
    for note in notes:
        out.write(f"- {describe_when(note.at, now)}: {escape(note.note)}\n")
