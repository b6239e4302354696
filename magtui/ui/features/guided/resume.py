"""At start, a session a previous run left behind: carry on, log it, or let it go."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static

from magtui.domain.timer import shown_remaining
from magtui.domain.when import describe_when
from magtui.session.outcome import NotSaved
from magtui.ui.features.guided.ended import EndedScreen
from magtui.ui.features.guided.timer import TimerScreen
from magtui.ui.keys import choice
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.blocks import paragraph
from magtui.ui.widgets.choice import Choice
from magtui.ui.widgets.text import plain

RESUME = "resume"
LOG = "log"
DISCARD = "discard"


class ResumeScreen(StepScreen):
    """Enter resumes (or, once its time is over, asks how it went). Discarding loses no entry:
    a session is only written to the journal when it ends."""

    QUICK_LOG = False

    TITLE = "A session was running"

    def __init__(self) -> None:
        super().__init__()
        guided = self.shell.session.guiding.current
        assert guided is not None
        self.guided = guided
        now = self.shell.session.clock()
        when = describe_when(guided.timer.started, now)
        self.question = f"Your {guided.words} from {when} was still running."
        self._discard_asked = False
        """Throwing a session away takes x twice: it cannot be undone."""

    def can_go_back(self) -> bool:
        """One decision: the session is resumed, logged or discarded, never left hanging."""
        return False

    def options(self) -> list[Choice]:
        return [
            choice("keep-going", "", RESUME),
            choice("end-now", "and say how it went", LOG),
            choice("discard", "nothing is logged; x a second time", DISCARD),
        ]

    def compose_body(self) -> ComposeResult:
        """What was running and how much time it had, then the choice."""
        yield Static(plain(self.question), classes="question")
        yield from self.left()
        yield from self.compose_choices()

    def left(self) -> list[Widget]:
        """How much time the session had left, or when its time ended, and whether it is paused."""
        now = self.shell.session.clock()
        timer = self.guided.timer
        if timer.is_over(now):
            ended = timer.ends_at(now).astimezone(now.tzinfo).strftime("%H:%M")
            return [paragraph(f"Its time ended at {ended}.")]
        left = shown_remaining(timer.remaining(now), calm=False)
        paused = " It is paused." if timer.is_paused else ""
        return [paragraph(f"It has {left} left.{paused}")]

    async def choose(self, value: str) -> None:
        guiding = self.shell.session.guiding
        if value == DISCARD and not self._discard_asked:
            self._discard_asked = True
            self.shell.confirm("Press x again to throw this session away; nothing of it is logged.")
            return
        if value == DISCARD:
            guiding.discard()
            self.dismiss()
            return
        if value == RESUME and not self.guided.timer.is_over(self.shell.session.clock()):
            self.shell.home_then(TimerScreen())
            return
        if isinstance(guiding.finish(), NotSaved):
            self.shell.home_then()  # the notice line says nothing was saved; kept for next start
            return
        self.shell.home_then(EndedScreen(just_ended=value == RESUME, later=True))
