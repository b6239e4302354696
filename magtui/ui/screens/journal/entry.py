"""One entry, read whole; corrected or deleted from here, each undone from the journal with `u`.

A use is shown with its answers (the reactions and notes that name it), an answer with the use
it follows. A correction asks one thing at a time (what to change, then its new value) and is
saved at once as a new entry that stands in for this one; a use's answers stay with it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.widget import Widget

from magtui.domain.entries import (
    CapsuleDose,
    Content,
    Note,
    Product,
    Reaction,
    TopicalSession,
    ZoneCheckIn,
)
from magtui.domain.entry_words import (
    METHOD_NAMES,
    capsule_amount,
    describe,
    duration,
    food_words,
    reaction_words,
    relief_words,
    use_words,
)
from magtui.domain.vocabulary import ReactionKind
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.session.outcome import NotSaved
from magtui.ui.screens.pick import AskScreen, PickScreen
from magtui.ui.screens.steps import StepScreen
from magtui.ui.widgets.blocks import labelled
from magtui.ui.widgets.choice import Choice

if TYPE_CHECKING:
    from magtui.ui.screens.journal.journal import JournalScreen

CORRECT = "correct"
DELETE = "delete"
IMPORTANT = "important"


def rows_of(entry: Content, now_words: str) -> list[tuple[str, str]]:
    """Every field worth reading, labelled, in plain words."""
    rows = [("When", now_words)]
    if isinstance(entry, ZoneCheckIn):
        rows.append(("Zone", entry.zone.label))
    elif isinstance(entry, TopicalSession):
        rows.append(("Method", METHOD_NAMES[entry.method.value]))
        for label, value in (
            ("Product", entry.product),
            ("Amount", entry.amount),
            ("Area", entry.area),
            ("Dilution", entry.dilution),
        ):
            if value:
                rows.append((label, value))
        if entry.duration_seconds:
            rows.append(("Time", duration(entry.duration_seconds)))
        elif entry.duration_minutes:
            rows.append(("Time", f"{entry.duration_minutes} min"))
        if entry.zone:
            rows.append(("Zone", entry.zone.label))
    elif isinstance(entry, CapsuleDose):
        rows.append(("Form", entry.form.value))
        if entry.product:
            rows.append(("Capsule", entry.product))
        if entry.fraction is not None:
            rows.append(("Amount", capsule_amount(entry.fraction)))
        if entry.mg:
            rows.append(("Milligrams", f"{entry.mg:g} mg"))
        if entry.with_food is not None:
            rows.append(("Food", food_words(entry.with_food)))
        if entry.zone:
            rows.append(("Zone", entry.zone.label))
    elif isinstance(entry, Reaction):
        rows.append(("Reaction", reaction_words(entry)))
        if entry.relief:
            rows.append(("Relief", relief_words(entry.relief)))
    elif isinstance(entry, Product):
        rows.append(("Product", describe(entry)))
    elif isinstance(entry, Note):
        if entry.relief:
            rows.append(("Relief", relief_words(entry.relief)))
        rows.append(("Important", "yes, in the summary" if entry.important else "no"))
    if entry.note:
        rows.append(("Note", entry.note))
    if entry.replaces:
        rows.append(("Corrected", "yes; the first version is kept in the full history"))
    return rows


class EntryScreen(StepScreen):
    TITLE = "Entry"
    question = ""

    def __init__(self, entry: Content, journal: JournalScreen) -> None:
        self.entry = entry
        self.journal = journal
        super().__init__()

    def options(self) -> list[Choice]:
        choices = [
            Choice("c", "Correct it", "change what it says", CORRECT),
            Choice("d", "Delete it", "u on the journal undoes it", DELETE),
        ]
        if isinstance(self.entry, Note):
            mark = "Not important" if self.entry.important else "Mark important"
            choices.append(
                Choice("i", mark, "notes marked important are in the summary", IMPORTANT)
            )
        return choices

    def default_choice(self) -> int | None:
        return None

    def before(self) -> list[Widget]:
        now = self.shell.session.clock()
        rows = rows_of(self.entry, describe_when(self.entry.at, now))
        return [labelled(rows + self._answer_rows(now))]

    def _answer_rows(self, now: datetime) -> list[tuple[str, str]]:
        """A use's answers, or the use an answer follows, from the ledger of what is read."""
        ledger = self.shell.session.journaling.ledger_so_far()
        entry = self.entry
        if isinstance(entry, Reaction | Note):
            follows = ledger.use_of(entry)
            if follows is None:
                return []
            use = follows.use
            return [("After", f"{use_words(use)}, {describe_when(use.at, now)}")]
        if not isinstance(entry, TopicalSession | CapsuleDose):
            return []
        found = ledger.facts_of(entry.id)
        if found is None:
            return []
        rows = [("Answer", found.said.value)]
        for answer in found.answers:
            words = describe(answer)
            rows.append(("", f"{words}, {describe_when(answer.at, now)}"))
        return rows

    async def choose(self, value: str) -> None:
        if value == DELETE:
            self._delete()
        elif value == IMPORTANT:
            assert isinstance(self.entry, Note)
            words = "Marked important" if not self.entry.important else "Not important any more"
            self.correct(words, important=not self.entry.important)
        else:
            await self.app.push_screen(CorrectScreen(self))

    def _delete(self) -> None:
        deletion = self.shell.session.journaling.delete(self.entry)
        if isinstance(deletion, NotSaved):
            return  # the notice line says nothing was saved
        self.app.pop_screen()
        words = describe(self.entry)
        self.journal.changed(deletion.what, f"Deleted: {words}", None, undone=f"Put back: {words}.")

    def correct(self, words: str, **changes: object) -> None:
        """Save the correction and go back to the journal, its cursor on the new version."""
        from pydantic import ValidationError

        from magtui.domain.documents import describe_validation

        try:
            outcome = self.shell.session.journaling.correct(self.entry, **changes)
        except ValidationError as error:
            self.shell.confirm(f"Not saved: {describe_validation(error)}.")
            return
        if isinstance(outcome, NotSaved):
            return  # the notice line says nothing was saved
        corrected = outcome.what
        self.app.pop_screen()
        self.journal.changed(
            corrected,
            f"{words}: {describe(corrected)}",
            corrected,
            undone=f"Correction taken back: {describe(self.entry)}.",
        )


