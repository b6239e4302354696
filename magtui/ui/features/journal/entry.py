"""One entry, read whole; corrected or deleted from here, each undone from the journal with `u`.

A use is shown with its answers (the reactions and notes that name it), an answer with the use
it follows. A correction asks one thing at a time (what to change, then its new value) and is
saved at once as a new entry that stands in for this one; a use's answers stay with it.
"""

from __future__ import annotations

from datetime import datetime

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
from magtui.domain.when import describe_when
from magtui.session.outcome import NotSaved
from magtui.ui.features.journal.changes import Changed, Correction
from magtui.ui.features.journal.correct import CorrectScreen
from magtui.ui.keys import choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import labelled
from magtui.ui.widgets.choice import Choice

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


class EntryScreen(StepScreen[Changed]):
    """Answers the journal with the correction or deletion it wrote; nothing when it wrote none."""

    TITLE = "Entry"
    question = ""

    def __init__(self, entry: Content) -> None:
        self.entry = entry
        super().__init__()

    def options(self) -> list[Choice]:
        choices = [
            choice("correct", "change what it says", CORRECT),
            choice("delete", "u on the journal undoes it", DELETE),
        ]
        if isinstance(self.entry, Note):
            mark = "not-important" if self.entry.important else "important"
            choices.append(choice(mark, "notes marked important are in the summary", IMPORTANT))
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
            self.correct(Correction(words, {"important": not self.entry.important}))
        else:
            await self.app.push_screen(CorrectScreen(self.entry), self.correct)

    def _delete(self) -> None:
        deletion = self.shell.session.journaling.delete(self.entry)
        if isinstance(deletion, NotSaved):
            return  # the notice line says nothing was saved
        words = describe(self.entry)
        self.dismiss(Changed(deletion.what, f"Deleted: {words}", None, f"Put back: {words}."))

    def correct(self, correction: Correction | None) -> None:
        """Save the correction and go back to the journal, its cursor on the new version."""
        from pydantic import ValidationError

        from magtui.domain.documents import describe_validation

        if correction is None:
            return  # back from the correction, nothing chosen
        try:
            outcome = self.shell.session.journaling.correct(self.entry, **correction.changes)
        except ValidationError as error:
            self.shell.confirm(f"Not saved: {describe_validation(error)}.")
            return
        if isinstance(outcome, NotSaved):
            return  # the notice line says nothing was saved
        corrected = outcome.what
        self.dismiss(
            Changed(
                corrected,
                f"{correction.words}: {describe(corrected)}",
                corrected,
                f"Correction taken back: {describe(self.entry)}.",
            )
        )
