"""A form the journal does not show as tolerated, outside Green: the seed's caution, a second key.

The journal records; it does not refuse. `y` logs what the person says they took; Enter, the
key a tired hand presses without reading, goes back instead.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from magtui.domain.vocabulary import CapsuleForm
from magtui.domain.zones import Zone
from magtui.session.dosing import Dosing
from magtui.ui.features.capsules.words import zone_words
from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.widgets.blocks import labelled_dose
from magtui.ui.widgets.text import assemble


class GateScreen(CalmScreen[bool]):
    """Only `y` goes on (answers True); Enter and Escape go back to the dose."""

    TITLE = "Not yet tolerated"
    SAFETY_QUESTION = True
    QUICK_LOG = False
    BINDINGS = [
        binding("log-anyway", "go_on"),
        binding("go-back", "back"),
    ]

    def __init__(self, dosing: Dosing, form: CapsuleForm) -> None:
        super().__init__()
        self.dosing = dosing
        self.form = form

    def compose_body(self) -> ComposeResult:
        standing = self.dosing.forms().get(self.form)
        yield Static(
            assemble("Your journal does not show ", (self.form.value, "bold"), " as tolerated."),
            classes="question",
        )
        guidance = self.shell.session.guidance
        zone = self.dosing.zone or Zone.RED
        said = standing.rests_on() if standing is not None else "no doses yet"
        rows = [("Your journal", said), zone_words(guidance, zone)]
        if zone is Zone.RED:
            rows.append(("Caution", f"{guidance.capsules.trial_caution}."))
        yield labelled_dose(rows, consult_line=guidance.disclaimer.consult_for(zone))

    def action_go_on(self) -> None:
        if self.read_to_the_end("y"):
            self.dismiss(True)