class CorrectScreen(StepScreen):
    """What to change; the choices fit the kind of entry."""

    TITLE = "Correct"
    question = "What needs correcting?"

    def __init__(self, opened: EntryScreen) -> None:
        self.opened = opened
        self.entry = opened.entry
        super().__init__()

    def options(self) -> list[Choice]:
        entry = self.entry
        choices = []
        if isinstance(entry, Reaction):
            choices.append(Choice("r", "The reaction", reaction_words(entry), "reaction"))
        if isinstance(entry, ZoneCheckIn | TopicalSession | CapsuleDose):
            zone = entry.zone.label if entry.zone else "not given"
            choices.append(Choice("z", "The zone", zone, "zone"))
        if isinstance(entry, TopicalSession):
            choices.append(Choice("p", "The product", entry.product or "unnamed", "product"))
            choices.append(Choice("a", "The area", entry.area or "not given", "area"))
            choices.append(Choice("m", "The amount", entry.amount or "not given", "amount"))
            choices.append(Choice("d", "The dilution", entry.dilution or "not given", "dilution"))
            length = duration(entry.duration_seconds) if entry.duration_seconds else None
            length = length or (f"{entry.duration_minutes} min" if entry.duration_minutes else None)
            choices.append(Choice("l", "How long", length or "not given", "length"))
        if isinstance(entry, CapsuleDose):
            amount = capsule_amount(entry.fraction) if entry.fraction else "not given"
            choices.append(Choice("m", "The amount", amount, "fraction"))
            choices.append(
                Choice("g", "The milligrams", f"{entry.mg:g} mg" if entry.mg else "not given", "mg")
            )
        now = self.shell.session.clock()
        choices.append(Choice("t", "When it happened", describe_when(entry.at, now), "at"))
        choices.append(Choice("w", "The note", entry.note or "empty", "note"))
        return choices

    async def choose(self, value: str) -> None:
        if value == "note":
            ask = AskScreen(
                "Correct", "The note:", self._note, value=self.entry.note, max_length=2000
            )
            await self.app.push_screen(ask)
        elif value in TYPED_FIELDS:
            current = getattr(self.entry, value)
            prompt = TYPED_FIELDS[value]

            async def typed(words: str) -> None:
                self._save(f"Corrected the {value}", **{value: words})

            await self.app.push_screen(AskScreen("Correct", prompt, typed, value=current))
        elif value in CHECKED_FIELDS:
            await self.app.push_screen(self._checked(value))
        elif value == "fraction":
            from magtui.session.dosing import AMOUNTS

            shares = [
                Choice(str(n), capsule_amount(share), "", str(share))
                for n, share in enumerate(AMOUNTS, 1)
            ]
            await self.app.push_screen(
                PickScreen(
                    "Correct", "How much of a capsule?", shares, self._fraction, default=None
                )
            )
        elif value == "zone":
            zones = [Choice(z.value[0], z.label, "", z.value) for z in Zone]
            await self.app.push_screen(PickScreen("Correct", "Which zone?", zones, self._zone))
        else:
            from magtui.ui.screens.guided.reaction import ReactionKindScreen

            await self.app.push_screen(ReactionKindScreen(self._reaction))

    def _save(self, words: str, **changes: object) -> None:
        self.app.pop_screen()  # this one; the entry screen is closed by `correct`
        self.opened.correct(words, **changes)

    def _checked(self, field: str) -> AskScreen:
        """A typed time, length or milligrams: checked before the question closes."""
        now = self.shell.session.clock()
        prompt, read, current = CHECKED_FIELDS[field]
        changes: dict[str, object] = {}

        def check(words: str) -> str | None:
            try:
                changes.update(read(words, now))
            except ValueError as problem:
                return str(problem)
            return None

        async def typed(_: str) -> None:
            self._save(f"Corrected {CHECKED_WORDS[field]}", **changes)

        return AskScreen("Correct", prompt, typed, value=current(self.entry), check=check)

    async def _fraction(self, value: str) -> None:
        assert isinstance(self.entry, CapsuleDose)
        self._save("Corrected the amount", fraction=float(value))

    async def _note(self, words: str) -> None:
        self._save("Corrected the note", note=words)

    async def _zone(self, value: str) -> None:
        self._save("Corrected the zone", zone=Zone(value))

    async def _reaction(self, kind: ReactionKind, severity: int) -> None:
        self.app.pop_screen()
        self.app.pop_screen()
        self._save("Corrected the reaction", reaction=kind, severity=severity)


