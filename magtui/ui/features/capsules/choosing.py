"""Choosing a capsule for a dose: one of the person's own, or only the form from the guide."""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.ledger_facts import Standing
from magtui.domain.standing_words import standing_words
from magtui.domain.vocabulary import CapsuleForm
from magtui.session.dosing import DoseAsked, Dosing
from magtui.ui.kit.pick import PickScreen
from magtui.ui.widgets.choice import Choice

ONLY_FORM = "\x00form"
LISTED = 9


def form_choices(dosing: Dosing) -> list[Choice]:
    """The guide's forms in its order with what the journal says of each, and 'another form'."""
    known = dosing.forms()
    forms = dosing.session.guidance.capsules.forms
    choices = [
        Choice(
            str(n),
            form.name,
            f"{form.best_for} · {_journal_says(known.get(CapsuleForm(form.id)))}",
            form.id,
        )
        for n, form in enumerate(forms, 1)
    ]
    other = known.get(CapsuleForm.OTHER)
    choices.append(Choice("o", "Another form", _journal_says(other), CapsuleForm.OTHER.value))
    return choices


def _journal_says(standing: Standing | None) -> str:
    return standing_words(standing) if standing is not None else "no doses yet"


def form_picker(dosing: Dosing, picked: Callable[[CapsuleForm], None]) -> PickScreen:
    return PickScreen(
        "Form",
        "Which form?",
        form_choices(dosing),
        None,
        default=None,
        changes=lambda value: picked(CapsuleForm(value)),
    )


def capsule_picker(
    dosing: Dosing, asked: DoseAsked, chosen: Callable[[DoseAsked], None]
) -> PickScreen:
    """The person's capsules first; with none, the forms straight away."""
    capsules = dosing.capsules()[:LISTED]

    def by_form(form: CapsuleForm) -> None:
        chosen(asked.change(form=form, product=""))

    if not capsules:
        return form_picker(dosing, by_form)
    choices = [
        Choice(str(n), c.name, c.form.value if c.form else "form not given", c.name)
        for n, c in enumerate(capsules, 1)
    ]
    choices.append(Choice("f", "Only the form", "no capsule named", ONLY_FORM))

    def changes(name: str) -> None:
        capsule = dosing.capsule(name) if name != ONLY_FORM else None
        if capsule is not None:
            chosen(asked.change(form=capsule.form or CapsuleForm.OTHER, product=capsule.name))

    async def picked(name: str) -> None:
        if name == ONLY_FORM:
            await screen.app.push_screen(form_picker(dosing, by_form))

    screen = PickScreen("Capsule", "Which capsule?", choices, picked, default=None, changes=changes)
    return screen
