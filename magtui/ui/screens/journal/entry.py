"""One entry, read whole; corrected or deleted from here, each undone from the journal with `u`.

A correction asks one thing at a time (what to change, then its new value) and is saved at
once as a new entry that stands in for this one.
"""

from __future__ import annotations

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
)
from magtui.domain.vocabulary import ReactionKind
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
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
        return [labelled(rows_of(self.entry, describe_when(self.entry.at, now)))]

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
        from magtui.storage.files import StorageError

        try:
            deletion = self.shell.session.journaling.delete(self.entry)
        except StorageError as error:
            self.shell.session.tell(str(error))
            return
        self.app.pop_screen()
        words = describe(self.entry)
        self.journal.changed(deletion, f"Deleted: {words}", None, undone=f"Put back: {words}.")

    def correct(self, words: str, **changes: object) -> None:
        """Save the correction and go back to the journal, its cursor on the new version."""
        from pydantic import ValidationError

        from magtui.domain.documents import describe_validation
        from magtui.storage.files import StorageError

        try:
            corrected = self.shell.session.journaling.correct(self.entry, **changes)
        except StorageError as error:
            self.shell.session.tell(str(error))
            return
        except ValidationError as error:
            self.shell.confirm(f"Not saved: {describe_validation(error)}.")
            return
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
        choices.append(Choice("w", "The note", entry.note or "empty", "note"))
        return choices

    async def choose(self, value: str) -> None:
        if value == "note":
            ask = AskScreen(
                "Correct", "The note:", self._note, value=self.entry.note, max_length=2000
            )
            await self.app.push_screen(ask)
        elif value in ("product", "area"):
            current = getattr(self.entry, value)
            prompt = "The product:" if value == "product" else "Where on the body?"

            async def typed(words: str) -> None:
                self._save(f"Corrected the {value}", **{value: words})

            await self.app.push_screen(AskScreen("Correct", prompt, typed, value=current))
        elif value == "zone":
            zones = [Choice(z.value[0], z.label, "", z.value) for z in Zone]
            await self.app.push_screen(PickScreen("Correct", "Which zone?", zones, self._zone))
        else:
            from magtui.ui.screens.guided.reaction import ReactionKindScreen

            await self.app.push_screen(ReactionKindScreen(self._reaction))

    def _save(self, words: str, **changes: object) -> None:
        self.app.pop_screen()  # this one; the entry screen is closed by `correct`
        self.opened.correct(words, **changes)

    async def _note(self, words: str) -> None:
        self._save("Corrected the note", note=words)

    async def _zone(self, value: str) -> None:
        self._save("Corrected the zone", zone=Zone(value))

    async def _reaction(self, kind: ReactionKind, severity: int) -> None:
        self.app.pop_screen()
        self.app.pop_screen()
        self._save("Corrected the reaction", reaction=kind, severity=severity)
