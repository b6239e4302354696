"""The part of the app that screens and widgets may use: the session and its reactive mirror.

Screens reach it with `getters.app(Shell)`. The full app (`ui/app.py`) builds on it and imports
the screens, so screens never import the app module (an import-linter contract keeps it so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from textual.app import App
from textual.reactive import var
from textual.screen import Screen
from textual.worker import Worker, WorkerFailed

from magtui.domain.opening import Opening
from magtui.domain.themes import ThemeName
from magtui.domain.zones import ZoneNow
from magtui.session import Services, Session, StartupFailed

if TYPE_CHECKING:
    from magtui.domain.ledger import Ledger
    from magtui.domain.vocabulary import TopicalMethod
    from magtui.domain.zones import Zone


class Routes(Protocol):
    """The screens of other features, as `ui/routes.py` builds them: the shell and the screens
    name no screen of another feature."""

    def home(self) -> Screen[Any]: ...
    def is_home(self, screen: Screen[Any]) -> bool: ...
    def check_in(self) -> Screen[Any]: ...
    def guided_session(
        self, session: Session, method: TopicalMethod, zone: Zone, minutes: int | None
    ) -> Screen[Any]: ...
    def asked_later(self) -> Screen[Any]: ...
    def capsules(self) -> Screen[Any]: ...
    def journal(self) -> Screen[Any]: ...
    def products(self) -> Screen[Any]: ...
    def guide(self) -> Screen[Any]: ...
    def settings(self) -> Screen[Any]: ...


class Shell(App[int]):
    """Holds the session; mirrors its zone and notice into reactives that the bars watch."""

    zone_now: var[ZoneNow | None] = var(None, init=False)
    notice: var[str | None] = var(None, init=False)
    confirmation: var[str | None] = var(None, init=False)
    """What was just saved, in words; shown until the next key."""

    def __init__(
        self,
        session: Session,
        load_services: Callable[[], Services] | None = None,
        *,
        opening: Opening | None = None,
        routes: Routes,
    ) -> None:
        super().__init__()
        self.session = session
        self.routes = routes
        self.opening = opening
        """A session to go straight into (`magtui session soak`); taken by the zone home."""
        self.rang_bell = False
        """Whether the end cue rang, which a headless test cannot hear."""
        self._load_services = load_services
        self._loader: Worker[Services] | None = None
        self.startup_error: str | None = None
        self.set_reactive(Shell.zone_now, session.zone_now)
        self.set_reactive(Shell.notice, session.notice)
        session.subscribe(self._mirror_session)

    def _mirror_session(self) -> None:
        """The session changed its zone or notice: the reactives follow, and the bars redraw."""
        self.zone_now = self.session.zone_now
        self.notice = self.session.notice

    def start_loading(self) -> None:
        """Validate guidance, settings and journal in a thread, straight after the first paint."""
        if self._loader is not None or self.session.loaded:
            return
        assert self._load_services is not None
        self._loader = self.run_worker(
            self._load_services, thread=True, exit_on_error=False, name="load"
        )

    async def ready(self) -> bool:
        """Wait for the background load (a fraction of a second after the first paint).

        False means loading failed: the app is already closing with one sentence to show.
        """
        if self.session.loaded:
            return True
        self.start_loading()
        assert self._loader is not None
        try:
            self.session.attach(await self._loader.wait())
        except WorkerFailed:
            return False
        return True

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The background load ended: a failure closes the app with its one sentence."""
        if event.worker is not self._loader:
            return
        if event.worker.error is not None:
            error = event.worker.error
            self.startup_error = str(error) if isinstance(error, StartupFailed) else repr(error)
            self.exit(return_code=1)
        elif event.worker.is_finished and event.worker.result is not None:
            self.session.attach(event.worker.result)

    def home_then(self, *screens: Screen[None]) -> None:
        """Back to the zone home, then on to `screens`: how a guided session begins and ends,
        so Escape never walks back through steps already done.

        Done from the app's own queue once the calling screen's handler has returned: a screen
        that awaited its own removal would wait for itself.
        """
        self.call_later(self._home_then, *screens)

    async def _home_then(self, *screens: Screen[None]) -> None:
        """Everything above the zone home is closed, then `screens` are opened on it in order."""
        while len(self.screen_stack) > 2:
            await self.pop_screen()
        if not self.routes.is_home(self.screen):
            await self.switch_screen(self.routes.home())
        for screen in screens:
            await self.push_screen(screen)

    async def whole_ledger(self) -> Ledger:
        """The whole journal's ledger, for a screen to be handed: a read it needs runs in a
        thread, never on the one that draws. A read that fails is told on the notice line and
        what was read so far is used."""
        journaling = self.session.journaling
        if not journaling.is_current():
            reader = self.run_worker(
                journaling.read_all, thread=True, exit_on_error=False, name="ledger"
            )
            try:
                journaling.adopt(await reader.wait())
            except WorkerFailed as failed:
                self.session.tell(str(failed.error))
        return journaling.ledger_so_far()

    def confirm(self, sentence: str) -> None:
        """Say what was just done, on the notice line, until the next key is pressed."""
        self.confirmation = sentence

    def ring_bell(self) -> None:
        """The one sound magtui makes, and only when the person turned the end cue on."""
        self.rang_bell = True
        App.bell(self)

    def choose_theme(self, theme: ThemeName) -> None:
        """Show the theme at once and remember it."""
        self.theme = theme.value
        self.session.choose_theme(theme)
