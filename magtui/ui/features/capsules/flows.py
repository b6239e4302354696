"""The capsule screen's errands, each as its questions in order: log a dose, add a capsule,
answer the last dose, a reaction to it.

Each runs in a worker of the capsules screen and waits for one answer at a time
(`push_screen_wait`); going back from any question (None) ends the errand, saving nothing.
"""

from __future__ import annotations

from typing import Protocol

from magtui.domain.entry_words import describe
from magtui.domain.vocabulary import CapsuleForm, ReactionKind
from magtui.session.dosing import Dosing
from magtui.session.outcome import Saved
from magtui.ui.features.capsules.choosing import CapsulePickScreen, form_picker
from magtui.ui.features.capsules.dose import DoseScreen
from magtui.ui.features.capsules.typing import MgScreen
from magtui.ui.keys import choice
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.reaction import ReactionKindScreen
from magtui.ui.shell import Shell

ANSWERS = [
    choice("no-reaction", "", ReactionKind.NONE.value),
    choice("a-reaction", "then which one and how strong", "reaction"),
    choice("dont-know", "neither yes nor no; asked again here", ReactionKind.DONT_KNOW.value),
]
"""How the last dose went: one key each. No waiting time is suggested: the guide gives none for
capsules."""


class Errands(Protocol):
    """The capsules screen, as its errands see it."""

    @property
    def shell(self) -> Shell: ...

    def show_saved(self) -> None:
        """Draw again with what was just saved (it is saved once its questions have closed)."""


async def log_a_dose(screen: Errands, dosing: Dosing) -> None:
    """The same as last time, ready to save; with no dose yet, which capsule first."""
    app = screen.shell
    asked = dosing.prefilled()
    if asked.form is None:
        chosen = await app.push_screen_wait(CapsulePickScreen(dosing, asked))
        if chosen is None:
            return
        asked = chosen
    await app.push_screen(DoseScreen(dosing, asked))


async def add_a_capsule(screen: Errands, dosing: Dosing) -> None:
    """Its name, its form, then the mg of one capsule from the label (or none)."""
    app = screen.shell
    name = await app.push_screen_wait(
        AskScreen("Add a capsule", "What is it called?", may_be_empty=False)
    )
    if name is None:
        return
    form = await app.push_screen_wait(form_picker(dosing))
    if form is None:
        return
    labelled = await app.push_screen_wait(
        MgScreen(
            "How many mg of elemental magnesium in one capsule? (Leave it empty if the "
            "label does not say.)",
            may_be_empty=True,
        )
    )
    if labelled is None:
        return
    capsule = dosing.add_capsule(name, CapsuleForm(form), labelled.mg)
    if isinstance(capsule, Saved):  # else the notice line says nothing was saved
        app.confirm(f"Saved: {describe(capsule.what)}.")
        screen.show_saved()


async def answer_last_dose(screen: Errands, dosing: Dosing) -> None:
    """One key: no reaction, a reaction (then which and how strong), or don't know."""
    app = screen.shell
    last = dosing.last_dose()
    assert last is not None

    def answered_now(value: str) -> None:
        """No reaction or don't know: saved before the question closes, so the capsules screen
        below is drawn again with it."""
        if value == "reaction":
            return
        kind = ReactionKind(value)
        reaction = dosing.react(last, kind, 0 if kind is ReactionKind.NONE else None)
        if isinstance(reaction, Saved):  # else the notice line says nothing was saved
            app.confirm(f"Saved: {describe(reaction.what)} — after {describe(last)}.")

    question = f"How did the dose of {last.form.value} go?"
    answer = await app.push_screen_wait(
        PickScreen("Last dose", question, ANSWERS, default=None, changes=answered_now)
    )
    if answer == "reaction":
        await react_to_last_dose(screen, dosing)


async def react_to_last_dose(screen: Errands, dosing: Dosing) -> None:
    """Which reaction and how strong: it counts against the last dose's form."""
    app = screen.shell
    last = dosing.last_dose()
    assert last is not None
    reacted = await app.push_screen_wait(ReactionKindScreen())
    if reacted is None:
        return
    reaction = dosing.react(last, reacted.kind, reacted.severity)
    if isinstance(reaction, Saved):  # else the notice line says nothing was saved
        app.confirm(f"Saved: {describe(reaction.what)} — after {describe(last)}.")
        screen.show_saved()
