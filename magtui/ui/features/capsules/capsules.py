"""Capsules, `c` from the zone home: the seed's words for this zone, today at a glance, a dose.

What the seed says for the zone comes first, then what the journal holds for today and the week
beside the guide's ranges, then the one thing to do; the guide's capsule pages follow below.
"""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.entries import Product
from magtui.domain.entry_words import describe
from magtui.domain.ledger_facts import Said
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone
from magtui.session.dosing import Dosing
from magtui.ui.features.capsules import flows
from magtui.ui.features.capsules.words import glance_block, guide_blocks, zone_block
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import heading, labelled
from magtui.ui.widgets.choice import Choice

DOSE, ADD, REACTION, ANSWER = "dose", "add", "reaction", "answer"


class CapsulesScreen(StepScreen):
    TITLE = "Capsules"
    question = "What would you like to do?"

    def __init__(self) -> None:
        self.dosing = Dosing(self.shell.session)
        self._drawn_version = self.shell.session.journaling.version
        super().__init__()

    @property
    def zone(self) -> Zone:
        return self.dosing.zone or Zone.RED

    def options(self) -> list[Choice]:
        last = self.dosing.last_dose()
        choices = [
            Choice("1", "Log a dose", "the same as last time, or change it", DOSE),
            Choice("2", "Add a capsule", "its name, form and mg from the label", ADD),
        ]
        if last is None:
            choices[0] = Choice("1", "Log a dose", "choose the capsule first", DOSE)
        elif self.dosing.answer_of(last) in (Said.NO_REACTION, Said.REACTION):
            choices.append(Choice("3", "A reaction", "to the last dose", REACTION))
        else:
            choices.append(Choice("3", "How did the last dose go?", "not answered yet", ANSWER))
        return choices

    def before(self) -> list[Widget]:
        guidance = self.shell.session.guidance
        return [
            zone_block(guidance, self.zone),
            heading("Your doses"),
            glance_block(guidance, self.dosing.glance()),
        ]

    def extra(self) -> list[Widget]:
        blocks: list[Widget] = []
        now = self.shell.session.clock()
        capsules = self.dosing.capsules()
        if capsules:
            blocks.append(heading("Your capsules"))
            blocks.append(labelled([(c.name, _capsule_words(c)) for c in capsules]))
        last = self.dosing.last_dose()
        if last is not None:
            said = self.dosing.answer_of(last).value
            blocks.append(
                labelled(
                    [("Last dose", f"{describe(last)} — {describe_when(last.at, now)} — {said}")]
                )
            )
        blocks += guide_blocks(self.shell.session.guidance, self.dosing.forms())
        return blocks

    async def on_screen_resume(self) -> None:
        """Back from logging or adding: drawn again with what was saved, if anything was, or
        with what another magtui wrote meanwhile (read in a thread)."""
        await self.shell.whole_ledger()
        self.show_saved()

    def show_saved(self) -> None:
        """Drawn again if the journal changed since it was drawn; else left as it is."""
        version = self.shell.session.journaling.version
        if version != self._drawn_version:
            self._drawn_version = version
            self.refresh_options()
            self.call_later(self.recompose)

    async def choose(self, value: str) -> None:
        """Each errand asks its questions in a worker, one answer at a time."""
        errand = {
            DOSE: flows.log_a_dose,
            ADD: flows.add_a_capsule,
            ANSWER: flows.answer_last_dose,
            REACTION: flows.react_to_last_dose,
        }[value]
        self.run_worker(errand(self, self.dosing), group="errand", exclusive=True)


def _capsule_words(capsule: Product) -> str:
    form = capsule.form.value if capsule.form else "form not given"
    mg = f"{capsule.mg_per_capsule:g} mg a capsule" if capsule.mg_per_capsule else "mg not given"
    return f"{form} · {mg}"
