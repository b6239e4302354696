"""Which reaction, then how strong: one key each, answered together as one `Reacted`."""

from __future__ import annotations

from typing import NamedTuple

from magtui.domain.vocabulary import ReactionKind
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

REACTION_NAMES = {
    ReactionKind.STING: "Sting",
    ReactionKind.ITCH: "Itch",
    ReactionKind.FLUSH: "Flush",
    ReactionKind.REDNESS: "Redness",
    ReactionKind.RASH: "Rash",
    ReactionKind.HIVES: "Hives",
    ReactionKind.NAUSEA: "Nausea",
    ReactionKind.DIZZINESS: "Dizziness",
    ReactionKind.OTHER: "Something else",
    ReactionKind.UNSURE: "Not sure what",
}
SEVERITIES = {1: "Mild", 2: "Moderate", 3: "Strong"}


class Reacted(NamedTuple):
    """The reaction and its strength, once both are chosen."""

    kind: ReactionKind
    severity: int


class ReactionKindScreen(StepScreen[Reacted]):
    """Ten kinds on the keys 1 to 9 and 0; nothing is highlighted, so Enter claims nothing.

    Answers once the strength is chosen too; Escape from the strength comes back here."""

    QUICK_LOG = False

    TITLE = "Which reaction?"
    question = "Which reaction?"

    def options(self) -> list[Choice]:
        keys = [*"123456789", "0"]
        return [
            Choice(key, name, "", kind.value)
            for key, (kind, name) in zip(keys, REACTION_NAMES.items(), strict=True)
        ]

    def default_choice(self) -> int | None:
        return None

    async def choose(self, value: str) -> None:
        kind = ReactionKind(value)

        def strength(severity: int | None) -> None:
            if severity is not None:
                self.dismiss(Reacted(kind, severity))

        await self.app.push_screen(SeverityScreen(), strength)


class SeverityScreen(StepScreen[int]):
    """Mild, moderate or strong, 1 to 3 as in `magtui log --severity`."""

    QUICK_LOG = False

    TITLE = "How strong?"
    question = "How strong?"

    def options(self) -> list[Choice]:
        return [Choice(str(level), name, "", str(level)) for level, name in SEVERITIES.items()]

    def default_choice(self) -> int | None:
        return None

    async def choose(self, value: str) -> None:
        self.dismiss(int(value))