TYPED_FIELDS = {
    "product": "The product:",
    "area": "Where on the body?",
    "amount": "How much:",
    "dilution": "The dilution:",
}
"""Fields a correction takes as typed, in the person's own words."""


def _when(words: str, now: datetime) -> dict[str, object]:
    from magtui.domain.when import parse_when

    return {"at": parse_when(words, now)}


def _length(words: str, now: datetime) -> dict[str, object]:
    cleaned = words.removesuffix("min").strip()
    if not cleaned.isdigit() or not 1 <= int(cleaned) <= 240:
        raise ValueError("Type the minutes in digits, from 1 to 240.")
    return {"duration_minutes": int(cleaned), "duration_seconds": None}


def _mg(words: str, now: datetime) -> dict[str, object]:
    from magtui.domain.capsules import parse_mg

    return {"mg": parse_mg(words)}


def _current_minutes(entry: Content) -> str:
    if isinstance(entry, TopicalSession):
        if entry.duration_seconds:
            return str(max(1, round(entry.duration_seconds / 60)))
        if entry.duration_minutes:
            return str(entry.duration_minutes)
    return ""


def _current_at(entry: Content) -> str:
    return f"{entry.at:%Y-%m-%dT%H:%M}"


def _current_mg(entry: Content) -> str:
    return f"{entry.mg:g}" if isinstance(entry, CapsuleDose) and entry.mg else ""


Read = Callable[[str, datetime], dict[str, object]]
CHECKED_FIELDS: dict[str, tuple[str, Read, Callable[[Content], str]]] = {
    "at": ("When did it happen? now, 2h ago, or a time like 2026-11-22T14:30:", _when, _current_at),
    "length": ("How many minutes?", _length, _current_minutes),
    "mg": ("Milligrams of magnesium:", _mg, _current_mg),
}
"""Fields typed and checked: the question, how the words are read, and the value shown first."""
CHECKED_WORDS = {"at": "when it happened", "length": "how long", "mg": "the milligrams"}
