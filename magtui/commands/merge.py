"""`magtui import FILE`: merge a JSON export into the journal by id; twice adds nothing."""

from __future__ import annotations

from pathlib import Path

from magtui.commands.output import complain, say
from magtui.exchange.json_format import ImportProblem, from_json
from magtui.storage.files import StorageError
from magtui.storage.journal import Journal


def run_import(data_dir: Path, source: Path) -> int:
    try:
        raw = source.read_bytes()
    except OSError as error:
        complain(f"{source} cannot be read ({error.strerror}); check the name and try again.")
        return 2
    try:
        entries = from_json(raw, source.name)
    except ImportProblem as problem:
        complain(str(problem))
        return 2
    try:
        journal = Journal(data_dir)
        result = journal.merge(entries)
    except StorageError as error:
        complain(str(error))
        return 1
    if journal.notice:
        complain(journal.notice)
    say(f"Imported {result.added} entries; {result.already_there} were already in your journal.")
    return 0
