"""`magtui export --format pdf`: the clinician report of a period, from the ledger.

The period is whole local days: from `--since`'s day (else the last 30 days) to `--until`'s day
(else today). It is checked before the journal is read, so a wrong date costs nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, BinaryIO

from magtui.domain.report import Period, period_between
from magtui.exchange.problems import ExportUnavailable
from magtui.storage.journal import Journal

if TYPE_CHECKING:
    from magtui.domain.guidance import Guidance

DEFAULT_DAYS = 30


@dataclass(frozen=True)
class ReportOptions:
    until: str | None = None
    """The last day as typed, or None for today."""
    paper: str = "a4"


def report_period(since: datetime | None, until: datetime | None, now: datetime) -> Period:
    """The local days from `since` to `until`; raises `PeriodError` when there are none or too
    many."""
    today = now.date()
    last = until.astimezone(now.tzinfo).date() if until else today
    first = since.astimezone(now.tzinfo).date() if since else last - timedelta(DEFAULT_DAYS - 1)
    return period_between(first, last, today)


def guidance() -> Guidance:
    """The guidance files, or `ExportUnavailable` saying why they cannot be read."""
    from magtui.content import ContentError, load_content

    try:
        return load_content()
    except ContentError as error:
        raise ExportUnavailable(str(error)) from None


def write_pdf(journal: Journal, period: Period, now: datetime, paper: str, out: BinaryIO) -> int:
    """The report of `period` to `out`; returns how many entries it rests on."""
    from magtui.assets import default_assets_dir
    from magtui.domain.history import history_of
    from magtui.domain.report import period_ledger, report_of
    from magtui.exchange.pdf_report import SeedLines, fonts_in, write_report

    seed = SeedLines.of(guidance())
    ledger = period_ledger(history_of(journal.entries()), period, now.tzinfo)
    report = report_of(ledger, period)
    fonts = fonts_in(default_assets_dir())
    write_report(report, seed, fonts, out, now=now, zone=now.tzinfo, paper=paper)
    return report.entries
