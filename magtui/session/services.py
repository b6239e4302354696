"""What a session is handed at start: the guidance and the data folder's stores, validated."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from magtui.domain.guidance import Guidance
    from magtui.domain.settings import Settings
    from magtui.storage.guided_store import GuidedStore
    from magtui.storage.journal import Journal
    from magtui.storage.settings_store import SettingsStore


class StartupFailed(Exception):
    """Loading the guidance or the data folder failed; the message is one sentence to show."""


class Services:
    """Everything validated and opened at start, handed in so tests can hand in their own."""

    __slots__ = ("guidance", "guided_store", "journal", "settings", "settings_store")

    def __init__(
        self,
        guidance: Guidance,
        settings: Settings,
        settings_store: SettingsStore,
        journal: Journal,
        guided_store: GuidedStore,
    ) -> None:
        self.guidance = guidance
        self.settings = settings
        self.settings_store = settings_store
        self.journal = journal
        self.guided_store = guided_store
