"""Narrowing the journal: one filter at a time, each a short list of choices; or words to find.

Filters add up ('Creams' then 'Red zone' shows creams logged in Red); `a` on the journal shows
everything again.
"""

from __future__ import annotations

from collections.abc import Callable

from magtui.domain.journal_filter import Answer, month_words
from magtui.domain.kinds import filter_keys, kind_named
from magtui.domain.zones import Zone
from magtui.ui.features.journal.changes import Filtered
from magtui.ui.keys import choice
from magtui.ui.kit.pick import AskScreen, PickScreen
from magtui.ui.kit.steps import StepScreen
from magtui.ui.widgets.choice import Choice

DAY_RANGES = (7, 30, 90, 365)
Read = Callable[[str], object]
PRODUCTS_LISTED = 9


class FilterScreen(StepScreen):
    TITLE = "Filter"
    question = "Show only…"
    QUICK_LOG = False

    def __init__(self, journal: Filtered) -> None:
        self.journal = journal
        super().__init__()

    def options(self) -> list[Choice]:
        shown = self.journal.filter
        return [
            choice(
                "filter-kind",
                kind_named(shown.kind).words if shown.kind else "every kind",
                "kind",
            ),
            choice("filter-product", shown.product or "every product", "product"),
            choice("filter-zone", shown.zone.label if shown.zone else "every zone", "zone"),
            choice("filter-answer", str(shown.answer or "all answers"), "answer"),
            choice("filter-days", f"last {shown.days} days" if shown.days else "all", "days"),
            choice("filter-month", month_words(shown.month) if shown.month else "all", "month"),
        ]

    async def choose(self, value: str) -> None:
        """The filter's own question takes this screen's place: back from it is the journal."""
        if value == "product":
            await self.shell.whole_ledger()  # every product the journal names, read in a thread
        picker = getattr(self, f"_{value}")()
        await self.app.switch_screen(picker)

    def _set(self, **change: object) -> None:
        self.journal.apply(self.journal.filter.change(**change))

    def _asking(self, question: str, choices: list[Choice], field: str, read: Read) -> PickScreen:
        """The filter is set before the question closes, so the journal is drawn once."""
        return PickScreen(
            "Filter",
            question,
            choices,
            changes=lambda value: self._set(**{field: read(value)}),
        )

    def _kind(self) -> PickScreen:
        choices = [Choice(key, kind.words, "", kind.name) for key, kind in filter_keys().items()]
        return self._asking("Which kind?", choices, "kind", str)

    def _product(self) -> PickScreen:
        known = self.shell.session.journaling.ledger_so_far().products
        names = [standing.name for standing in known.values()][-PRODUCTS_LISTED:]
        choices = [Choice(str(n), name, "", name) for n, name in enumerate(names, 1)]
        return self._asking("Which product?", choices, "product", str)

    def _zone(self) -> PickScreen:
        choices = [choice(zone.value, "", zone.value) for zone in Zone]
        return self._asking("Which zone?", choices, "zone", Zone)

    def _answer(self) -> PickScreen:
        choices = [
            choice("no-reaction", "answers that say so", Answer.NONE.value),
            choice("a-reaction", "answers that name one", Answer.SOME.value),
        ]
        return self._asking("Which answers?", choices, "answer", Answer)

    def _month(self) -> PickScreen:
        """The months the journal has entries in, newest first (nine at most, one key each)."""
        months = sorted(
            {str(value) for value in self.shell.session.journaling.index.column("month")},
            reverse=True,
        )[:PRODUCTS_LISTED]
        choices = [Choice(str(n), month_words(m), "", m) for n, m in enumerate(months, 1)]
        return self._asking("Which month?", choices, "month", str)

    def _days(self) -> PickScreen:
        choices = [
            Choice(str(n), f"Last {days} days", "", str(days))
            for n, days in enumerate(DAY_RANGES, 1)
        ]
        return self._asking("How far back?", choices, "days", int)


class FindScreen(AskScreen):
    """Words to find in what was typed: notes, product names, areas; letter case aside."""

    def __init__(self, journal: Filtered) -> None:
        super().__init__(
            "Find",
            "Find these words in notes and names:",
            value=journal.filter.text,
            changes=lambda words: journal.apply(journal.filter.change(text=words)),
        )
