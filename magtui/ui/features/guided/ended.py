"""The end of a session: it is in the journal already; one key says how it went.

'Don't know yet' is highlighted, so Enter never claims an answer; it asks again at the end of
the seed's absorption window.
"""

from __future__ import annotations

from textual.widget import Widget

from magtui.domain.guided import GuidedSession
from magtui.domain.settings import EndCue
from magtui.domain.vocabulary import ReactionKind
from magtui.domain.when import describe_when
from magtui.session.outcome import NotSaved, Saved
from magtui.ui.features.guided.after import AfterScreen
from magtui.ui.keys import choice
from magtui.ui.kit.reaction import Reacted, ReactionKindScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import labelled, paragraph
from magtui.ui.widgets.choice import Choice

NO_REACTION = "none"
A_REACTION = "reaction"
NOT_YET = "later"


def logged_words(guided: GuidedSession, method_name: str) -> str:
    """'Foot soak (Epsom salts) · ¼ cup · Red zone · 5:00': what the entry says."""
    minutes, rest = divmod(guided.duration_seconds, 60)
    shown = [method_name, *guided.choices_in_words, f"{minutes}:{rest:02d}"]
    # No-break spaces inside each part: '¼ cup' or 'Red zone' never splits across lines.
    return " · ".join(part.replace(" ", "\u00a0") for part in shown)


class EndedScreen(StepScreen):
    """Shown when the time is up, when it was stopped, and at a later start to ask again."""

    QUICK_LOG = False

    TITLE = "How did it go?"

    def __init__(self, *, just_ended: bool, later: bool = False) -> None:
        """`just_ended`: the time ran out now; `later`: asked at a later start or after the
        seed's window, so the question says which session it means."""
        self.just_ended = just_ended
        super().__init__()
        guided = self.shell.session.guiding.current
        assert guided is not None and guided.logged_as is not None, "ended before it was logged"
        self.guided = guided
        self.method_name = self.shell.session.guidance.topical.method(guided.method).name
        if not later:
            self.question = "How did it go?"
        else:
            when = describe_when(guided.timer.started, self.shell.session.clock())
            self.question = f"How did your {guided.words} from {when} go?"

    def options(self) -> list[Choice]:
        return [
            choice("no-reaction", "", NO_REACTION),
            choice("a-reaction", "then which one and how strong", A_REACTION),
            choice("dont-know-yet", "answer it later from the zone home", NOT_YET),
        ]

    def default_choice(self) -> int | None:
        return 2

    def can_go_back(self) -> bool:
        """The session is over and logged; the only way on is an answer (or 'don't know yet')."""
        return False

    def before(self) -> list[Widget]:
        blocks: list[Widget] = []
        cue = self.shell.session.settings.end_cue
        if self.just_ended and cue is not EndCue.NONE:
            blocks.append(paragraph("The time is up."))
        blocks.append(labelled([("Logged", logged_words(self.guided, self.method_name))]))
        return blocks

    def on_mount(self) -> None:
        if self.just_ended and self.shell.session.settings.end_cue is EndCue.BELL:
            self.shell.ring_bell()

    async def choose(self, value: str) -> None:
        guiding = self.shell.session.guiding
        if value == NO_REACTION:
            self.after(guiding.answer(ReactionKind.NONE, 0), helped=True)
        elif value == A_REACTION:
            await self.app.push_screen(ReactionKindScreen(), self.reacted)
        else:
            guiding.ask_later()
            self.shell.home_then()  # whose line says an answer is waiting; never pushed over

    def reacted(self, reacted: Reacted | None) -> None:
        """Which reaction and how strong, both chosen: saved; back from them saves nothing."""
        if reacted is not None:
            answered = self.shell.session.guiding.answer(reacted.kind, reacted.severity)
            self.after(answered, helped=False)

    def after(self, answered: Saved[str] | NotSaved, *, helped: bool) -> None:
        """On to "where did it help?" once the answer is on disk (after a reaction, only the
        offer of a note: `helped` is False); if it is not on disk, the notice line says nothing
        was saved and the question stays, here and at the next start."""
        if isinstance(answered, Saved):
            self.shell.home_then(AfterScreen(answered.what, asks_relief=helped))
