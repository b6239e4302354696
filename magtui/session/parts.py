"""What the session's parts (the journal's and the guided session's) need of the session, as a
type alone: the session builds its parts, and its parts never import it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from magtui.domain.clock import Clock
    from magtui.domain.guidance import Guidance
    from magtui.domain.zones import Zone
    from magtui.session.services import Services


class Tells(Protocol):
    """Puts one sentence on the notice line."""

    def tell(self, sentence: str | None) -> None: ...


class SessionParts(Tells, Protocol):
    """The session as its parts see it."""

    @property
    def clock(self) -> Clock: ...

    @property
    def services(self) -> Services: ...

    @property
    def guidance(self) -> Guidance: ...

    @property
    def zone(self) -> Zone | None: ...

    @property
    def time_scale(self) -> float: ...
