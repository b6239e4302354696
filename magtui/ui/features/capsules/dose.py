"""Log a dose: the amount is the one decision; everything else is pre-filled and shown in words.

From the zone home, `c` `d` Enter logs the same as last time, now. A number key marks an
amount and Enter saves it, as in the quick log; with no dose yet nothing is highlighted, so Enter
alone never claims an amount.
"""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.capsules import STARTING_DOSE
from magtui.domain.entry_words import capsule_amount, describe, food_words
from magtui.domain.when import describe_when
from magtui.session.dosing import AMOUNTS, DoseAsked, Dosing
from magtui.session.outcome import NotSaved
from magtui.ui.features.capsules.choosing import CapsulePickScreen
from magtui.ui.features.capsules.gate import GateScreen
from magtui.ui.features.capsules.typing import Mg, MgScreen
from magtui.ui.keys import binding, choice
from magtui.ui.kit.askers import minutes_words, note_asker, time_picker
from magtui.ui.kit.pick import PickScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import heading, labelled, labelled_dose
from magtui.ui.widgets.choice import Choice, ChoiceRow

TYPED = "mg"


class DoseScreen(StepScreen):
    TITLE = "Log a dose"
    QUICK_LOG = False
    question = "How much?"
    BINDINGS = [binding("pick-save", "pick")]
    CHANGES = (
        ("change-capsule", "capsule"),
        ("change-food", "food"),
        ("change-time", "time"),
        ("change-note", "note"),
    )

    def __init__(self, dosing: Dosing, asked: DoseAsked) -> None:
        self.dosing = dosing
        self.asked = asked
        super().__init__()
        for name, action in self.CHANGES:
            change = binding(name, action)
            self._bindings.key_to_bindings.setdefault(change.key, []).append(change)

    def options(self) -> list[Choice]:
        choices = []
        for number, fraction in enumerate(AMOUNTS, 1):
            mg = self.dosing.mg_of(self.asked.change(fraction=fraction, mg=None))
            detail = f"{mg:g} mg" if mg is not None else ""
            choices.append(Choice(str(number), capsule_amount(fraction), detail, str(fraction)))
        if self.asked.fraction is not None and self.asked.fraction not in AMOUNTS:
            fraction = self.asked.fraction
            choices.append(Choice("4", capsule_amount(fraction), "as last time", str(fraction)))
        typed = f"{self.asked.mg:g} mg" if self.asked.mg is not None else "type them"
        choices.append(choice("milligrams", typed, TYPED))
        return choices

    def default_choice(self) -> int | None:
        if self.asked.mg is not None:
            return len(self._options) - 1 if self._options else None
        values = [choice.value for choice in self.options()]
        fraction = self.asked.fraction
        return values.index(str(fraction)) if fraction is not None else None

    def extra(self) -> list[Widget]:
        asked, guidance = self.asked, self.shell.session.guidance
        capsule = asked.product or "no capsule named"
        form = asked.form.value.capitalize() if asked.form else "not chosen"
        rows = [
            ("Form", form),
            ("Capsule", capsule),
            ("Food", food_words(asked.with_food).replace("food not said", "not said")),
            ("When", minutes_words(asked.minutes_ago)),
        ]
        if asked.note:
            rows.append(("Note", asked.note))
        return [
            heading("Goes with it"),
            labelled(rows),
            labelled_dose(
                [(STARTING_DOSE, guidance.capsules.food_line)],
                consult_line=guidance.disclaimer.consult_for(self.dosing.zone),
            ),
        ]

    def redraw(self, asked: DoseAsked) -> None:
        self.asked = asked
        self.refresh_options()
        self.call_later(self._recompose_with_the_mark_in_view)

    async def _recompose_with_the_mark_in_view(self) -> None:
        """The amount just marked stays in view, though at 40x12 it is below the first rows:
        a key that changed nothing visible would leave a person wondering."""
        await self.recompose()
        listed = self.choice_list
        if listed is not None and listed.highlighted is not None:
            row = list(listed.query(ChoiceRow))[listed.highlighted]
            # After the key line has taken its new keys (Enter Save), which can take a row.
            self.call_after_refresh(self.call_after_refresh, row.scroll_visible, animate=False)

    async def choose(self, value: str) -> None:
        """A key of its own marks the amount; Enter saves the highlighted one."""
        if value == TYPED:
            await self.app.push_screen(
                MgScreen("How many mg of elemental magnesium?"), self._typed_mg
            )
            return
        self.redraw(self.asked.change(fraction=float(value), mg=None))

    def _typed_mg(self, typed: Mg | None) -> None:
        if typed is not None:
            self.redraw(self.asked.change(mg=typed.mg, fraction=None))

    async def action_pick(self) -> None:
        """Enter: an amount not yet marked is marked first (typed milligrams are asked for); one
        already marked is saved."""
        choice = self._highlighted()
        if choice is None:
            return
        chosen = (
            self.asked.mg is not None
            if choice.value == TYPED
            else (self.asked.fraction == float(choice.value) and self.asked.mg is None)
        )
        if not chosen:
            await self.choose(choice.value)
            if choice.value == TYPED:
                return
        await self.save()

    async def save(self) -> None:
        """Saved at once, unless the form is not tolerated outside Green: then only after the
        gate's second key. Whether it is rests on the whole journal, read in a thread first."""
        if self.asked.form is None:
            self.action_capsule()
            return
        await self.shell.whole_ledger()
        if self.dosing.needs_gate(self.asked.form):
            await self.app.push_screen(GateScreen(self.dosing, self.asked.form), self._gated)
            return
        self._save_now()

    def _gated(self, go_on: bool | None) -> None:
        if go_on:
            self._save_now()

    def _save_now(self) -> None:
        """Saved, then back to the capsules screen saying what was saved; if the write failed, the
        notice line says so and the dose stays here to try again."""
        session = self.shell.session
        saved = self.dosing.log(self.asked)
        if isinstance(saved, NotSaved):
            return  # the notice line says nothing was saved
        dose = saved.what
        self.dismiss()
        self.shell.confirm(f"Saved: {describe(dose)} — {describe_when(dose.at, session.clock())}.")

    # Changing what is pre-filled

    def action_capsule(self) -> None:
        self.app.push_screen(CapsulePickScreen(self.dosing, self.asked), self._chosen)

    def _chosen(self, asked: DoseAsked | None) -> None:
        if asked is not None:
            self.redraw(asked)

    def action_food(self) -> None:
        """With food, without, or not said; the dose below changes before this question closes."""
        answers = [("y", True), ("n", False), ("d", None)]
        choices = [Choice(key, food_words(value).capitalize(), "", key) for key, value in answers]
        current = [value for _, value in answers].index(self.asked.with_food)
        food = dict(answers)
        self.app.push_screen(
            PickScreen(
                "Food",
                "With food?",
                choices,
                default=current,
                changes=lambda key: self.redraw(self.asked.change(with_food=food[key])),
            )
        )

    def action_time(self) -> None:
        self.app.push_screen(time_picker(self.asked.minutes_ago, self._changed_time))

    def _changed_time(self, minutes_ago: int) -> None:
        self.redraw(self.asked.change(minutes_ago=minutes_ago))

    def action_note(self) -> None:
        self.app.push_screen(note_asker(self.asked.note, self._changed_note))

    def _changed_note(self, note: str) -> None:
        self.redraw(self.asked.change(note=note))
