"""`magtui export`: the journal as JSON (to move or back up), CSV or Markdown (to read or share),
or a one-page summary for a clinician.

Exports show the current view (each entry as last corrected, deleted ones left out) unless
`--history` asks for every entry ever written, corrections and deletions included.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from magtui.commands.output import OutputFailed, complain, say, stdout_bytes
from magtui.domain.clock import system_clock
from magtui.domain.entries import Entry
from magtui.domain.when import WhenError, parse_when
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
    from magtui.content import load_content
    from magtui.domain.history import history_of
    from magtui.domain.ledger import Ledger
    from magtui.exchange.summary_format import DEFAULT_DAYS, write_summary

    now = system_clock()
    days = (now.date() - since.astimezone(now.tzinfo).date()).days + 1 if since else DEFAULT_DAYS
    consult_line = load_content().disclaimer.consult_line
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    try:
        ledger = Ledger(history_of(journal.entries()), now.tzinfo)
        return write_summary(ledger, now, days, consult_line, text)
    finally:
        text.flush()
        text.detach()


def _write(
    format_name: str, journal: Journal, since: datetime | None, out: BinaryIO, history: bool
) -> int:
    """The journal in `format_name` (json, csv, md or summary) to `out`; returns how many entries
    were written."""
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


def run_export(
    data_dir: Path,
    format_name: str,
    output: Path | None,
    since: str | None,
    *,
    history: bool = False,
) -> int:
    """`magtui export`: to standard output, or to `output` written whole or not at all. A broken
    pipe (`| head`) is not an error; a failed write is one sentence and status 1."""
    try:
        start = parse_when(since, system_clock()) if since else None
    except WhenError as error:
        complain(f"--since {error}")
        return 2
    journal = Journal(data_dir)
    try:
        if output is None:
            out = stdout_bytes()
            try:
                _write(format_name, journal, start, out, history)
                sys.stdout.flush()
            except BrokenPipeError:
                raise
            except OSError as error:
                raise OutputFailed(error.strerror.lower() if error.strerror else "") from None
        else:
            with atomic_writer(output) as file:
                count = _write(format_name, journal, start, file, history)
    except BrokenPipeError:
        sys.stderr.close()  # the reader stopped early (| head); that is not an error
        return 0
    except StorageError as error:
        complain(str(error))
        return 1
    if journal.notice:
        complain(journal.notice)
    if output is not None:
        say(f"Exported {count} entries to {output}.")
    return 0
