"""The optional last step: where it helped (the ALPIMS domains) and a note, or just Enter."""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.vocabulary import AlpimsDomain
from magtui.session.outcome import Saved
from magtui.ui.features.guided.note import NoteScreen
from magtui.ui.keys import choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import labelled, paragraph
from magtui.ui.widgets.choice import Choice

DONE = "done"
WRITE = "write"


class AfterScreen(StepScreen):
    """1–6 mark a domain (again to unmark), `w` writes a note, Enter saves and goes home.

    After a reaction it does not ask where it helped (the answer leaves no room for it): only
    whether to add a note."""

    QUICK_LOG = False

    TITLE = "Saved"
    question = "Where did it help? This is optional."
    DIGITS_LABEL = "Mark"

    def __init__(
        self,
        entry_id: str,
        relief: tuple[AlpimsDomain, ...] = (),
        note: str = "",
        *,
        asks_relief: bool = True,
    ) -> None:
        self.entry_id = entry_id
        self.relief = relief
        self.note = note
        self.asks_relief = asks_relief
        if not asks_relief:
            self.question = "Anything to add? This is optional."
        super().__init__()

    def options(self) -> list[Choice]:
        marked = [
            Choice(str(n), d.value.capitalize(), "marked" if d in self.relief else "", d.value)
            for n, d in enumerate(AlpimsDomain, 1)
            if self.asks_relief
        ]
        return [
            *marked,
            choice("write-note", "in your own words", WRITE),
            choice("end-now", "saved, then back to the zone home", DONE),
        ]

    def default_choice(self) -> int | None:
        """End now: Enter saves what is there and goes home."""
        return len(self.choices()) - 1

    def before(self) -> list[Widget]:
        return [paragraph("Your answer is in the journal.")]

    def extra(self) -> list[Widget]:
        return [labelled([("Note", self.note)])] if self.note else []

    def can_go_back(self) -> bool:
        return False

    async def choose(self, value: str) -> None:
        if value == DONE:
            noted = self.shell.session.guiding.add_note(self.entry_id, self.relief, self.note)
            if isinstance(noted, Saved):  # else the notice line says nothing was saved
                self.shell.home_then()
        elif value == WRITE:
            await self.app.push_screen(NoteScreen(self.note), self.noted)
        else:
            domain = AlpimsDomain(value)
            toggled = tuple(d for d in AlpimsDomain if (d in self.relief) != (d is domain))
            self.app.switch_screen(AfterScreen(self.entry_id, toggled, self.note))

    def noted(self, note: str | None) -> None:
        if note is not None:
            again = AfterScreen(self.entry_id, self.relief, note, asks_relief=self.asks_relief)
            self.app.switch_screen(again)
