"""Saving the clinician report from the journal: one question (which days), then the PDF.

The last 30 days and the last 90 days are one key each; "since a date" asks for the first day.
The report is written whole into the data folder's `reports` folder, and the journal's notice
line says where, or that nothing was saved.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input

from magtui.domain.report import Period, PeriodError, last_days, period_between
from magtui.domain.shown import shown
from magtui.domain.when import UnreadableWhen, WhenError, parse_when
from magtui.ui.kit.steps import StepScreen
from magtui.ui.kit.typed import TypedScreen
from magtui.ui.widgets.choice import Choice

REPORT_DAYS = (30, 90)
SINCE = "since"
Save = Callable[[Period], bool]
"""Saves the report of a period; False when nothing was saved (the notice line says why)."""


class ReportScreen(StepScreen[None]):
    TITLE = "Report"
    question = "Which days should the report cover?"
    QUICK_LOG = False

    def __init__(self, save: Save) -> None:
        self.save = save
        super().__init__()

    def options(self) -> list[Choice]:
        days = [
            Choice(str(n), f"The last {days} days", "", str(days))
            for n, days in enumerate(REPORT_DAYS, 1)
        ]
        return [*days, Choice(str(len(days) + 1), "Since a date", "you type the first day", SINCE)]

    async def choose(self, value: str) -> None:
        if value == SINCE:
            await self.app.switch_screen(FirstDayScreen(self.save))
            return
        today = self.shell.session.clock().date()
        if self.save(last_days(today, int(value))):
            self.dismiss()


class FirstDayScreen(TypedScreen[None]):
    """The report's first day, typed; the last is today."""

    TITLE = "Report"
    MAX_LENGTH = 30

    def __init__(self, save: Save) -> None:
        self.save = save
        self.example = self.shell.session.clock().date().replace(day=1)
        self.prompt = f"The report's first day, as year-month-day (like {self.example}):"
        super().__init__()

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def accept(self, text: str) -> str | None:
        """The period from the typed day to today, or the sentence saying what would do."""
        now = self.shell.session.clock()
        if not text.strip():
            return "Type the first day, or press Escape to go back."
        try:
            first = parse_when(text, now).astimezone(now.tzinfo).date()
        except UnreadableWhen:
            return (
                f"{shown(text)} is not a day magtui can read; "
                f"type it as year-month-day, like {self.example}."
            )
        except WhenError as error:  # a day too long ago or still to come: it says which
            return str(error)
        try:
            period = period_between(first, now.date(), now.date())
        except PeriodError as error:
            return str(error)
        if self.save(period):
            self.dismiss()
        return None
