"""The capsule screen's three errands: log a dose, add a capsule, a reaction to the last dose."""

from __future__ import annotations

from typing import Any

from textual.screen import Screen

from magtui.domain.entry_words import describe
from magtui.domain.vocabulary import CapsuleForm, ReactionKind
from magtui.session.dosing import Dosing
from magtui.session.outcome import NotSaved, Saved
from magtui.ui.features.capsules.choosing import capsule_picker, form_picker
from magtui.ui.features.capsules.dose import DoseScreen
from magtui.ui.features.capsules.typing import MgScreen
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.reaction import ReactionKindScreen
from magtui.ui.shell import Shell
from magtui.ui.widgets.choice import Choice


async def log_a_dose(screen: Screen[Any], dosing: Dosing) -> None:
    """The same as last time, ready to save; with no dose yet, which capsule first."""
    asked = dosing.prefilled()
    if asked.form is not None:
        await screen.app.push_screen(DoseScreen(dosing, asked))
        return

    def chosen(picked: Any) -> None:
        screen.app.call_later(screen.app.push_screen, DoseScreen(dosing, picked))

    await screen.app.push_screen(capsule_picker(dosing, asked, chosen))


async def add_a_capsule(screen: Screen[Any], dosing: Dosing) -> None:
    """Its name, its form, then the mg of one capsule from the label (or none)."""
    app = screen.app
    fields: dict[str, Any] = {}

    async def named(name: str) -> None:
        fields["name"] = name
        await app.push_screen(form_picker(dosing, formed))

    def formed(form: CapsuleForm) -> None:
        fields["form"] = form
        app.call_later(
            app.push_screen,
            MgScreen(
                "How many mg of elemental magnesium in one capsule? (Leave it empty if the "
                "label does not say.)",
                labelled,
                may_be_empty=True,
            ),
        )

    def labelled(mg: float | None) -> None:
        assert isinstance(app, Shell)
        capsule = dosing.add_capsule(fields["name"], fields["form"], mg)
        if isinstance(capsule, Saved):  # else the notice line says nothing was saved
            app.confirm(f"Saved: {describe(capsule.what)}.")

    await app.push_screen(
        AskScreen("Add a capsule", "What is it called?", named, may_be_empty=False)
    )


async def answer_last_dose(screen: Screen[Any], dosing: Dosing) -> None:
    """One key: no reaction, a reaction (then which), or don't know. No waiting time is
    suggested: the guide gives none for capsules."""
    app = screen.app
    last = dosing.last_dose()
    assert last is not None
    choices = [
        Choice("n", "No reaction", "", "none"),
        Choice("r", "A reaction", "then which one and how strong", "reaction"),
        Choice("d", "Don't know", "neither yes nor no; asked again here", "dont-know"),
    ]

    def answered_now(value: str) -> None:
        """No reaction or don't know: saved before the question closes, so the capsules screen
        below is drawn again with it."""
        if value == "reaction":
            return
        assert isinstance(app, Shell)
        kind = ReactionKind(value)
        reaction = dosing.react(last, kind, 0 if kind is ReactionKind.NONE else None)
        if isinstance(reaction, Saved):  # else the notice line says nothing was saved
            app.confirm(f"Saved: {describe(reaction.what)} — after {describe(last)}.")

    async def picked(value: str) -> None:
        if value == "reaction":
            await react_to_last_dose(screen, dosing)

    question = f"How did the dose of {last.form.value} go?"
    await app.push_screen(
        PickScreen("Last dose", question, choices, picked, default=None, changes=answered_now)
    )


async def react_to_last_dose(screen: Screen[Any], dosing: Dosing) -> None:
    """Which reaction and how strong: it counts against the last dose's form."""
    app = screen.app
    last = dosing.last_dose()
    assert last is not None

    async def answered(kind: ReactionKind, severity: int) -> None:
        assert isinstance(app, Shell)
        reaction = dosing.react(last, kind, severity)
        if isinstance(reaction, NotSaved):
            return  # the notice line says nothing was saved
        app.pop_screen()  # how strong
        app.pop_screen()  # which reaction
        app.confirm(f"Saved: {describe(reaction.what)} — after {describe(last)}.")

    await app.push_screen(ReactionKindScreen(answered))
