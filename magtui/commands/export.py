"""`magtui export`: the journal as JSON (to move or back up), CSV or Markdown (to read or share),
or a one-page summary for a clinician.

Exports show the current view (each entry as last corrected, deleted ones left out) unless
`--history` asks for every entry ever written, corrections and deletions included.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from magtui.commands.output import OutputFailed, complain, say, stdout_bytes
from magtui.commands.report import ReportOptions, report_period, write_pdf
from magtui.domain.clock import system_clock
from magtui.domain.entries import Entry
from magtui.domain.report import Period, PeriodError
from magtui.domain.when import WhenError, parse_when
from magtui.exchange.problems import ExportUnavailable
from magtui.storage.files import StorageError, atomic_writer
from magtui.storage.journal import Journal

CHUNK = 1000
"""Entries handed to a writer at a time: each writer keeps no more than this as plain data."""


def _months(journal: Journal, since: datetime | None, history: bool) -> Iterator[list[Entry]]:
    """A month at a time for the whole history; the current view needs every entry read first
    (a deletion can come months after what it deletes), so it is handed on in chunks."""
    if history:
        yield from journal.each_month(since)
        return
    from magtui.domain.history import current_view

    view = current_view(journal.entries())
    if since is not None:
        view = [entry for entry in view if entry.at >= since]
    for start in range(0, len(view), CHUNK):
        yield list[Entry](view[start : start + CHUNK])


def _summary(journal: Journal, since: datetime | None, out: BinaryIO) -> int:
    """The summary of the last days (since `since`, or the default span) as Markdown; returns how
    many entries it rests on."""
    from magtui.commands.report import guidance
    from magtui.domain.history import history_of
    from magtui.domain.ledger import Ledger
    from magtui.exchange.summary_format import DEFAULT_DAYS, write_summary

    now = system_clock()
    days = (now.date() - since.astimezone(now.tzinfo).date()).days + 1 if since else DEFAULT_DAYS
    consult_line = guidance().disclaimer.consult_line
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        ledger = Ledger(history_of(journal.entries()), now.tzinfo)
        return write_summary(ledger, now, days, consult_line, text)
    finally:
        text.flush()
        text.detach()


@dataclass(frozen=True)
class _Asked:
    """What the command line asked for, read and checked."""

    format_name: str
    since: datetime | None
    history: bool
    period: Period | None
    paper: str


def _write(asked: _Asked, journal: Journal, out: BinaryIO) -> int:
    """The journal in the format asked for (json, csv, md, summary or pdf) to `out`; returns how
    many entries were written."""
    format_name, since, history = asked.format_name, asked.since, asked.history
    if asked.period is not None:
        return write_pdf(journal, asked.period, system_clock(), asked.paper, out)
    if format_name == "summary":
        return _summary(journal, since, out)
    months = _months(journal, since, history)
    if format_name == "json":
        from magtui.exchange.json_format import write_json

        return write_json(months, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        if format_name == "csv":
            from magtui.exchange.csv_format import write_csv

            return write_csv(months, text)
        from magtui.exchange.markdown_format import write_markdown

        return write_markdown(months, text)
    finally:
        text.flush()
        text.detach()


def _asked(
    format_name: str, since: str | None, history: bool, report: ReportOptions, to_terminal: bool
) -> _Asked | str:
    """The command line's words read, or the one sentence saying which will not do."""
    now = system_clock()
    try:
        start = parse_when(since, now) if since else None
    except WhenError as error:
        return f"--since {error}"
    if format_name != "pdf":
        if report.until is not None:
            return "--until works with --format pdf only; leave it out, or add --format pdf."
        return _Asked(format_name, start, history, None, report.paper)
    if history:
        return "--history does not go with --format pdf: a report shows the current view."
    if to_terminal:
        return "A PDF is not for the terminal; add --output FILE, as in --output report.pdf."
    try:
        until = parse_when(report.until, now) if report.until else None
    except WhenError as error:
        return f"--until {error}"
    try:
        period = report_period(start, until, now)
    except PeriodError as error:
        return str(error)
    return _Asked(format_name, start, history, period, report.paper)


def run_export(
    data_dir: Path,
    format_name: str,
    output: Path | None,
    since: str | None,
    *,
    history: bool = False,
    report: ReportOptions | None = None,
) -> int:
    """`magtui export`: to standard output, or to `output` written whole or not at all. A broken
    pipe (`| head`) is not an error; a failed write is one sentence and status 1."""
    to_terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    asked = _asked(format_name, since, history, report or ReportOptions(), to_terminal)
    if isinstance(asked, str):
        complain(asked)
        return 2
    journal = Journal(data_dir)
    try:
        if output is None:
            out = stdout_bytes()
            try:
                _write(asked, journal, out)
                sys.stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as error:
                raise OutputFailed(error.strerror.lower() if error.strerror else "") from None
        else:
            with atomic_writer(output) as file:
                count = _write(asked, journal, file)
    except BrokenPipeError:
        sys.stderr.close()  # the reader stopped early (| head); that is not an error
        return 0
    except StorageError as error:
        complain(str(error))
        return 1
    except ExportUnavailable as error:
        complain(f"Nothing was exported: {error}")
        return 1
    if journal.notice:
        complain(journal.notice)
    if output is not None:
        say(f"Exported {count} entries to {output}.")
    return 0
