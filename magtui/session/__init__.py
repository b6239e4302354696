"""What the app is working with: the person's zone, settings, journal and guidance. No Textual.

The screens read and change this state; the app mirrors the zone and the notice into reactive
attributes that the bars watch. Keeping the state here lets the rules be tested without a
screen, and keeps the app module to Textual's own hooks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from magtui.domain.clock import Clock
from magtui.domain.first_look import FirstLook
from magtui.domain.shown import printable
from magtui.domain.themes import ThemeName
from magtui.domain.when import describe_when
from magtui.domain.zones import Zone, ZoneNow
from magtui.session.services import Services as Services
from magtui.session.services import StartupFailed as StartupFailed

if TYPE_CHECKING:
    from magtui.domain.guidance import Guidance
    from magtui.domain.settings import Settings
    from magtui.session.guiding import Guiding
    from magtui.session.journaling import Journaling


class Session:
    """One person's session: starts from the quick first look, complete once services arrive."""

    def __init__(
        self,
        first_look: FirstLook,
        clock: Clock,
        services: Services | None = None,
        *,
        time_scale: float = 1.0,
    ) -> None:
        self.first_look = first_look
        self.clock = clock
        self.time_scale = time_scale
        """How much faster than the clock every timer runs (MAGTUI_TIME_SCALE), for demos."""
        self._services = services
        self.zone_now: ZoneNow | None = first_look.zone_now
        notice = services.journal.notice if services else None
        self.notice: str | None = printable(notice) if notice else None
        self._listeners: list[Callable[[], None]] = []
        self._guiding: Guiding | None = None
        self._journaling: Journaling | None = None

    def subscribe(self, listener: Callable[[], None]) -> None:
        """`listener` is called after the zone or the notice changed."""
        self._listeners.append(listener)

    def _changed(self) -> None:
        for listener in self._listeners:
            listener()

    @property
    def loaded(self) -> bool:
        return self._services is not None

    def attach(self, services: Services) -> None:
        """The validated services, once the background load has finished."""
        if self._services is None:
            self._services = services
            self._tell(services.journal.notice)

    @property
    def services(self) -> Services:
        """Loaded before any screen but the check-in is shown; actions wait for it first."""
        assert self._services is not None, "services are used before they were loaded"
        return self._services

    @property
    def guiding(self) -> Guiding:
        """The guided session in progress, if any; made on first use, as it needs pydantic."""
        if self._guiding is None:
            from magtui.session.guiding import Guiding

            self._guiding = Guiding(self)
        return self._guiding

    @property
    def journaling(self) -> Journaling:
        """The journal as the screens read and change it; made on first use."""
        if self._journaling is None:
            from magtui.session.journaling import Journaling

            self._journaling = Journaling(self)
        return self._journaling

    @property
    def guidance(self) -> Guidance:
        return self.services.guidance

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @property
    def zone(self) -> Zone | None:
        return self.zone_now.zone if self.zone_now else None

    def zone_status(self) -> str:
        """'Red zone · set today at 14:02', or a prompt before the first check-in."""
        if self.zone_now is None:
            return "No zone set yet"
        when = describe_when(self.zone_now.at, self.clock())
        return f"{self.zone_now.zone.label} zone · set {when}"

    def _tell(self, sentence: str | None) -> None:
        """Keep the first problem on screen until it is dealt with; later ones wait their turn."""
        if sentence is not None and self.notice is None:
            self.notice = printable(sentence)  # a path in it may hold control characters
            self._changed()

    def set_zone(self, zone: Zone) -> None:
        """Record a change of zone; choosing the zone you are already in records nothing."""
        from magtui.storage.check_ins import record_zone
        from magtui.storage.files import StorageError

        if self.zone is zone:
            return
        now = self.clock()
        try:
            record_zone(self.services.journal, zone, now)
        except StorageError as error:
            self._tell(str(error))
        self.zone_now = ZoneNow(zone, now)
        self._changed()

    def notice_outside_writes(self) -> None:
        """Pick up a zone set by `magtui zone` or `magtui log` in another terminal.

        One `stat` of the journal folder; listeners hear only of a real change.
        """
        if self._services is None:
            return
        journal = self._services.journal
        if journal.watch.is_gone():
            self._tell(journal.watch.sentence)
            return
        if not journal.has_changed():
            return
        latest = journal.latest_zone()
        zone_now = ZoneNow(latest.zone, latest.at) if latest else None
        if zone_now != self.zone_now:
            self.zone_now = zone_now
            self._changed()
        self._tell(journal.notice)

    def acknowledge_disclaimer(self) -> None:
        version = self.guidance.disclaimer.version
        self._save_settings(self.settings.model_copy(update={"disclaimer_seen": version}))

    def choose_theme(self, theme: ThemeName) -> None:
        self.change_settings(theme=theme)

    def change_settings(self, **changes: object) -> None:
        """Remember one or more settings at once."""
        self._save_settings(self.settings.model_copy(update=changes))

    def tell(self, sentence: str | None) -> None:
        """Show a sentence on the notice line (the first one stays until it is dealt with)."""
        self._tell(sentence)

    def _save_settings(self, settings: Settings) -> None:
        """The settings are used at once; a failed save is told on the notice line, and they are
        used for this run anyway."""
        from magtui.storage.files import StorageError

        self.services.settings = settings
        try:
            self.services.settings_store.save(settings)
        except StorageError as error:
            self._tell(str(error))


def first_look_of(services: Services) -> FirstLook:
    """The first screen's data taken from fully loaded services (tests, and the careful path)."""
    latest = services.journal.latest_zone()
    guidance = services.guidance
    return FirstLook(
        zone_meanings={zone: guidance.zones.zone(zone).meaning for zone in Zone},
        zone_now=ZoneNow(latest.zone, latest.at) if latest else None,
        theme=services.settings.theme,
        needs_disclaimer=services.settings.disclaimer_seen < guidance.disclaimer.version,
    )
