"""The clinician summary: one page of Markdown a clinician can read in a minute.

Zone history, sessions by method, products and capsule forms with what their answers said, every
reaction with what it followed, where relief was felt, and the notes the person marked
important. Everything is read from the ledger, so its counts are the app's. Dates are absolute
("Tue 24 Nov 2026, 18:05"), as the page is read on later days. Counts only: it ranks nothing and
advises nothing. Typed text is escaped as in the Markdown export: plain to read, never markup.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TextIO

from magtui.domain.entries import CapsuleDose, Note, Reaction
from magtui.domain.entry_words import METHOD_NAMES, reaction_words, use_words
from magtui.domain.ledger import Ledger
from magtui.domain.ledger_facts import Said, ZoneSource, is_reaction, zone_totals
from magtui.domain.pictures import (
    ZONE_LEGEND,
    UseCount,
    day_letter,
    mg_logged,
    per_form,
    per_product,
    weeks,
)
from magtui.domain.report import WEEKDAYS, day_words
from magtui.domain.standing_words import RULE
from magtui.exchange.markdown_format import escape

DEFAULT_DAYS = 30


def absolute(moment: datetime, ledger: Ledger) -> str:
    """'Tue 24 Nov 2026, 18:05' in the reader's zone, by its rules."""
    local = moment.astimezone(ledger.zone)
    return f"{day_words(local.date())}, {local:%H:%M}"


def write_summary(ledger: Ledger, now: datetime, days: int, consult_line: str, out: TextIO) -> int:
    """Write the summary of the last `days` local days; returns how many entries it holds."""
    today = ledger.local_day(now)
    first = today - timedelta(days=days - 1)
    since = datetime.combine(first, datetime.min.time(), ledger.zone)
    period = ledger.entries_since(since)
    out.write(f"# magtui summary: {day_words(first)} to {day_words(today)} ({days} days)\n\n")
    out.write(f"From the person's own journal: {len(period)} entries. {consult_line}\n")
    _zones(ledger, today, days, out)
    _sessions(ledger, since, out)
    _counts("Products used", per_product(ledger, since), out)
    _capsules(ledger, since, today, days, out)
    _reactions(ledger, since, out)
    _relief(ledger, since, out)
    _important([e for e in period if isinstance(e, Note) and e.important], ledger, out)
    return len(period)


def _zones(ledger: Ledger, today: date, days: int, out: TextIO) -> None:
    """Days in each zone, where each day's zone came from, and a week-by-week table of the days'
    letters."""
    shown = ledger.zone_days(today, days)
    totals = zone_totals(shown)
    out.write("\n## Zone of each day\n\n")
    words = [f"{zone.label} {count}" for zone, count in totals.items() if zone and count]
    if totals[None]:
        words.append(f"not set {totals[None]}")
    out.write("Days in each zone: " + ", ".join(words) + ".")
    sources = Counter(day.source for day in shown if day.zone is not None)
    said = [f"{sources[s]} {s.value}" for s in ZoneSource if sources[s]]
    out.write((" Of those set: " + ", ".join(said) + ".\n\n") if said else "\n\n")
    out.write("| Week of | " + " | ".join(WEEKDAYS) + " |\n")
    out.write("|---|" + "---|" * 7 + "\n")
    for row in weeks(shown):
        shown_day = next(cell for cell in row if cell is not None).day
        monday = shown_day - timedelta(days=shown_day.weekday())
        cells = ["" if cell is None else day_letter(cell) for cell in row]
        out.write(f"| {monday.day} {monday:%b} | " + " | ".join(cells) + " |\n")
    out.write(f"\n{ZONE_LEGEND}\n")


def answers_words(said: Counter[Said]) -> str:
    """'3 (2 no reaction, 1 with a reaction, 1 not answered)'."""
    words = [f"{said[Said.NO_REACTION]} no reaction", f"{said[Said.REACTION]} with a reaction"]
    if said[Said.DONT_KNOW]:
        words.append(f"{said[Said.DONT_KNOW]} don't know")
    if said[Said.NOT_ANSWERED]:
        words.append(f"{said[Said.NOT_ANSWERED]} not answered")
    return f"{said.total()} ({', '.join(words)})"


def _sessions(ledger: Ledger, since: datetime, out: TextIO) -> None:
    """For each method on the skin, in the guide's order, how its sessions were answered."""
    out.write("\n## Sessions on the skin, by method\n\n")
    by_method: dict[str, Counter[Said]] = {}
    for use in ledger.uses_since(since):
        if not isinstance(use.use, CapsuleDose):
            by_method.setdefault(use.use.method.value, Counter())[use.said] += 1
    if not by_method:
        out.write("None logged in this period.\n")
    for method, name in METHOD_NAMES.items():
        if method in by_method:
            out.write(f"- {name}: {answers_words(by_method[method])}\n")


def _counts(title: str, counts: Sequence[UseCount], out: TextIO) -> None:
    """One line per product or form: its answers in the period, then its standing over all time and
    what that rests on."""
    out.write(f"\n## {title}\n\n")
    if not counts:
        out.write("None logged in this period.\n")
    for count in counts:
        answers = answers_words(Counter({said: count.answers(said) for said in Said}))
        standing = f"{count.standing.tolerance.value}: {count.standing.rests_on()}"
        out.write(f"- {escape(count.name)}: used {answers}; over all time {standing}\n")


def _capsules(ledger: Ledger, since: datetime, today: date, days: int, out: TextIO) -> None:
    """Doses by form, then the milligrams logged and how many doses were logged without them: a
    total never includes a guess."""
    _counts("Capsule doses, by form", per_form(ledger, since), out)
    dosed = [day for day in ledger.dose_days(today, days) if day.doses]
    if any(day.mg for day in dosed):
        out.write(f"\nMilligrams logged: {mg_logged(dosed)}.\n")
    out.write(f"\n{RULE}\n")


def _reactions(ledger: Ledger, since: datetime, out: TextIO) -> None:
    """Every named reaction in the period, oldest first, with the use it followed (or that it names
    none)."""
    out.write("\n## Every reaction\n\n")
    found: list[tuple[Reaction, str]] = []
    for answer in ledger.answers_since(since):
        if not isinstance(answer, Reaction) or not is_reaction(answer):
            continue
        use = ledger.use_of(answer)
        if use is None:
            found.append((answer, "not linked to a use"))
        else:
            when = absolute(use.use.at, ledger)
            found.append((answer, f"after {use_words(use.use, escape)} ({when})"))
    if not found:
        out.write("None logged in this period.\n")
    for reaction, followed in sorted(found, key=lambda pair: pair[0].at):
        line = f"- {absolute(reaction.at, ledger)}: {reaction_words(reaction)}, {followed}"
        if reaction.note:
            line += f" — {escape(reaction.note)}"
        out.write(line + "\n")


def _relief(ledger: Ledger, since: datetime, out: TextIO) -> None:
    out.write("\n## Relief felt, by ALPIMS domain\n\n")
    named = [f"{domain.value} {n}" for domain, n in ledger.relief(since).items() if n]
    out.write((", ".join(named) + ".\n") if named else "None noted in this period.\n")


def _important(notes: Sequence[Note], ledger: Ledger, out: TextIO) -> None:
    out.write("\n## Notes marked important\n\n")
    if not notes:
        out.write("None in this period.\n")
    for note in notes:
        out.write(f"- {absolute(note.at, ledger)}: {escape(note.note)}\n")
