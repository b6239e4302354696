"""`magtui export`: the journal as JSON (to move or back up), CSV or Markdown (to read or share)."""

from __future__ import annotations

import sys
from pathlib import Path

from magtui.commands.output import complain, say
from magtui.domain.clock import system_clock
from magtui.domain.when import WhenError, parse_when
from magtui.storage.files import StorageError, atomic_write
from magtui.storage.journal import Journal

FORMATS = ("json", "csv", "md")


def run_export(data_dir: Path, format_name: str, output: Path | None, since: str | None) -> int:
    try:
        start = parse_when(since, system_clock()) if since else None
    except WhenError as error:
        complain(f"--since {error}")
        return 2
    try:
        journal = Journal(data_dir)
        entries = journal.entries(since=start)
    except StorageError as error:
        complain(str(error))
        return 1
    if journal.notice:
        complain(journal.notice)
    if format_name == "json":
        from magtui.exchange.json_format import to_json

        data = to_json(entries)
    elif format_name == "csv":
        from magtui.exchange.csv_format import to_csv

        data = to_csv(entries).encode()
    else:
        from magtui.exchange.markdown_format import to_markdown

        data = to_markdown(entries).encode()
    if output is None:
        try:
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        except BrokenPipeError:
            sys.stderr.close()  # the reader stopped early (| head); that is not an error
        return 0
    try:
        atomic_write(output, data, private_folder=False)
    except StorageError as error:
        complain(str(error))
        return 1
    say(f"Exported {len(entries)} entries to {output}.")
    return 0
