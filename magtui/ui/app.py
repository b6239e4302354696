"""The app: Textual's hooks for how magtui starts, looks and takes keys. Nothing moves, nothing
beeps, no mouse is tracked, and every key is shown."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable, Sequence
from contextlib import suppress

from textual import events
from textual.binding import Binding
from textual.filter import LineFilter
from textual.worker import WorkerFailed

from magtui.domain.opening import Opening
from magtui.session import Services, Session
from magtui.ui.keys import binding
from magtui.ui.kit.base import CalmScreen
from magtui.ui.routes import AppRoutes
from magtui.ui.shell import Shell
from magtui.ui.themes import (
    CUSTOM_VARIABLES,
    THEMES,
    apply_first_theme,
    css_variables,
    line_filters,
)

JOURNAL_CHECK_SECONDS = 2.0
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "question_mark": "?"}


class MagApp(Shell):
    """Full-screen magtui."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "magtui"
    BINDINGS = [
        binding("help", "help"),
        binding("log", "quick_log"),
        binding("quit", "quit"),
        # Textual's ctrl+c shows a toast that fades by itself; here it quits, as people expect.
        Binding("ctrl+c", "quit", show=False, priority=True, id="quit-ctrl-c"),
    ]

    def __init__(
        self,
        session: Session,
        load_services: Callable[[], Services] | None = None,
        *,
        opening: Opening | None = None,
    ) -> None:
        super().__init__(session, load_services, opening=opening, routes=AppRoutes())
        self.animation_level = "none"
        for theme in THEMES.values():
            self.register_theme(theme)
        apply_first_theme(self, session.first_look.theme)
        self.stopped_by: int | None = None
        """The signal that ended the app, if one did."""
        self._rereading = False

    def get_theme_variable_defaults(self) -> dict[str, str]:
        """Custom variables must exist before any theme is applied, or the CSS will not parse."""
        return dict.fromkeys(CUSTOM_VARIABLES, "ansi_default")

    def get_css_variables(self) -> dict[str, str]:
        return css_variables(self, super().get_css_variables())

    def get_line_filters(self) -> Sequence[LineFilter]:
        return line_filters(self, list(super().get_line_filters()))

    def get_key_display(self, binding: Binding) -> str:
        """Key names spelled out as printed on the keyboard, not as symbols."""
        if binding.key_display:
            return binding.key_display
        return KEY_NAMES.get(binding.key, super().get_key_display(binding))

    def bell(self) -> None:
        """Silent: sound is never made unless a person turns a cue on."""

    async def on_event(self, event: events.Event) -> None:
        """Capital letters work like small ones (caps lock, or a shift held by mistake).

        Screens take no focus, so a focused widget is one that takes typed text, which keeps
        its capitals.
        """
        if isinstance(event, events.Key) and self.confirmation is not None:
            self.confirmation = None
        if (
            isinstance(event, events.Key)
            and event.character is not None
            and len(event.key) == 1
            and event.key.isupper()
            and self.focused is None
        ):
            event = events.Key(event.key.lower(), event.character.lower())
        await super().on_event(event)

    def on_mount(self) -> None:
        from magtui.ui.features.checkin.checkin import CheckInScreen

        first_look = self.session.first_look
        if self.opening is not None and first_look.zone_now is not None:
            # Built only here: the zone home needs pydantic, which a plain start puts off.
            self.push_screen(self.routes.home())
        else:
            self.push_screen(CheckInScreen())
        left_behind = self.session.guiding.load() if self.session.loaded else None
        if left_behind is not None:
            from magtui.ui.features.guided.resume import ResumeScreen

            self.opening = None
            logged = left_behind.is_logged
            self.push_screen(self.routes.asked_later() if logged else ResumeScreen())
        if first_look.needs_disclaimer:
            from magtui.ui.features.guide.disclaimer import DisclaimerScreen

            self.push_screen(DisclaimerScreen())
        if not self.session.loaded:
            self.call_after_refresh(self.start_loading)
        self.set_interval(JOURNAL_CHECK_SECONDS, self._look_for_outside_writes)
        if not self.is_headless:
            self._end_on_signals()

    async def _look_for_outside_writes(self) -> None:
        """Another magtui's zone shows up by itself; so do its entries, on a screen that shows
        what the ledger says (read again in a thread, and only when something was written).
        Not while the app is ending, when no screen is left to show it."""
        if not self.screen_stack:
            return
        self.session.notice_outside_writes()
        screen = self.screen
        if (
            self._rereading
            or not isinstance(screen, CalmScreen)
            or not screen.FOLLOWS_THE_JOURNAL
            or not self.session.loaded
            or not self.session.journaling.changed_elsewhere()
        ):
            return
        self._rereading = True
        try:
            ledger = await self.whole_ledger()
        finally:
            self._rereading = False
        if self.screen_stack and self.screen is screen:
            screen.journal_changed(ledger)

    def _end_on_signals(self) -> None:
        """SIGTERM or the terminal closing (SIGHUP) ends the app as quitting does, the terminal
        put back: a running session stays saved, and the next start offers to carry on."""
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGHUP):
            with suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._stopped_by, signum)

    def _stopped_by(self, signum: int) -> None:
        self.stopped_by = signum
        self.exit(return_code=128 + signum)

    def action_help(self) -> None:
        """The keys of the screen in front, spelled out; not over the help itself, nor over a
        screen that is not one of magtui's own."""
        from magtui.ui.kit.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen) or not isinstance(screen, CalmScreen):
            return
        self.push_screen(HelpScreen(screen.title or "", screen.help_keys()))

    async def action_quick_log(self) -> None:
        """The quick log, pre-filled from the last session: found in a thread, as it may read
        back through months of the journal."""
        from magtui.session.quick_log import QuickLog
        from magtui.ui.features.quick_log.quick_log import QuickLogScreen

        if not await self.ready():
            return
        journaling = self.session.journaling
        first = self.session.guidance.topical.methods[0].id
        worker = self.run_worker(
            lambda: journaling.prefilled(first), thread=True, exit_on_error=False, name="prefill"
        )
        try:
            asked = await worker.wait()
        except WorkerFailed as failed:
            self.session.tell(str(failed.error))
            asked = QuickLog(method=first)
        await self.push_screen(QuickLogScreen(asked))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "quick_log":
            return self.screen.check_action(action, parameters) is not False
        if action == "help":
            return self.screen.check_action(action, parameters) is not False
        return True
