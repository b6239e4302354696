"""Going from one feature to another: the only module that names screens of several features.

Screens reach it as `shell.routes` (typed by `shell.Routes`), so no screen imports another
feature and no feature module takes part in an import cycle. Each route imports its screen
when first taken: start-up loads only the first screen's feature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # named for the types alone: start-up imports nothing here
    from textual.screen import Screen

    from magtui.domain.vocabulary import TopicalMethod
    from magtui.domain.zones import Zone
    from magtui.session import Session


class AppRoutes:
    """The screens a person can go to from another feature."""

    def home(self) -> Screen[Any]:
        from magtui.ui.features.home.home import HomeScreen

        return HomeScreen()

    def is_home(self, screen: Screen[Any]) -> bool:
        from magtui.ui.features.home.home import HomeScreen

        return isinstance(screen, HomeScreen)

    def check_in(self) -> Screen[Any]:
        from magtui.ui.features.checkin.checkin import CheckInScreen

        return CheckInScreen()

    def guided_session(
        self, session: Session, method: TopicalMethod, zone: Zone, minutes: int | None
    ) -> Screen[Any]:
        """A guided session's first step."""
        from magtui.ui.features.guided.flow import GuidedFlow

        flow = GuidedFlow(session, minutes_given=minutes is not None)
        return flow.first_step(method, zone, minutes)

    def asked_later(self) -> Screen[Any]:
        """'How did it go?' for a session whose answer is still owed."""
        from magtui.ui.features.guided.ended import EndedScreen

        return EndedScreen(just_ended=False, later=True)

    def capsules(self) -> Screen[Any]:
        from magtui.ui.features.capsules.capsules import CapsulesScreen

        return CapsulesScreen()

    def journal(self) -> Screen[Any]:
        from magtui.ui.features.journal.journal import JournalScreen

        return JournalScreen()

    def products(self) -> Screen[Any]:
        from magtui.ui.features.products.products import ProductsScreen

        return ProductsScreen()

    def guide(self) -> Screen[Any]:
        from magtui.ui.features.guide.guide import GuideScreen

        return GuideScreen()

    def settings(self) -> Screen[Any]:
        from magtui.ui.features.settings.settings import SettingsScreen

        return SettingsScreen()
