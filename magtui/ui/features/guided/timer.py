"""The timer: time left, large and plain; the end time; the method and zone. Nothing else moves.

The screen is redrawn only when the shown time changes, never more than once a second, and
not at all while paused (or, in calm mode, between minutes). The next redraw and the end are
both worked out from the clock, so a late tick never adds up into drift.
"""

from __future__ import annotations

import time
from datetime import datetime

from textual.app import ComposeResult
from textual.timer import Timer as Ticker
from textual.widgets import Digits, Static

from magtui.domain.settings import TimerDisplay
from magtui.domain.timer import Timer, shown_remaining
from magtui.session.outcome import NotSaved
from magtui.ui.features.guided.asking import QuitScreen, StopScreen
from magtui.ui.features.guided.ended import EndedScreen
from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen, scroll_bindings
from magtui.ui.widgets.text import plain

SHORTEST_REDRAW = 1.0
"""Seconds between two redraws at the least, however fast the timer runs."""


class TimerScreen(CalmScreen, inherit_bindings=False):
    """Space pauses, `+` and `-` change a minute, Escape and `q` ask before they end anything."""

    TITLE = "Timer"
    BINDINGS = [
        binding("toggle_pause", "toggle_pause"),
        binding("more", "adjust(1)"),
        binding("less", "adjust(-1)"),
        binding("stop", "stop"),
        binding("quit-asking", "quit_asking"),
        *scroll_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        guided = self.shell.session.guiding.current
        assert guided is not None, "the timer opens only with a session running"
        self.guided = guided
        self.title = f"{self.method_name()}: timer"
        self._ticker: Ticker | None = None
        self._last_draw = 0.0

    @property
    def timer(self) -> Timer:
        current = self.shell.session.guiding.current
        return current.timer if current else self.guided.timer

    @property
    def calm(self) -> bool:
        return self.shell.session.settings.timer_display is TimerDisplay.MINUTES

    def method_name(self) -> str:
        return self.shell.session.guidance.topical.method(self.guided.method).name

    def compose_body(self) -> ComposeResult:
        yield Digits(self._digits(), id="time-left")
        yield Static(id="time-words")
        yield Static(id="ends", classes="paragraph")
        yield Static(plain(" · ".join(self.guided.choices_in_words)), classes="paragraph")
        if self.guided.watched:
            yield Static(plain(self.where_the_time_comes_from()), classes="paragraph")

    def where_the_time_comes_from(self) -> str:
        """The guide gives a cream, spray or balm no session length: the timer starts at the
        first minute of its absorption window, and says so rather than pass it off as advice."""
        absorbs = self.shell.session.guidance.topical.absorbs
        return (
            f"The guide gives no time for a {self.guided.words} session; this timer starts at"
            f" the first number of “{absorbs}”. + and - change it."
        )

    def _digits(self) -> str:
        text = shown_remaining(self.timer.remaining(self.shell.session.clock()), calm=self.calm)
        return text.removesuffix(" min")

    def on_mount(self) -> None:
        self.show_time()

    def show_time(self) -> None:
        """Put the current time on screen, changing only what differs, and plan the next draw."""
        now = self.shell.session.clock()
        timer = self.timer
        if timer.is_over(now):
            self.call_later(self._ended)
            return
        digits = self.query_one("#time-left", Digits)
        shown = self._digits()
        if digits.value != shown:
            digits.update(shown)
        left = "minutes left" if self.calm else "minutes and seconds left"
        self._set("#time-words", f"{left}, paused." if timer.is_paused else f"{left}.")
        # While paused the end time would creep on each minute; it is shown again on resuming.
        ends = timer.ends_at(now).astimezone(now.tzinfo).strftime("%H:%M")
        self._set("#ends", "Space resumes the timer." if timer.is_paused else f"Ends at {ends}.")
        self._last_draw = time.monotonic()
        self._plan_next(now)

    def _set(self, selector: str, text: str) -> None:
        widget = self.query_one(selector, Static)
        if str(widget.content) != text:
            widget.update(plain(text))

    def _plan_next(self, now: datetime) -> None:
        """The next drawing, at the moment the shown time would change (never sooner than the
        shortest gap between drawings, never after the end); none while paused."""
        self._stop_ticker()
        timer = self.timer
        if timer.is_paused:
            return
        until_end = (timer.remaining(now) / timer.scale).total_seconds()
        until_change = timer.real_until_shown_change(now, calm=self.calm).total_seconds()
        earliest = self._last_draw + SHORTEST_REDRAW - time.monotonic()
        delay = min(max(until_change, earliest), until_end)
        self._ticker = self.set_timer(max(delay, 0.0), self.show_time, name="timer")

    def _stop_ticker(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
            self._ticker = None

    async def _ended(self) -> None:
        if self.is_current:
            self.end(just_ended=True)

    def end(self, *, just_ended: bool) -> None:
        """Log what ran and ask how it went: the time ran out, or the person stopped it."""
        self._stop_ticker()
        if isinstance(self.shell.session.guiding.finish(), NotSaved):
            self.shell.home_then()  # the notice line says nothing was saved; kept for next start
            return
        self.app.switch_screen(EndedScreen(just_ended=just_ended))

    def action_toggle_pause(self) -> None:
        """Pause or resume (saved at once); the key's label says what Space does next."""
        now = self.shell.session.clock()
        paused = self.timer.is_paused
        self.shell.session.guiding.change_timer(
            lambda timer: timer.resume(now) if paused else timer.pause(now)
        )
        name = "toggle_pause" if paused else "resume"
        self._bindings.key_to_bindings["space"] = [binding(name, "toggle_pause")]
        self.refresh_bindings()
        self.show_time()

    def action_adjust(self, minutes: int) -> None:
        now = self.shell.session.clock()
        self.shell.session.guiding.change_timer(lambda timer: timer.adjust(minutes, now))
        self.refresh_bindings()
        self.show_time()
        self.say_the_range_once_past_it()

    def say_the_range_once_past_it(self) -> None:
        """A soak lengthened past the seed's minutes: its own sentence with them, said once."""
        info = self.shell.session.guidance.topical.method(self.guided.method)
        longest = max(info.session.minutes, default=None)
        if (
            longest is None
            or self._range_said
            or self.timer.planned.total_seconds() <= longest * 60
        ):
            return
        self._range_said = True
        said = next((line for line in info.on_home if "mins" in line), info.tips)
        self.shell.confirm(f"The guide: “{said}”")

    _range_said = False
    """Whether the seed's minutes were said since this timer was shown."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "adjust":
            timer = self.timer
            if parameters and parameters[0] == -1:
                return timer.can_shorten(self.shell.session.clock())
            return timer.can_lengthen()
        if action == "back":
            return False
        return super().check_action(action, parameters)

    def action_stop(self) -> None:
        self.app.push_screen(StopScreen(self.guided.words), self._stop_answered)

    def _stop_answered(self, stop: bool | None) -> None:
        if stop:
            self.end(just_ended=False)

    def action_quit_asking(self) -> None:
        self.app.push_screen(QuitScreen(), self._quit_answered)

    def _quit_answered(self, quit_now: bool | None) -> None:
        if quit_now:
            self.app.exit()

    def on_screen_resume(self) -> None:
        """Back from a question: the time has moved on meanwhile."""
        if self.is_mounted:
            self.show_time()

    def on_screen_suspend(self) -> None:
        self._stop_ticker()
