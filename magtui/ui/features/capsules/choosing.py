"""Choosing a capsule for a dose: one of the person's own, or only the form from the guide."""

from __future__ import annotations

from magtui.domain.ledger_facts import Standing
from magtui.domain.standing_words import standing_words
from magtui.domain.vocabulary import CapsuleForm
from magtui.session.dosing import DoseAsked, Dosing
from magtui.ui.keys import choice
from magtui.ui.kit.pick import PickScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

ONLY_FORM = "\x00form"
LISTED = 9


def form_choices(dosing: Dosing) -> list[Choice]:
    """The guide's forms in its order, each with its "Best for" and "Notes" as the guide gives
    them (citrate's "May trigger gut symptoms" is part of what it is for), what the journal
    says of each, and 'another form'."""
    known = dosing.forms()
    forms = dosing.session.guidance.capsules.forms
    choices = [
        Choice(
            str(n),
            form.name,
            f"{form.best_for} · {form.notes} · {_journal_says(known.get(CapsuleForm(form.id)))}",
            form.id,
        )
        for n, form in enumerate(forms, 1)
    ]
    other = known.get(CapsuleForm.OTHER)
    choices.append(choice("another-form", _journal_says(other), CapsuleForm.OTHER.value))
    return choices


def _journal_says(standing: Standing | None) -> str:
    return standing_words(standing) if standing is not None else "no doses yet"


def form_picker(dosing: Dosing) -> PickScreen:
    """Answers with the chosen form's value (a `CapsuleForm`'s)."""
    return PickScreen("Form", "Which form?", form_choices(dosing), default=None)


class CapsulePickScreen(StepScreen[DoseAsked]):
    """The person's capsules first, then 'only the form'; with none yet, the forms straight
    away. Answers with the dose changed to the chosen capsule or form; Escape from the forms
    comes back to the capsules."""

    QUICK_LOG = False

    def __init__(self, dosing: Dosing, asked: DoseAsked) -> None:
        self.dosing = dosing
        self.asked = asked
        self.only_forms = not dosing.capsules()
        super().__init__()
        self.title = "Form" if self.only_forms else "Capsule"
        self.question = "Which form?" if self.only_forms else "Which capsule?"

    def options(self) -> list[Choice]:
        if self.only_forms:
            return form_choices(self.dosing)
        choices = [
            Choice(str(n), c.name, c.form.value if c.form else "form not given", c.name)
            for n, c in enumerate(self.dosing.capsules()[:LISTED], 1)
        ]
        choices.append(choice("only-form", "no capsule named", ONLY_FORM))
        return choices

    def default_choice(self) -> int | None:
        return None

    async def choose(self, value: str) -> None:
        if self.only_forms:
            self._formed(value)
        elif value == ONLY_FORM:
            await self.app.push_screen(form_picker(self.dosing), self._formed)
        elif (capsule := self.dosing.capsule(value)) is not None:
            form = capsule.form or CapsuleForm.OTHER
            self.dismiss(self.asked.change(form=form, product=capsule.name))

    def _formed(self, form: str | None) -> None:
        if form is not None:
            self.dismiss(self.asked.change(form=CapsuleForm(form), product=""))
