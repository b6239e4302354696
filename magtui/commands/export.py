"""`magtui export`: the journal as JSON (to move or back up), CSV or Markdown (to read or share)."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.domain.when import WhenError, parse_when
from magtui.storage.files import StorageError, atomic_writer
from magtui.storage.journal import Journal


def _write(format_name: str, journal: Journal, since: datetime | None, out: BinaryIO) -> int:
    months = journal.each_month(since)
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


def run_export(data_dir: Path, format_name: str, output: Path | None, since: str | None) -> int:
    try:
        start = parse_when(since, system_clock()) if since else None
    except WhenError as error:
        complain(f"--since {error}")
        return 2
    journal = Journal(data_dir)
    try:
        if output is None:
            _write(format_name, journal, start, sys.stdout.buffer)
            sys.stdout.flush()
        else:
            with atomic_writer(output, private_folder=False) as file:
                count = _write(format_name, journal, start, file)
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
